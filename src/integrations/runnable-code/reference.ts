// CPython's reference run of each python block: what `python3 block.py` printed and how long it
// took. `npm run check:examples` records it in src/data/cpython-reference.json (committed, so the
// build never runs python3); the plugin shows it on the block ("CPython: 1.00 s" and an
// "Expected output" view). Entries are keyed by a hash of the code, so an edited block simply
// has no reference until the checker runs again.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

export const REFERENCE_FILE = new URL('../../data/cpython-reference.json', import.meta.url).pathname;

export interface BlockReference {
  /** Page the block was recorded from (for people reading the JSON). */
  page: string;
  exitCode: number;
  /** CPython never finished (killed at the hang limit): a deadlock demonstration. */
  hung: boolean;
  ms: number;
  stdout: string;
  stderr: string;
}

export interface ReferenceFile {
  /** `python3 --version` of the recording, e.g. "3.11.2". */
  python: string;
  blocks: Record<string, BlockReference>;
}

/** The key of a block's code: line endings and trailing blanks do not count. */
export function blockHash(code: string): string {
  const text = code.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

let cached: { path: string; mtimeMs: number; data: ReferenceFile } | null = null;

/** The recorded references, re-read when the file changes (dev server); empty when missing. */
export function loadReferences(path = REFERENCE_FILE): ReferenceFile {
  try {
    const { mtimeMs } = statSync(path);
    if (cached?.path === path && cached.mtimeMs === mtimeMs) return cached.data;
    const data = JSON.parse(readFileSync(path, 'utf8')) as ReferenceFile;
    cached = { path, mtimeMs, data };
    return data;
  } catch {
    return { python: '', blocks: {} };
  }
}
