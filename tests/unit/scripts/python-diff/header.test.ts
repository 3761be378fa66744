import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_S, parseHeader } from '../../../../scripts/python-diff/header.ts';

describe('parseHeader', () => {
  it.each([
    ['import threading\n', { normalize: [], exit: 0, timeoutS: DEFAULT_TIMEOUT_S }],
    ['# requires: 3.13\n# normalize: sorted-lines, mask-hex\n', { requires: [3, 13], normalize: ['sorted-lines', 'mask-hex'], exit: 0, timeoutS: DEFAULT_TIMEOUT_S }],
    ['# exit: 1\n# timeout: 5\n', { normalize: [], exit: 1, timeoutS: 5 }],
    ['# expect: deadlock\n# Why: a comment\n', { normalize: [], exit: 0, timeoutS: DEFAULT_TIMEOUT_S, expect: 'deadlock' }],
    ['# normalize: sorted-chars (print can interleave)\n', { normalize: ['sorted-chars'], exit: 0, timeoutS: DEFAULT_TIMEOUT_S }],
  ])('reads %j', (source, header) => {
    expect(parseHeader(source)).toEqual(header);
  });

  it('stops at the first line that is not a comment', () => {
    expect(parseHeader('import sys\n# exit: 1\n').exit).toBe(0);
  });

  it.each([
    ['# normalize: sorted\n', 'Expected one of: sorted-lines, sorted-chars, mask-hex'],
    ['# requires: three\n', 'Expected a version like 3.13'],
    ['# expect: hang\n', 'Expected: deadlock'],
    ['# timeout: 0\n', 'Expected a number of seconds'],
  ])('rejects %j', (source, message) => {
    expect(() => parseHeader(source)).toThrow(message);
  });
});
