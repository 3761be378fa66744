// `npm run check:examples` on a fixture lesson (tests/fixtures/examples/lesson.mdx), in the real
// runtime and python3: a broken example and a bad block option fail the check, each named by
// file:line; the blocks that do what they declare (a deadlock included) pass; norun is skipped.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const LESSON = 'tests/fixtures/examples/lesson.mdx';

describe('check:examples', () => {
  it('fails naming file:line of a broken example and of a bad option, with a diff and the allowed values', () => {
    const r = spawnSync(process.execPath, ['scripts/check-examples.ts', '--content', 'tests/fixtures/examples', '--jobs', '1'],
      { cwd: ROOT, encoding: 'utf8', timeout: 170_000, env: { ...process.env, CI: '1' } });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    // the table: page, block, line, status, ours, CPython
    expect(out).toMatch(/lesson\.mdx\s+#1 passes\s+8\s+ok\s+passed [\d.]+ s\s+exit 0 [\d.]+ s/);
    expect(out).toMatch(/lesson\.mdx\s+#4 deadlock, as declared\s+22\s+ok\s+deadlock [\d.]+ s\s+hang [\d.]+ s/);
    expect(out).toMatch(/lesson\.mdx\s+#5\s+29\s+skipped \(norun\)/);
    // the broken example: its line, the status and the failed assert (block line -> file line)
    expect(out).toContain(`✗ ${LESSON}:13`);
    expect(out).toMatch(/status: expected passed, got failed/);
    expect(out).toMatch(/CPython: python3 exited with 1, the block's options expects 0/);
    // the bad option: file:line and the allowed values, the build's own message
    expect(out).toContain(`✗ ${LESSON}:18`);
    expect(out).toMatch(/lesson\.mdx:18: invalid python block option in ```python title="bad option" expect=dedlock\n\s+`expect` must be one of: deadlock, error, failed, stopped/);
    expect(out).toMatch(/2 ok, 2 failed, 1 not run/);
  }, 180_000);

  it('fails naming file:line of a fence that is never closed, before running anything', () => {
    const r = spawnSync(process.execPath, ['scripts/check-examples.ts', '--content', 'tests/fixtures/unterminated', '--jobs', '1'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: '1' } });
    const out = r.stdout + r.stderr;
    expect(r.status, out).not.toBe(0);
    expect(out).toContain('tests/fixtures/unterminated/lesson.mdx:7: this code fence (```python) is never closed');
  }, 60_000);
});
