// The Expressive Code plugin, driven by the real engine: what a python block becomes, and how a
// bad option fails (with file, line and allowed values, which fails the Astro build).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { runnableCodePlugin } from '../../src/integrations/runnable-code/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'runnable-'));
const lesson = join(dir, 'lesson.mdx');
writeFileSync(lesson, [
  '# Lesson', '', '```python', 'print(1)', '```', '',
  '```python expect=deadlock exercise solution="#s1" timeout=5', 'import threading', '```', '',
  '```python expect=dedlock', 'print(2)', '```', '',
  '```python norun', 'x = 1', '```',
].join('\n'));

async function render(code: string, meta: string): Promise<string> {
  const ec = new ExpressiveCode({ plugins: [runnableCodePlugin()] });
  const { renderedGroupAst } = await ec.render({ code, language: 'python', meta, parentDocument: { sourceFilePath: lesson } });
  return toHtml(renderedGroupAst);
}

describe('runnable-code plugin', () => {
  it('wraps a python block with its toolbar, output log and status', async () => {
    const html = await render('print(1)', '');
    expect(html).toMatch(/<python-block[^>]* data-status="idle"[^>]* data-code="print\(1\)"[^>]* data-block-index="0"/);
    for (const name of ['Run', 'Stop', 'Reset', 'Copy']) expect(html).toMatch(new RegExp(`<button[^>]*>(<span[^>]*></span>)?${name}</button>`));
    expect(html).toContain('role="log"');
    expect(html).not.toContain('class="copy"'); // Expressive Code's own copy button is replaced
  });

  it('carries the options as data- attributes and links the solution', async () => {
    const html = await render('import threading', 'expect=deadlock exercise solution="#s1" timeout=5');
    expect(html).toMatch(/data-block-index="1"/);
    expect(html).toMatch(/data-needs="threads"/);
    expect(html).toMatch(/data-expected-status="deadlock"/);
    expect(html).toMatch(/data-exercise/);
    expect(html).toMatch(/data-timeout="5"/);
    expect(html).toMatch(/<a class="rb-solution" href="#s1">Solution<\/a>/);
  });

  it('leaves norun blocks display-only', async () => {
    const html = await render('x = 1', 'norun');
    expect(html).not.toContain('<python-block');
    expect(html).toContain('data-norun');
  });

  it('fails on a bad option with file, line and the allowed values', async () => {
    await expect(render('print(2)', 'expect=dedlock')).rejects.toThrow(
      /lesson\.mdx:11: invalid python block option.*\n.*`expect` must be one of: deadlock, error, failed, stopped/,
    );
  });

  it('fails the build on an unterminated fence, of any language, with file and line', async () => {
    const broken = join(dir, 'broken.mdx');
    writeFileSync(broken, ['# Broken', '', '```python', 'print(1)', '```', '', '```bash', 'ls', '', 'prose swallowed'].join('\n'));
    const ec = new ExpressiveCode({ plugins: [runnableCodePlugin()] });
    await expect(ec.render({ code: 'print(1)', language: 'python', meta: '', parentDocument: { sourceFilePath: broken } }))
      .rejects.toThrow(/broken\.mdx:7: this code fence \(```bash\) is never closed/);
  });
});
