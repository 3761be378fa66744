// One filesystem for a run's processes, as an OS gives them. Each process is an interpreter on
// its own worker, with its own in-memory filesystem, so the writable places a program uses
// (/tmp and the home directory) are carried across: a child starts with its parent's files as
// they were at spawn, and what any process writes or removes reaches the others ahead of the
// next message it sends (file-sync.ts; these are the walks and the wire format it uses). Files
// two running processes change at the same time are not reconciled.
import type { PyodideAPI } from 'pyodide';

type FS = PyodideAPI['FS'];

/** The directories shared between a run's processes. */
export const SHARED_DIRS = ['/tmp', '/home/pyodide'];

/** Files by path and directories (an empty one counts: mkdtemp's); `removed` lists files that
 *  existed at the start and are gone. */
export interface FileSet { files: [string, Uint8Array][]; dirs: string[]; removed?: string[] }

/** Every file under the shared directories (mount points, such as a Node folder, excepted). */
export function snapshot(fs: FS): FileSet {
  const files: [string, Uint8Array][] = [];
  const dirs: string[] = [];
  for (const dir of SHARED_DIRS) walk(fs, dir, (path) => files.push([path, fs.readFile(path)]), (path) => dirs.push(path));
  return { files, dirs };
}

/** Writes `set` into this filesystem, and removes what it lists as removed. */
export function apply(fs: FS, set: FileSet): void {
  for (const dir of set.dirs) fs.mkdirTree(dir);
  for (const [path, bytes] of set.files) {
    fs.mkdirTree(path.slice(0, path.lastIndexOf('/')) || '/');
    fs.writeFile(path, bytes);
  }
  for (const path of set.removed ?? []) {
    try {
      fs.unlink(path);
    } catch {
      // already gone
    }
  }
}

/** A child's start: the shared directories become exactly the parent's (a reused worker may
 *  hold files from an earlier run). */
export function replaceWith(fs: FS, set: FileSet): void {
  for (const dir of SHARED_DIRS) clear(fs, dir);
  apply(fs, set);
}

/** What changed since `base`: files written (new or different) and files removed. */
export function changesSince(fs: FS, base: FileSet): FileSet {
  const before = new Map(base.files);
  const dirsBefore = new Set(base.dirs);
  const files: [string, Uint8Array][] = [];
  const dirs: string[] = [];
  const seen = new Set<string>();
  for (const dir of SHARED_DIRS) {
    walk(fs, dir, (path) => {
      seen.add(path);
      const bytes = fs.readFile(path);
      if (!sameBytes(before.get(path), bytes)) files.push([path, bytes]);
    }, (path) => { if (!dirsBefore.has(path)) dirs.push(path); });
  }
  return { files, dirs, removed: [...before.keys()].filter((p) => !seen.has(p)) };
}

/** Visits the in-memory files under `dir`. A mounted folder (a Node directory under `npm run
 *  py`) is skipped: every process already sees the same one. */
function walk(fs: FS, dir: string, visit: (path: string) => void, visitDir?: (path: string) => void): void {
  let names: string[];
  try {
    if (!inMemory(fs, dir) || !fs.isDir(fs.stat(dir).mode)) return;
    names = fs.readdir(dir);
  } catch {
    return; // no such directory here
  }
  for (const name of names) {
    if (name === '.' || name === '..') continue;
    const path = `${dir}/${name}`;
    const mode = fs.lstat(path).mode;
    if (fs.isDir(mode)) {
      if (!inMemory(fs, path)) continue; // a mount point: not ours to copy or remove
      visitDir?.(path);
      walk(fs, path, visit, visitDir);
    }
    else if (fs.isFile(mode)) visit(path);
  }
}

function inMemory(fs: FS, path: string): boolean {
  const { node } = fs.lookupPath(path, { follow: false }) as { node: { mount: { type: unknown } } };
  return node.mount.type === (fs as unknown as { filesystems: { MEMFS: unknown } }).filesystems.MEMFS;
}

function clear(fs: FS, dir: string): void {
  const files: string[] = [];
  const dirs: string[] = [];
  walk(fs, dir, (path) => files.push(path), (path) => dirs.push(path));
  for (const path of files) fs.unlink(path);
  for (const path of dirs.reverse()) { // deepest first
    try {
      fs.rmdir(path);
    } catch {
      // it holds a mount point (a Node folder inside /tmp): it stays, as the mount does
    }
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Is `path` in a directory the run's processes share? */
export function isShared(path: string): boolean {
  return SHARED_DIRS.some((dir) => path === dir || path.startsWith(`${dir}/`));
}

/** `base` with `changes` made to it (what a process knows the others have). */
export function merged(base: FileSet, changes: FileSet): FileSet {
  const files = new Map(base.files);
  for (const [path, bytes] of changes.files) files.set(path, bytes);
  for (const path of changes.removed ?? []) files.delete(path);
  return { files: [...files], dirs: [...new Set([...base.dirs, ...changes.dirs])] };
}

export function isEmpty(set: FileSet): boolean {
  return set.files.length === 0 && set.dirs.length === 0 && !set.removed?.length;
}

/** A FileSet as bytes, for the put ring: a JSON header (paths, sizes), then the files' bytes. */
export function encodeFileSet(set: FileSet): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({
    files: set.files.map(([path, bytes]) => [path, bytes.length]), dirs: set.dirs, removed: set.removed,
  }));
  const out = new Uint8Array(4 + head.length + set.files.reduce((n, [, b]) => n + b.length, 0));
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const [, bytes] of set.files) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

export function decodeFileSet(data: Uint8Array): FileSet {
  const headLength = new DataView(data.buffer, data.byteOffset).getUint32(0);
  const head = JSON.parse(new TextDecoder().decode(data.subarray(4, 4 + headLength))) as
    { files: [string, number][]; dirs: string[]; removed?: string[] };
  let at = 4 + headLength;
  const files = head.files.map(([path, n]): [string, Uint8Array] => {
    at += n;
    return [path, data.slice(at - n, at)];
  });
  return { files, dirs: head.dirs, removed: head.removed };
}
