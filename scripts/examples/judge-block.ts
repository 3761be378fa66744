// Does a lesson's python block do what its options say, in our runtime and in CPython alike?
// The comparison itself (exit status, normalised stdout/stderr, hangs) is the differential
// suite's (python-diff/judge.ts); this adds what only blocks have: the status the block declares
// (`expect`), exercises (starters that need not pass), and per-assert results.
import type { BlockMeta } from '../../src/schemas/block-meta.ts';
import { DEFAULT_TIMEOUT_S, type Normalization, type TestHeader } from '../python-diff/header.ts';
import { checkReference, judge, type Reference } from '../python-diff/judge.ts';
import type { RuntimeOutput } from '../python-diff/run-runtime.ts';

/** What a block's options mean for the comparison with CPython. */
export function blockHeader(meta: BlockMeta, ref?: Pick<Reference, 'exitCode'>): TestHeader {
  const normalize: Normalization[] = meta.normalize ? [meta.normalize] : [];
  const hang = meta.expect === 'deadlock' || meta.expect === 'stopped' ? meta.expect : undefined;
  // An exercise starter may end any way, as long as CPython ends the same way.
  const exit = meta.exercise ? (ref?.exitCode ?? 0) : meta.expect === 'error' || meta.expect === 'failed' ? 1 : 0;
  return { normalize, exit, expect: hang, timeoutS: meta.timeout ?? DEFAULT_TIMEOUT_S };
}

/** Lines (in the block) of asserts that failed under CPython: an AssertionError traceback's
 *  last frame in the block's file. Without assert reporting in CPython, its tracebacks are the
 *  record: a program stops at the first failure of its main thread; threads print theirs. */
export function cpythonAssertFailures(stderr: string, file: string): number[] {
  const lines = new Set<number>();
  let last: number | undefined;
  for (const line of stderr.split('\n')) {
    if (line.startsWith('Traceback (most recent call last)')) last = undefined;
    const frame = /^\s*File "([^"]+)", line (\d+)/.exec(line);
    if (frame && frame[1] === file) last = Number(frame[2]);
    if (/^AssertionError\b/.test(line) && last !== undefined) lines.add(last);
  }
  return [...lines].sort((a, b) => a - b);
}

export interface BlockVerdict {
  problems: string[];
}

/**
 * `file` is the temporary .py both interpreters ran; `firstLine` the block's first code line in
 * its lesson (to name assert lines as the author sees them).
 */
export function judgeBlock(meta: BlockMeta, file: string, firstLine: number, ref: Reference, got: RuntimeOutput): BlockVerdict {
  const header = blockHeader(meta, ref);
  const problems: string[] = [];
  if (!meta.exercise) problems.push(...checkReference(ref, header, "the block's options").map((p) => `CPython: ${p}`));
  problems.push(...judge(file, header, ref, got).problems);
  const want = meta.expect ?? 'passed';
  // judge() already checks the status of a block expected to hang.
  if (!meta.exercise && !header.expect && got.status !== want) problems.push(`status: expected ${want}, got ${got.status}`);
  if (!ref.hung && got.asserts) {
    const at = (lines: number[]) => (lines.length ? lines.map((l) => `line ${firstLine + l - 1}`).join(', ') : 'none');
    const theirs = cpythonAssertFailures(ref.stderr, file);
    const ours = got.asserts.filter((a) => a.failed > 0).map((a) => a.line).sort((a, b) => a - b);
    if (at(theirs) !== at(ours)) {
      const detail = got.asserts.filter((a) => a.failed > 0).map((a) => `\n    ${a.message ?? a.source}`).join('');
      problems.push(`failed asserts differ: CPython ${at(theirs)}; ours ${at(ours)}${detail}`);
    }
  }
  return { problems };
}
