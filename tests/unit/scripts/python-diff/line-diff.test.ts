import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../../scripts/python-diff/line-diff.ts';

describe('lineDiff', () => {
  it('marks removed and added lines and keeps context', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  a\n- b\n+ B\n  c');
  });

  it('elides unchanged lines far from a change', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[10] = 'changed';
    const diff = lineDiff(a.join('\n'), b.join('\n'), 1);
    expect(diff.split('\n')).toEqual(['  …', '  line 9', '- line 10', '+ changed', '  line 11', '  …']);
  });
});
