// Decides whether the runtime behaved as the reference did, and says how it did not.
import type { TestHeader } from './header.ts';
import { lineDiff } from './line-diff.ts';
import { normalizeOutput } from './normalize.ts';
import type { RuntimeOutput } from './run-runtime.ts';

/** What the program should do: CPython's run, or the hand-written .expected for newer Pythons. */
export interface Reference {
  source: 'python3' | 'expected-file';
  stdout: string;
  stderr: string;
  exitCode: number;
  /** CPython hung (killed at the timeout): the runtime must report a deadlock instead. */
  hung: boolean;
  /** How long python3 took (absent for an .expected file). */
  ms?: number;
}

export interface Verdict {
  ok: boolean;
  /** One line per difference, then diffs. */
  problems: string[];
}

/** Is the reference what the test says it should be? (A test is only as good as its reference.)
 *  `declared` names where the expectation was written, for the message (the example checker
 *  passes "the block's options"). */
export function checkReference(ref: Reference, header: TestHeader, declared = 'the header'): string[] {
  const problems: string[] = [];
  if (header.expect) { // deadlock or stopped: CPython never ends by itself
    if (!ref.hung) problems.push(`${declared} expects a hang (${header.expect}), but ${ref.source} ended with status ${ref.exitCode}`);
  } else if (ref.hung) {
    problems.push(`${ref.source} did not finish within ${header.timeoutS} s`);
  } else if (ref.exitCode !== header.exit) {
    problems.push(`${ref.source} exited with ${ref.exitCode}, ${declared} expects ${header.exit}` +
      (ref.stderr ? `; its stderr:\n${indent(ref.stderr)}` : ''));
  }
  return problems;
}

export function judge(file: string, header: TestHeader, ref: Reference, got: RuntimeOutput): Verdict {
  const problems: string[] = [];
  const norm = (s: string) => normalizeOutput(s, file, header.normalize);
  // A run expected to be stopped is stopped at the timeout: that is its success.
  if (got.timedOut && header.expect !== 'stopped') problems.push(`the runtime did not finish within ${header.timeoutS} s (status ${got.status})`);
  if (header.expect) {
    if (got.status !== header.expect) problems.push(`status: expected ${header.expect}, got ${got.status}`);
  } else if (got.exitCode !== ref.exitCode) {
    problems.push(`exit status: expected ${ref.exitCode}, got ${got.exitCode}`);
  }
  const streams: ['stdout' | 'stderr', string, string][] = [['stdout', ref.stdout, got.stdout]];
  // A hung CPython printed nothing on stderr; the runtime prints its deadlock report (or the
  // KeyboardInterrupt of a Stop) there.
  if (!header.expect) streams.push(['stderr', ref.stderr, got.stderr]);
  for (const [name, want, have] of streams) {
    const a = norm(want);
    const b = norm(have);
    if (a !== b) problems.push(`${name} differs (- ${ref.source}, + runtime):\n${indent(lineDiff(a, b))}`);
  }
  return { ok: problems.length === 0, problems };
}

function indent(text: string): string {
  return text.replace(/\n$/, '').split('\n').map((l) => `    ${l}`).join('\n');
}
