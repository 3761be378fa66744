// What a reader does with one block: edit it (and find the edit after a reload), stop a runaway
// loop, see markup printed as text, reset, copy. Uses the first block of the overview lesson;
// each test starts from a fresh browser context (empty localStorage).
import { expect, test, type Locator, type Page } from '@playwright/test';

const PAGE = '/concurrency/overview/';

async function firstBlock(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  const block = page.locator('python-block').first();
  await block.scrollIntoViewIfNeeded();
  return block;
}

/** Opens the editor by clicking into the code, and replaces the code with `code`. */
async function typeCode(page: Page, block: Locator, code: string): Promise<void> {
  await block.locator('.frame pre').click();
  const editor = block.locator('.cm-content');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

test('an edit survives a reload, and Reset asks before discarding it', async ({ page }) => {
  let block = await firstBlock(page);
  await typeCode(page, block, 'print("edited by the reader")');
  await page.reload();
  block = page.locator('python-block').first();
  await expect(block.locator('.cm-content')).toHaveText('print("edited by the reader")');
  await expect(block).toHaveAttribute('data-edited', '');
  await page.keyboard.press('Escape');
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'passed');
  await expect(block.getByRole('log')).toContainText('edited by the reader');

  page.once('dialog', (d) => d.dismiss()); // the reader changes their mind
  await block.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(block.locator('.cm-content')).toHaveText('print("edited by the reader")');

  page.once('dialog', (d) => d.accept());
  await block.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(block.locator('.cm-content')).toHaveCount(0);
  await expect(block).toHaveAttribute('data-status', 'idle');
  await page.reload();
  await expect(page.locator('python-block').first().locator('.cm-content')).toHaveCount(0);
});

test('Ctrl+Enter in the editor runs the block', async ({ page }) => {
  const block = await firstBlock(page);
  await typeCode(page, block, 'print(6 * 7)');
  await page.keyboard.press('Control+Enter');
  await expect(block).toHaveAttribute('data-status', 'passed');
  await expect(block.getByRole('log')).toContainText('42');
});

test('Stop ends `while True: pass`, and the next run works', async ({ page }) => {
  const block = await firstBlock(page);
  await typeCode(page, block, 'print("spinning", flush=True)\nwhile True: pass');
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block.getByRole('log')).toContainText('spinning');
  await expect(block).toHaveAttribute('data-status', 'running');
  const t0 = Date.now();
  await block.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'stopped', { timeout: 5000 });
  console.log(`Stop took ${Date.now() - t0} ms`);
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block.getByRole('log')).toContainText('spinning');
  await block.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'stopped');
});

test('output is text: printed markup shows literally', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  const block = await firstBlock(page);
  const markup = '<img src=x onerror=alert(1)>';
  await typeCode(page, block, `print(${JSON.stringify(markup)})\nimport sys; print("<b>bold</b>", file=sys.stderr)`);
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'passed');
  const log = block.getByRole('log');
  await expect(log.locator('.rb-stdout .rb-text')).toHaveText(markup);
  await expect(log.locator('.rb-stderr .rb-text')).toHaveText('<b>bold</b>');
  await expect(log.locator('img, b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('asserts are reported line by line; an uncaught exception shows its traceback', async ({ page }) => {
  const block = await firstBlock(page);
  await typeCode(page, block, 'counter = 9999\nassert counter > 0\nassert counter == 10000, "lost updates"');
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'failed');
  const log = block.getByRole('log');
  await expect(log.locator('.rb-assert.rb-pass .rb-text')).toHaveText('line 2 ✓ assert counter > 0');
  await expect(log.locator('.rb-assert.rb-fail .rb-text')).toContainText('line 3 ✗ assert counter == 10000');
  await expect(log.locator('.rb-assert.rb-fail .rb-text')).toContainText('assert 9999 == 10000');
  await expect(log.locator('.rb-stderr .rb-text').last()).toHaveText(/AssertionError: lost updates/);
  await expect(log.locator('.rb-line .rb-t').first()).toHaveText(/^\+\d+\.\d\ds$/);
  await expect(block.locator('[data-wall]')).toHaveText(/\d+ ms|\d+\.\d\d s/);
});

test('Copy puts the current code on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const block = await firstBlock(page);
  await typeCode(page, block, 'print("copy me")');
  await block.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(block.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('print("copy me")');
});

test('without JSPI, thread blocks say which browsers work, and other blocks still run', async ({ page }) => {
  await page.addInitScript(() => { delete (WebAssembly as { Suspending?: unknown }).Suspending; });
  await page.goto(PAGE);
  const threaded = page.locator('python-block[data-needs="threads"]').first();
  await expect(threaded.locator('[data-notice]')).toBeVisible();
  await expect(threaded.locator('[data-notice]')).toContainText('Chrome or Edge');
  const plain = page.locator('python-block:not([data-needs])').first();
  await expect(plain.locator('[data-notice]')).toBeHidden();
  await plain.evaluate((el) => { for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true; });
  await plain.getByRole('button', { name: 'Run', exact: true }).click();
  const expected = (await plain.getAttribute('data-expected-status')) ?? 'passed';
  await expect(plain).toHaveAttribute('data-status', expected);
});

test('a flood of output keeps the last 5,000 lines and says how many it dropped', async ({ page }) => {
  const block = await firstBlock(page);
  await typeCode(page, block, 'for i in range(20_000):\n    print(i)');
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(block).toHaveAttribute('data-status', 'passed', { timeout: 120_000 });
  const log = block.getByRole('log');
  await expect(log.locator('.rb-stdout')).toHaveCount(5000);
  await expect(log.locator('.rb-stdout .rb-text').last()).toHaveText('19999');
  await expect(log.locator('.rb-meta').first()).toHaveText(/15,000 earlier lines not shown/);
});
