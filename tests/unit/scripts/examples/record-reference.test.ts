import { describe, expect, it } from 'vitest';
import { displayOutput, updateReferences, type RecordedRun } from '../../../../scripts/examples/record-reference.ts';
import { blockHash, type ReferenceFile } from '../../../../src/integrations/runnable-code/reference.ts';
import type { BlockMeta } from '../../../../src/schemas/block-meta.ts';

const TMP = '/tmp/check-examples-x/p_1.py';
function run(code: string, stdout: string, ms: number, meta: BlockMeta = {}): RecordedRun {
  return {
    block: { code, meta: '', line: 5, index: 0, file: '/c/p.mdx', page: 'p.mdx', options: { ok: true, meta } },
    file: TMP,
    ref: { source: 'python3', stdout, stderr: '', exitCode: 0, hung: false, ms },
  };
}

describe('CPython reference recording', () => {
  it('shows tracebacks with the name the page gives the block', () => {
    expect(displayOutput(`File "${TMP}", line 2`, TMP, 0)).toBe('File "<block 1>", line 2');
  });

  it('keeps an entry whose output and time a reader would not tell apart (no churn in git)', () => {
    const first = updateReferences({ python: '', blocks: {} }, [run('print(1)', '1\n', 1000)], '3.11.7', true);
    expect(first.blocks[blockHash('print(1)')]).toMatchObject({ page: 'p.mdx', stdout: '1\n', ms: 1000 });
    expect(updateReferences(first, [run('print(1)', '1\n', 1100)], '3.11.7', true)).toEqual(first);
    expect(updateReferences(first, [run('print(1)', '1\n', 2000)], '3.11.7', true).blocks[blockHash('print(1)')]!.ms).toBe(2000);
    expect(updateReferences(first, [run('print(1)', '2\n', 1000)], '3.11.7', true).blocks[blockHash('print(1)')]!.stdout).toBe('2\n');
  });

  it('applies the block normalisation before deciding, and prunes blocks that are gone', () => {
    const old: ReferenceFile = updateReferences({ python: '', blocks: {} }, [run('x', 'a\nb\n', 500, { normalize: 'sorted-lines' }), run('gone', '', 1)], '3.11.7', true);
    const next = updateReferences(old, [run('x', 'b\na\n', 520, { normalize: 'sorted-lines' })], '3.11.7', true);
    expect(next.blocks[blockHash('x')]!.stdout).toBe('a\nb\n');
    expect(Object.keys(next.blocks)).toEqual([blockHash('x')]);
  });
});
