// Every python block on every page: press Run, and the block ends as it should
// (data-status equals its data-expected-status, or 'passed'), with no failed assert. Meanwhile
// every request of the page and its workers is recorded: the last test of each page checks that
// none left the site's origin and that nothing broke its Content-Security-Policy.
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { siteBlocks } from './site-blocks.ts';
import { cspViolations, instrument, recordTraffic, type Traffic, logText } from './reader.ts';

interface LessonPage { page: Page; traffic: Traffic }

/** One page per lesson per test worker, kept open across that lesson's block tests: blocks run
 *  one after another on the page's warm workers, as a reader runs them, and Pyodide boots once
 *  per page instead of once per block. A failed test restarts the worker, so the next test gets
 *  a fresh page. */
const test = base.extend<object, { pageFor: (path: string) => Promise<LessonPage> }>({
  pageFor: [async ({ browser }, use, workerInfo) => {
    const context: BrowserContext = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
    const pages = new Map<string, Promise<LessonPage>>();
    await use((path) => {
      let page = pages.get(path);
      if (!page) {
        page = context.newPage().then(async (p) => {
          await instrument(p);
          const traffic = recordTraffic(p);
          const response = await p.goto(path);
          expect(response!.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
          expect(await p.evaluate(() => crossOriginIsolated)).toBe(true);
          return { page: p, traffic };
        });
        pages.set(path, page);
      }
      return page;
    });
    await context.close();
  }, { scope: 'worker' }],
});

/** Blocks that cannot pass in the browser yet, keyed `path#index` (index among the page's python
 *  blocks), with the exact error a reader sees today, e.g.
 *  `'/concurrency/overview/#1': "ModuleNotFoundError: No module named '_multiprocessing'"`.
 *  They are still run: the test checks that the reader gets exactly this error, and fails (so the
 *  entry gets removed) once the block passes. Issues 4 (threads) and 5 (processes) have lifted
 *  every entry so far (the four multiprocessing blocks pass as of commit b769ec1). */
const PENDING: Record<string, string> = {};

function openDetails(el: Element): void {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
}

const byPage = Map.groupBy(siteBlocks(), (b) => b.path);

for (const [path, blocks] of byPage) {
  test.describe(path, () => {
    for (const block of blocks) {
      const id = `${path}#${block.index}`;
      const pending = PENDING[id];
      const title = pending ? `block ${block.index} is pending: ${pending}` : `block ${block.index} ends ${block.expected}`;
      test(title, async ({ pageFor }) => {
        // A block's own timeout, else generous: a Pool(4) boots four child interpreters, which
        // takes half a minute on a loaded two-core machine.
        const limit = (block.timeoutS ?? 150) * 1000;
        test.setTimeout(limit + 90_000);
        const { page } = await pageFor(path);
        const el = page.locator(`python-block[data-block-index="${block.index}"]`);
        await el.evaluate(openDetails); // solutions sit in collapsed <details>
        await el.scrollIntoViewIfNeeded();
        await el.getByRole('button', { name: 'Run', exact: true }).click();
        await expect(el).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: limit + 60_000 });
        const log = el.getByRole('log');
        const output = await logText(el);
        if (pending) {
          expect(await el.getAttribute('data-status'), `${id} passes now: remove it from PENDING`).not.toBe(block.expected);
          expect(output, `${id}: the pending error changed`).toContain(pending);
          return;
        }
        await expect(el, `output of ${id}:\n${output}`).toHaveAttribute('data-status', block.expected);
        if (block.expected === 'passed') await expect(log.locator('.rb-assert.rb-fail')).toHaveCount(0);
      });
    }
    test('no request left the origin, no CSP violation', async ({ pageFor, baseURL }) => {
      const { page, traffic } = await pageFor(path);
      const origin = new URL(baseURL!).origin;
      const foreign = traffic.requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
      // The recorder sees what workers fetch (Pyodide's wasm), so an empty list below means something.
      expect(traffic.requests.some((u) => u.endsWith('/pyodide/pyodide.asm.wasm'))).toBe(true);
      expect(foreign).toEqual([]);
      expect([...traffic.cspErrors, ...await cspViolations(page)]).toEqual([]);
    });
  });
}
