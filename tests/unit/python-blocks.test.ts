// The python blocks of a lesson as the site and the example checker both read them.
import { describe, expect, it } from 'vitest';
import { metaErrorMessage, parseFenceMeta, pythonBlocksIn } from '../../src/integrations/runnable-code/python-blocks.ts';
import { blockHash } from '../../src/integrations/runnable-code/reference.ts';

describe('python blocks of a lesson', () => {
  it('finds python blocks with line, index, code and parsed options; other fences are not theirs', () => {
    const source = ['# T', '```bash', 'ls', '```', '```python title="A b" normalize=sorted-lines {2}', 'print(1)', '```', '````md',
      '```python norun', '```', '````', '```py expect=dedlock', 'x', '```'].join('\n');
    const blocks = pythonBlocksIn(source);
    expect(blocks.map((b) => [b.line, b.index, b.code])).toEqual([[5, 0, 'print(1)'], [12, 1, 'x']]);
    expect(blocks[0]!.options).toEqual({ ok: true, meta: { title: 'A b', normalize: 'sorted-lines' } });
    expect(blocks[1]!.options.ok).toBe(false);
  });

  it('parses meta with Expressive Code\'s own rules (quotes, flags, ranges)', () => {
    expect(parseFenceMeta('exercise solution="#s-1" timeout=2.5 {1-3} "marked"')).toEqual({
      ok: true, meta: { exercise: true, solution: '#s-1', timeout: 2.5 },
    });
  });

  it('words the build error: file:line, the fence, then each problem with the allowed values', () => {
    const parsed = parseFenceMeta('exercize');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(metaErrorMessage('src/l.mdx', 12, 'exercize', parsed.errors))
        .toMatch(/^src\/l\.mdx:12: invalid python block option in ```python exercize\n {2}unknown option `exercize`; allowed options: .*exercise/);
    }
  });

  it('keys a block reference by its code, not by line endings or trailing blank lines', () => {
    expect(blockHash('print(1)\r\n\n')).toBe(blockHash('print(1)'));
    expect(blockHash('print(2)')).not.toBe(blockHash('print(1)'));
  });
});
