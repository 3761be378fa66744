// Second visit and offline (issue 9): after one visit, the service worker holds Pyodide's files
// and the site's bundles. A second visit asks the host for none of Pyodide's files; with the
// host gone, the page reloads, a block runs and CodeMirror opens for an edit, all from the cache.
// dist/ is served by a static server that sends COOP/COEP (as _headers does) and counts requests.
import { expect, test } from '@playwright/test';
import { button, setCode, settled } from './reader.ts';
import { serveDist, type StaticSite } from './static-server.ts';

const PORT = Number(process.env.E2E_PORT ?? 4391) + 3;
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

let site: StaticSite;
test.beforeAll(async () => { site = await serveDist(PORT, ISOLATION); });
test.afterAll(() => site.close());

test('once visited, Pyodide comes from the cache and the lesson works offline', async ({ page, context }) => {
  test.setTimeout(240_000);
  const lesson = `${site.origin}/concurrency/overview/`;
  await page.goto(lesson);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 180_000 });
  expect(site.hits.filter((p) => p.startsWith('/pyodide/')).length).toBeGreaterThan(0);

  // Second visit: a new page (a new Python worker), Pyodide's files from the service worker.
  site.hits.length = 0;
  const second = await context.newPage();
  await second.goto(lesson);
  await second.waitForFunction(() => document.documentElement.dataset.python === 'ready', null, { timeout: 120_000 });
  expect(await second.evaluate(() => crossOriginIsolated)).toBe(true); // the worker's responses keep the headers
  expect(site.hits.filter((p) => p.startsWith('/pyodide/'))).toEqual([]);
  await second.close();

  // Offline: the host is gone.
  await site.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const block = page.locator('python-block:not([data-tests])').first();
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('passed');
  await setCode(page, block, 'print("offline", 6 * 7)'); // CodeMirror's chunk, never loaded online
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('passed');
  await expect(block.getByRole('log')).toContainText('offline 42');
});
