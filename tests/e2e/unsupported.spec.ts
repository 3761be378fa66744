// Browsers without JSPI or without Web Workers (simulated by deleting them before any page
// script runs): each affected block says why plainly, and nothing else on the page breaks.
import { expect, test, type Page } from '@playwright/test';
import { button, settled } from './reader.ts';

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('without JSPI: thread blocks say they need it, the other blocks still run', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => { delete (WebAssembly as unknown as { Suspending?: unknown }).Suspending; });
  await page.goto('/concurrency/overview/');
  const threaded = page.locator('python-block[data-needs="threads"]').first();
  await expect(threaded.locator('[data-notice]')).toContainText('need WebAssembly JSPI');
  const plain = page.locator('python-block:not([data-needs]):not([data-tests])').first();
  await expect(plain.locator('[data-notice]')).toBeHidden();
  await button(plain, 'Run').click();
  expect(await settled(plain)).not.toBe('running');
  expect(['passed', 'failed', 'error']).toContain(await plain.getAttribute('data-status'));
  expect(errors).toEqual([]);
});

test('without Web Workers: every block says it cannot run here, Run is off, the page works', async ({ page }) => {
  const errors = pageErrors(page);
  await page.addInitScript(() => { delete (globalThis as { Worker?: unknown }).Worker; });
  await page.goto('/concurrency/overview/');
  const blocks = page.locator('python-block');
  const n = await blocks.count();
  for (let i = 0; i < n; i++) await expect(blocks.nth(i).locator('[data-notice]')).toContainText('does not provide Web Workers');
  const runs = page.locator('python-block button[data-action="run"], python-block button[data-action="check"]');
  expect(await runs.count()).toBeGreaterThan(0);
  for (const run of await runs.all()) await expect(run).toBeDisabled();
  // The rest of the page still works: the sidebar links, search, the code to read.
  await expect(blocks.first().locator('.frame pre')).toBeVisible();
  await page.waitForTimeout(3500); // past the idle warm-up, which must fail quietly
  expect(errors).toEqual([]);
  await expect(blocks.first()).toHaveAttribute('data-status', 'idle');
});
