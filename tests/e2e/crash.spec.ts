// A worker that dies under its run (a wasm trap, a worker that closes itself) and a program that
// allocates until it fails, in Chromium: the block says what happened (never left "running"), a
// new worker takes the old one's place, the reader's edit survives, and a block running beside
// it on another worker is unaffected.
import { expect, test, type Page } from '@playwright/test';
import { button, openBlock, setCode, settled, logText } from './reader.ts';

/** The page's live Python workers (the bundled worker entry; Playwright lists each until it ends). */
function pythonWorkers(page: Page): number {
  return page.workers().filter((w) => /\/entry[^/]*\.js$/.test(w.url())).length;
}

test('a wasm trap and a worker that closes itself: an error on the block, a new worker, the edit kept', async ({ page }) => {
  let block = await openBlock(page, '/concurrency/overview/');
  await setCode(page, block, 'import ctypes\nprint("reading past memory", flush=True)\nctypes.string_at(0xF0000000, 8)');
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('error');
  await expect(block.getByRole('log')).toContainText(/The Python worker crashed: .*memory access out of bounds/);
  await expect(block.getByRole('log')).toContainText('A new worker takes its place');

  const closing = 'import js\nprint("closing", flush=True)\njs.close()';
  await setCode(page, block, closing);
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('error');
  await expect(block.getByRole('log')).toContainText('the worker closed itself');

  await page.reload(); // the edit outlives the crash
  block = page.locator('python-block').first();
  await expect(block.locator('.cm-content')).toContainText('js.close()');
  await setCode(page, block, 'print("the next run works")');
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('passed');
  await expect(block.getByRole('log')).toContainText('the next run works');
});

test('allocating until it fails: MemoryError, the worker replaced, a block beside it unaffected', async ({ page }) => {
  test.setTimeout(180_000);
  const hog = await openBlock(page, '/concurrency/overview/');
  const beside = page.locator('python-block').nth(1);
  await setCode(page, beside, 'import time\nfor i in range(8):\n    print("tick", i)\n    time.sleep(0.5)');
  await setCode(page, hog, 'x = []\nwhile True:\n    x.append(bytearray(10**7))');
  await button(beside, 'Run').click();
  await expect(beside.getByRole('log')).toContainText('tick 0', { timeout: 60_000 });
  await button(hog, 'Run').click();
  const [hogStatus, besideStatus] = await Promise.all([settled(hog), settled(beside)]);
  const log = await logText(hog);
  console.log(`[crash] allocation until failure ended: ${hogStatus}: ${log.split('\n').slice(-3).join(' | ')}`);
  expect(hogStatus).toBe('error');
  expect(log).toMatch(/MemoryError|ran out of memory/);
  expect(besideStatus).toBe('passed');
  await expect(beside.getByRole('log')).toContainText('tick 7');

  await setCode(page, hog, 'print("after the hog")');
  await button(hog, 'Run').click();
  expect(await settled(hog)).toBe('passed');
  console.log(`[crash] python workers alive after: ${pythonWorkers(page)} (${page.workers().map((w) => w.url()).join(', ')})`);
  expect(pythonWorkers(page)).toBeLessThanOrEqual(4);
});
