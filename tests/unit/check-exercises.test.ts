// `npm run check:examples -- --exercises-only` on a fixture lesson, in the real runtime: an
// exercise whose solution passes and whose starter fails is ok; a starter that already passes and
// a reference solution that fails are each named by file:line, with the failing test's message.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LESSON = 'tests/fixtures/exercises/lesson.mdx';

describe('check:examples, exercises', () => {
  it('passes a sound exercise and fails, by file:line, a starter that passes and a solution that fails', () => {
    const r = spawnSync(process.execPath, ['scripts/check-examples.ts', '--content', 'tests/fixtures/exercises', '--exercises-only', '--jobs', '1'],
      { cwd: ROOT, encoding: 'utf8', timeout: 170_000, env: { ...process.env, CI: '1' } });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toMatch(new RegExp(`sound\\s+${LESSON}:8\\s+ok \\(2/2 pass\\)\\s+ok \\(1/2 pass\\)`));
    expect(out).toContain(`✗ ${LESSON}:19  (exercise too-easy)\n  the starter passes every test: the tests do not check the exercise`);
    expect(out).toContain(`✗ ${LESSON}:29  (exercise wrong-solution)\n  the reference solution (line 56) fails its tests:\n    ✗ double(4) is 8: expected 8, got 16`);
    expect(out).toMatch(/1 exercises ok, 2 failed/);
  }, 180_000);
});
