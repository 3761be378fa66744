// CPython's recorded run on the rendered block: "CPython: 1.00 s" beside the reader's wall time
// and an "Expected output" <details>; nothing for an unrecorded (edited) block or a starter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { runnableCodePlugin } from '../../src/integrations/runnable-code/index.ts';
import { blockHash, type ReferenceFile } from '../../src/integrations/runnable-code/reference.ts';

const dir = mkdtempSync(join(tmpdir(), 'reference-view-'));
const referenceFile = join(dir, 'reference.json');
const data: ReferenceFile = {
  python: '3.11.7',
  blocks: {
    [blockHash('print("<hi>")')]: { page: 'p.mdx', exitCode: 0, hung: false, ms: 1000, stdout: '<hi>\n', stderr: '' },
    [blockHash('lock.acquire()')]: { page: 'p.mdx', exitCode: 137, hung: true, ms: 3010, stdout: 'waiting\n', stderr: '' },
  },
};
writeFileSync(referenceFile, JSON.stringify(data));

async function render(code: string, meta = ''): Promise<string> {
  const ec = new ExpressiveCode({ plugins: [runnableCodePlugin({ referenceFile })] });
  return toHtml((await ec.render({ code, language: 'python', meta })).renderedGroupAst);
}

describe('CPython reference on a block', () => {
  it('shows CPython\'s time beside the wall time, and its output (as text) under the block', async () => {
    const html = await render('print("<hi>")');
    expect(html).toMatch(/<span class="rb-wall" data-wall=""><\/span><span class="rb-ref-time" data-cpython-ms="1000" title="[^"]*python3 3\.11\.7[^"]*">CPython: 1\.00 s<\/span>/);
    expect(html).toMatch(/<details class="rb-expected" data-expected-output=""><summary>Expected output \(CPython 3\.11\.7\)<\/summary><pre class="rb-expected-stdout">&#x3C;hi><\/pre><\/details>/);
  });

  it('says when CPython hangs', async () => {
    const html = await render('lock.acquire()', 'expect=deadlock');
    expect(html).toContain('>CPython: hangs<');
    expect(html).toContain('Expected output (CPython 3.11.7, then hangs)');
  });

  it('shows nothing for a block without a recording or for an exercise starter', async () => {
    expect(await render('print(2)')).not.toContain('rb-expected');
    expect(await render('print("<hi>")', 'exercise')).not.toContain('CPython:');
  });
});
