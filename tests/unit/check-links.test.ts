// `npm run check:links` on a tiny built site: passes as committed; one broken internal anchor
// (in a copy) fails it with the content file and line; external links are never passed off as
// checked when they were skipped.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests/fixtures/links');

function checkLinks(dir: string) {
  const r = spawnSync(process.execPath, ['scripts/check-links.ts', '--dist', join(dir, 'dist'), '--content', join(dir, 'content'), '--offline'],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('check:links', () => {
  it('passes when every internal link and anchor resolves, and says external links were skipped', () => {
    const { status, out } = checkLinks(FIXTURE);
    expect(out).toMatch(/Internal links: \d+ checked on 2 pages, 0 broken/);
    expect(out).toMatch(/External links: 1 NOT CHECKED \(--offline\); skipped:\n {2}https:\/\/docs\.python\.org\/3\//);
    expect(status).toBe(0);
  });

  it('fails on a broken #anchor, naming the content file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    cpSync(FIXTURE, dir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    // The author renamed the heading's target in the source; the built page follows.
    edit('content/guide.mdx', '[setup](#setup)', '[setup](#install)');
    edit('dist/guide/index.html', 'href="#setup"', 'href="#install"');
    const { status, out } = checkLinks(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/content\/guide\.mdx:7: broken link \/guide\/#install \(no element with id="install"\)/);
  });
});
