import { describe, expect, it } from 'vitest';
import { assertFencesClosed, locatePythonBlock, scanFences } from '../../src/integrations/runnable-code/fences.ts';

const doc = [
  '# Title', //            1
  '', //                   2
  '```bash', //            3
  'ls', //                 4
  '```', //                5
  '```python expect=error', // 6
  'raise ValueError', //   7
  '```', //                8
  '<details>', //          9
  '  ````python', //       10
  '  print("```")', //     11
  '  ````', //             12
  '</details>', //         13
].join('\n');

describe('fence scanning', () => {
  it('finds fences with their line, language, meta and code', () => {
    expect(scanFences(doc)).toEqual([
      { line: 3, lang: 'bash', meta: '', code: 'ls' },
      { line: 6, lang: 'python', meta: 'expect=error', code: 'raise ValueError' },
      { line: 10, lang: 'python', meta: '', code: 'print("```")' },
    ]);
  });

  it('locates a python block and its index among python blocks', () => {
    const fences = scanFences(doc);
    expect(locatePythonBlock(fences, 'raise ValueError', 'expect=error')).toEqual({ line: 6, pythonIndex: 0 });
    expect(locatePythonBlock(fences, 'print("```")\n', '')).toEqual({ line: 10, pythonIndex: 1 });
    expect(locatePythonBlock(fences, 'nothing like it', '')).toEqual({});
  });

  it('fails with file and line on a fence that is never closed (Markdown would swallow the rest)', () => {
    const open = ['# T', '', '```python', 'print(1)', '', 'More prose.'].join('\n');
    expect(scanFences(open)).toEqual([{ line: 3, lang: 'python', meta: '', code: 'print(1)\n\nMore prose.', unterminated: true }]);
    expect(() => assertFencesClosed(scanFences(open), 'lesson.mdx')).toThrow(/^lesson\.mdx:3: this code fence \(```python\) is never closed/);
    expect(() => assertFencesClosed(scanFences(doc), 'lesson.mdx')).not.toThrow();
  });
});
