// Records CPython's run of each block into the reference file the site shows. The file is
// committed, so it is rewritten only when something a reader would notice changed (output,
// exit, a hang, or a time off by more than REWRITE_IF_OFF): re-running the checker on an
// unchanged lesson leaves the working tree clean.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { blockHash, type BlockReference, type ReferenceFile } from '../../src/integrations/runnable-code/reference.ts';
import type { BlockMeta } from '../../src/schemas/block-meta.ts';
import { normalizeOutput } from '../python-diff/normalize.ts';
import type { Reference } from '../python-diff/judge.ts';
import type { ExampleBlock } from './lessons.ts';

/** A time is re-recorded when it moved by more than this fraction (and by more than MIN_MS). */
const REWRITE_IF_OFF = 0.25;
const MIN_MS = 250;

export interface RecordedRun { block: ExampleBlock & { options: { ok: true; meta: BlockMeta } }; file: string; ref: Reference }

/** The name the page gives the block in tracebacks (client: `<block N>`), instead of the temp path. */
export function displayOutput(text: string, tmpFile: string, index: number): string {
  return text.split(tmpFile).join(`<block ${index + 1}>`);
}

export function readReferenceFile(path: string): ReferenceFile {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ReferenceFile;
  } catch {
    return { python: '', blocks: {} };
  }
}

/** The updated references. `prune` drops blocks not in `runs` (only when every lesson was checked). */
export function updateReferences(old: ReferenceFile, runs: readonly RecordedRun[], python: string, prune: boolean): ReferenceFile {
  const blocks: Record<string, BlockReference> = prune ? {} : { ...old.blocks };
  for (const { block, file, ref } of runs) {
    const key = blockHash(block.code);
    const fresh: BlockReference = {
      page: block.page,
      exitCode: ref.exitCode,
      hung: ref.hung,
      ms: Math.round(ref.ms ?? 0),
      stdout: displayOutput(ref.stdout, file, block.index),
      stderr: displayOutput(ref.stderr, file, block.index),
    };
    const before = old.blocks[key];
    blocks[key] = before && sameForReader(before, fresh, block.options.meta) ? before : fresh;
  }
  const sorted = Object.fromEntries(Object.entries(blocks).sort(([a, x], [b, y]) => x.page.localeCompare(y.page) || a.localeCompare(b)));
  return { python, blocks: sorted };
}

function sameForReader(a: BlockReference, b: BlockReference, meta: BlockMeta): boolean {
  const modes = meta.normalize ? [meta.normalize] : [];
  const norm = (s: string) => normalizeOutput(s, '<block>', modes);
  const closeInTime = Math.abs(a.ms - b.ms) <= Math.max(MIN_MS, a.ms * REWRITE_IF_OFF);
  return a.page === b.page && a.exitCode === b.exitCode && a.hung === b.hung && closeInTime &&
    norm(a.stdout) === norm(b.stdout) && norm(a.stderr) === norm(b.stderr);
}

/** Writes the file only when its content changed; says whether it did. */
export function writeReferenceFile(path: string, data: ReferenceFile): boolean {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  let current = '';
  try { current = readFileSync(path, 'utf8'); } catch { /* first recording */ }
  if (current === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}
