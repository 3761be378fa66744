import { describe, expect, it } from 'vitest';
import { blockHeader, cpythonAssertFailures, judgeBlock } from '../../../../scripts/examples/judge-block.ts';
import type { Reference } from '../../../../scripts/python-diff/judge.ts';
import type { RuntimeOutput } from '../../../../scripts/python-diff/run-runtime.ts';

const FILE = '/tmp/x/lesson_1.py';
const ref = (over: Partial<Reference> = {}): Reference =>
  ({ source: 'python3', stdout: 'hi\n', stderr: '', exitCode: 0, hung: false, ms: 10, ...over });
const got = (over: Partial<RuntimeOutput> = {}): RuntimeOutput =>
  ({ stdout: 'hi\n', stderr: '', exitCode: 0, status: 'passed', timedOut: false, ms: 5, asserts: [], ...over });
const assertionError = (line: number) =>
  `Traceback (most recent call last):\n  File "${FILE}", line ${line}, in <module>\n    assert x == 1\nAssertionError\n`;

describe('blockHeader', () => {
  it('maps block options onto the differential comparison', () => {
    expect(blockHeader({})).toEqual({ normalize: [], exit: 0, expect: undefined, timeoutS: 20 });
    expect(blockHeader({ expect: 'deadlock', timeout: 5 })).toMatchObject({ expect: 'deadlock', timeoutS: 5 });
    expect(blockHeader({ expect: 'stopped' })).toMatchObject({ expect: 'stopped' });
    expect(blockHeader({ expect: 'error' }).exit).toBe(1);
    expect(blockHeader({ expect: 'failed', normalize: 'sorted-lines' })).toMatchObject({ exit: 1, normalize: ['sorted-lines'] });
    expect(blockHeader({ exercise: true }, { exitCode: 1 }).exit).toBe(1); // a starter ends as CPython does
  });
});

describe('cpythonAssertFailures', () => {
  it('reads the failed assert lines of the block from tracebacks, threads included', () => {
    const thread = `Exception in thread Thread-1 (work):\n${assertionError(7)}`;
    expect(cpythonAssertFailures(assertionError(3) + thread, FILE)).toEqual([3, 7]);
    expect(cpythonAssertFailures(assertionError(3).replace('AssertionError', 'ValueError: x'), FILE)).toEqual([]);
    expect(cpythonAssertFailures('', FILE)).toEqual([]);
  });
});

describe('judgeBlock', () => {
  const failedAssert = { line: 3, source: 'x == 1', passed: 0, failed: 1, message: 'assert 2 == 1' };

  it('passes a block that ends as declared in both', () => {
    expect(judgeBlock({}, FILE, 10, ref(), got()).problems).toEqual([]);
    const stderr = assertionError(3);
    expect(judgeBlock({ expect: 'failed' }, FILE, 10, ref({ exitCode: 1, stderr }),
      got({ exitCode: 1, status: 'failed', stderr, asserts: [failedAssert] })).problems).toEqual([]);
    expect(judgeBlock({ expect: 'deadlock' }, FILE, 10, ref({ hung: true, stdout: '' }),
      got({ status: 'deadlock', exitCode: 1, stdout: '', stderr: 'Deadlock!' })).problems).toEqual([]);
    expect(judgeBlock({ expect: 'stopped', timeout: 2 }, FILE, 10, ref({ hung: true, stdout: '' }),
      got({ status: 'stopped', exitCode: 130, stdout: '', timedOut: true })).problems).toEqual([]);
  });

  it('fails a block whose status is not the declared one, even when CPython agrees', () => {
    const stderr = assertionError(3);
    const problems = judgeBlock({}, FILE, 10, ref({ exitCode: 1, stderr }), got({ exitCode: 1, status: 'failed', stderr, asserts: [failedAssert] })).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^CPython: python3 exited with 1, the block's options expects 0/),
      'status: expected passed, got failed',
    ]);
  });

  it('names failed asserts by their line in the lesson', () => {
    const problems = judgeBlock({ expect: 'failed' }, FILE, 10, ref({ exitCode: 1, stderr: assertionError(3) }),
      got({ exitCode: 1, status: 'failed', stderr: assertionError(3), asserts: [{ ...failedAssert, line: 4 }] })).problems;
    expect(problems).toEqual([expect.stringMatching(/^failed asserts differ: CPython line 12; ours line 13\n {4}assert 2 == 1/)]);
  });

  it('lets an exercise starter end any way CPython does, but not differently', () => {
    expect(judgeBlock({ exercise: true }, FILE, 10, ref({ exitCode: 1, stderr: 'NotImplementedError\n' }),
      got({ exitCode: 1, status: 'error', stderr: 'NotImplementedError\n' })).problems).toEqual([]);
    expect(judgeBlock({ exercise: true }, FILE, 10, ref(), got({ exitCode: 1, status: 'error', stderr: 'boom\n' })).problems).not.toEqual([]);
  });

  it('compares output after the declared normalisation', () => {
    expect(judgeBlock({ normalize: 'mask-floats' }, FILE, 10, ref({ stdout: 'took   0.52 s\n' }), got({ stdout: 'took  12.07 s\n' })).problems).toEqual([]);
    expect(judgeBlock({}, FILE, 10, ref({ stdout: 'took 0.52 s\n' }), got({ stdout: 'took 0.61 s\n' })).problems[0]).toMatch(/^stdout differs/);
  });
});
