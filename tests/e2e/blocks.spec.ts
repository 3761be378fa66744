// Every python block on every page: press Run, and the block ends as it should
// (data-status equals its data-expected-status, or 'passed'), with no failed assert.
import { expect, test } from '@playwright/test';
import { siteBlocks } from './site-blocks.ts';

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
      test(title, async ({ page }) => {
        const limit = (block.timeoutS ?? 60) * 1000;
        test.setTimeout(limit + 90_000);
        await page.goto(path);
        const el = page.locator(`python-block[data-block-index="${block.index}"]`);
        await el.evaluate(openDetails); // solutions sit in collapsed <details>
        await el.scrollIntoViewIfNeeded();
        await el.getByRole('button', { name: 'Run', exact: true }).click();
        await expect(el).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: limit + 60_000 });
        const log = el.getByRole('log');
        const output = await log.innerText();
        if (pending) {
          expect(await el.getAttribute('data-status'), `${id} passes now: remove it from PENDING`).not.toBe(block.expected);
          expect(output, `${id}: the pending error changed`).toContain(pending);
          return;
        }
        await expect(el, `output of ${id}:\n${output}`).toHaveAttribute('data-status', block.expected);
        if (block.expected === 'passed') await expect(log.locator('.rb-assert.rb-fail')).toHaveCount(0);
      });
    }
  });
}
