// Nothing leaves the site's origin and nothing breaks its Content-Security-Policy, while a reader
// visits every page and runs every block; printed markup stays text.
import { expect, test, type Page, type Request } from '@playwright/test';
import { siteBlocks } from './site-blocks.ts';
import { button, cspViolations, instrument, openBlock, setCode, settled } from './reader.ts';

const PAGES = ['/', '/concurrency/overview/', '/concurrency/coding-challenges/', '/authoring/'];
/** Per block: long enough for most; a longer block (a Pool booting, Challenge 10) is stopped then. */
const BLOCK_WAIT_MS = 20_000;

/** Every request of the context (pages, their workers, the service worker), and every console
 *  error that reports a CSP violation (workers report theirs only to the console). */
function recordTraffic(page: Page) {
  const requests: string[] = [];
  const cspErrors: string[] = [];
  const onRequest = (r: Request) => requests.push(r.url());
  page.context().on('request', onRequest);
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  page.on('worker', (w) => w.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); }));
  return { requests, cspErrors };
}

function openDetails(el: Element): void {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
}

test('every page, every block run: no request leaves the origin, no CSP violation', async ({ page, baseURL }) => {
  test.setTimeout(1_800_000);
  await instrument(page);
  const { requests, cspErrors } = recordTraffic(page);
  const blocksByPage = Map.groupBy(siteBlocks(), (b) => b.path);
  const report: string[] = [];
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    for (const block of blocksByPage.get(path) ?? []) {
      const el = page.locator(`python-block[data-block-index="${block.index}"]`);
      await el.evaluate(openDetails);
      await el.scrollIntoViewIfNeeded();
      const t0 = Date.now();
      await button(el, 'Run').click();
      let status = await settled(el, BLOCK_WAIT_MS).catch(() => null);
      if (status === null) { // a long one: it has run long enough to do its requests
        await button(el, 'Stop').click();
        status = `${await settled(el)} (stopped after ${BLOCK_WAIT_MS / 1000} s)`;
      }
      report.push(`${path}#${block.index} ${status} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // A worker's CSP violation reaches no console we can hear: it shows as a block that fails.
      if (!status.includes('stopped after')) expect(status, `${path}#${block.index}`).toBe(block.expected);
    }
    cspErrors.push(...await cspViolations(page));
  }
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  console.log(`[reliability] ${report.length} blocks run on ${PAGES.length} pages, ${requests.length} requests:\n  ${report.join('\n  ')}`);
  expect(report.length).toBeGreaterThanOrEqual(30);
  // The recorder sees what workers fetch (Pyodide's wasm), so an empty list below means something.
  expect(requests.some((u) => u.endsWith('/pyodide/pyodide.asm.wasm'))).toBe(true);
  expect(foreign).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
  await instrument(page);
  await page.goto('/concurrency/overview/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return new Promise<boolean>((r) => setTimeout(() => r((window as unknown as { __injected?: boolean }).__injected === true), 100));
  });
  expect(ran).toBe(false);
  expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
});

test('printed HTML and script stay text: no element is created, nothing runs', async ({ page }) => {
  await instrument(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  const block = await openBlock(page, '/concurrency/overview/');
  const markup = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '<svg onload=alert(3)>', '<iframe src="javascript:alert(4)">'];
  await setCode(page, block, `import sys\nfor m in ${JSON.stringify(markup)}:\n    print(m)\nprint(${JSON.stringify(markup[0])}, file=sys.stderr)`);
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('passed');
  const log = block.getByRole('log');
  await expect(log.locator('.rb-stdout .rb-text')).toHaveText(markup);
  await expect(log.locator('.rb-stderr .rb-text')).toHaveText(markup[0]);
  await expect(log.locator('img, script, svg, iframe')).toHaveCount(0);
  await page.waitForTimeout(300); // an onerror/onload would have fired by now
  expect(dialogs).toBe(0);
  expect(await cspViolations(page)).toEqual([]);
});
