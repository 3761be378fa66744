import { describe, expect, it } from 'vitest';
import { normalizeOutput } from '../../../../scripts/python-diff/normalize.ts';

const TEST = '/repo/tests/python/threads/boom.py';

const cpython311 = `Exception in thread Thread-1 (boom):
Traceback (most recent call last):
  File "/usr/lib/python3.11/threading.py", line 1045, in _bootstrap_inner
    self.run()
  File "/usr/lib/python3.11/threading.py", line 982, in run
    self._target(*self._args, **self._kwargs)
  File "/repo/tests/python/threads/boom.py", line 5, in boom
    raise ValueError("bad")
ValueError: bad
`;

const pyodide314 = `Exception in thread Thread-1 (boom):
Traceback (most recent call last):
  File "/lib/python314.zip/threading.py", line 1082, in _bootstrap_inner
    self._context.run(self.run)
    ~~~~~~~~~~~~~~~~~^^^^^^^^^^
  File "/lib/python314.zip/threading.py", line 1024, in run
    self._target(*self._args, **self._kwargs)
    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/repo/tests/python/threads/boom.py", line 5, in boom
    raise ValueError("bad")
ValueError: bad
`;

describe('normalizeOutput', () => {
  it('makes 3.11 and 3.14 tracebacks agree: stdlib frames and carets dropped', () => {
    const expected = `Exception in thread Thread-1 (boom):
Traceback (most recent call last):
  File "boom.py", line 5, in boom
    raise ValueError("bad")
ValueError: bad
`;
    expect(normalizeOutput(cpython311, TEST, [])).toBe(expected);
    expect(normalizeOutput(pyodide314, TEST, [])).toBe(expected);
  });

  it('keeps frames of the runtime itself, so a leak into tracebacks shows in the diff', () => {
    const leaked = '  File "/pyrt/pyrt/threads/thread_api.py", line 226, in __getattribute__\n    raise X\n';
    expect(normalizeOutput(leaked, TEST, [])).toBe(leaked);
  });

  it('keeps user line numbers: a wrong line is a real difference', () => {
    const a = normalizeOutput('  File "/repo/tests/python/threads/boom.py", line 5, in f\n', TEST, []);
    const b = normalizeOutput('  File "/repo/tests/python/threads/boom.py", line 6, in f\n', TEST, []);
    expect(a).not.toBe(b);
  });

  it.each([
    ['mask-hex', '<lock at 0x7f3a12>\n', '<lock at 0x…>\n'],
    ['sorted-lines', 'b\na\nc\n', 'a\nb\nc\n'],
    ['sorted-chars', 'Finished T1Finished T0\n\nFinished T2\n', [...'FinishedT0FinishedT1FinishedT2'].sort().join('')],
  ] as const)('%s', (mode, input, output) => {
    expect(normalizeOutput(input, TEST, [mode])).toBe(output);
  });
});
