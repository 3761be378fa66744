import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../../scripts/python-diff/header.ts';
import { checkReference, judge, type Reference } from '../../../../scripts/python-diff/judge.ts';
import type { RuntimeOutput } from '../../../../scripts/python-diff/run-runtime.ts';

const FILE = '/t/x.py';
const ref = (over: Partial<Reference> = {}): Reference =>
  ({ source: 'python3', stdout: 'hi\n', stderr: '', exitCode: 0, hung: false, ...over });
const got = (over: Partial<RuntimeOutput> = {}): RuntimeOutput =>
  ({ stdout: 'hi\n', stderr: '', exitCode: 0, status: 'passed', timedOut: false, ms: 1, ...over });

describe('judge', () => {
  it.each([
    ['same output', '', ref(), got(), []],
    ['other stdout', '', ref(), got({ stdout: 'ho\n' }), ['stdout differs']],
    ['other exit', '', ref(), got({ exitCode: 1, status: 'error' }), ['exit status: expected 0, got 1']],
    ['extra stderr', '', ref(), got({ stderr: 'oops\n' }), ['stderr differs']],
    ['deadlock reported', '# expect: deadlock\n', ref({ hung: true }), got({ status: 'deadlock', exitCode: 1, stderr: 'Deadlock: ...' }), []],
    ['deadlock missed', '# expect: deadlock\n', ref({ hung: true }), got({ status: 'stopped', timedOut: true }), ['the runtime did not finish', 'status: expected deadlock, got stopped']],
    ['order normalised', '# normalize: sorted-lines\n', ref({ stdout: 'a\nb\n' }), got({ stdout: 'b\na\n' }), []],
  ])('%s', (_, header, r, g, problems) => {
    const verdict = judge(FILE, parseHeader(header), r, g);
    expect(verdict.problems.map((p) => p.split(' (')[0].split(' within')[0].split(':\n')[0])).toEqual(problems);
    expect(verdict.ok).toBe(problems.length === 0);
  });
});

describe('checkReference', () => {
  it.each([
    ['finishes as declared', '', ref(), 0],
    ['hangs but should finish', '', ref({ hung: true }), 1],
    ['finishes but should hang', '# expect: deadlock\n', ref(), 1],
    ['exit 1 without `# exit: 1`', '', ref({ exitCode: 1 }), 1],
    ['exit 1 declared', '# exit: 1\n', ref({ exitCode: 1 }), 0],
  ])('%s', (_, header, r, count) => {
    expect(checkReference(r, parseHeader(header))).toHaveLength(count);
  });
});
