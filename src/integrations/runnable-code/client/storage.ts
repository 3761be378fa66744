// Where a reader's edit of a block is kept: localStorage, keyed by page path, the block's index
// among the page's python blocks and a hash of its original code, so an edit survives reloads
// and is dropped (not misapplied) when the author changes that block.

const PREFIX = 'runpy:';

/** FNV-1a, 32 bit, as 8 hex digits: a short stable fingerprint of the original code. */
export function hashCode(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Trailing slashes and index.html do not make a different page. */
export function normalizePath(pathname: string): string {
  const p = pathname.replace(/index\.html$/, '').replace(/\/+$/, '');
  return p || '/';
}

export function editKey(pathname: string, blockIndex: number, originalCode: string): string {
  return `${PREFIX}${normalizePath(pathname)}#${blockIndex}:${hashCode(originalCode)}`;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The page's localStorage; merely reading `window.localStorage` throws when storage is blocked. */
export function pageStorage(): StorageLike {
  try {
    return window.localStorage;
  } catch {
    const m = new Map<string, string>();
    return {
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
      key: (i) => [...m.keys()][i] ?? null,
      get length() { return m.size; },
    };
  }
}

/** The saved edit for a block, if any. Falls back to the same page and code at another index
 *  (the author added a block above), so edits follow their block. */
export function loadEdit(store: StorageLike, key: string): string | null {
  const exact = safe(() => store.getItem(key));
  if (exact !== null) return exact;
  const [page, rest = ''] = key.split('#');
  const hash = rest.split(':')[1];
  for (let i = 0; i < store.length; i++) {
    const k = safe(() => store.key(i));
    if (k && k.startsWith(`${page}#`) && k.endsWith(`:${hash}`)) return safe(() => store.getItem(k));
  }
  return null;
}

export function saveEdit(store: StorageLike, key: string, code: string, original: string): void {
  // An edit back to the original is no edit: forget it rather than pin the old text.
  safe(() => (code === original ? store.removeItem(key) : store.setItem(key, code)));
}

export function clearEdit(store: StorageLike, key: string): void {
  safe(() => store.removeItem(key));
}

/** Storage can throw (quota, disabled cookies, private mode): edits then live only in the page. */
function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
