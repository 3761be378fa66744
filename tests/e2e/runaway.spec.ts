// Runaway code: a loop that never ends, in the main thread, in a thread, in a process, in an
// asyncio task that never yields. While it spins the page answers clicks at once; Stop ends it
// within 500 ms, the block says "stopped", and the next run of the block works.
import { expect, test } from '@playwright/test';
import { button, clickAround, instrument, titleBox, openBlock, probes, resetProbes, setCode, stopLatency } from './reader.ts';

const STOP_BUDGET_MS = 500;
const INPUT_BUDGET_MS = 100;

const RUNAWAYS: Record<string, string> = {
  'the main thread': 'print("spinning", flush=True)\nwhile True: pass',
  'a thread': [
    'import threading',
    'def spin():',
    '    print("spinning", flush=True)',
    '    while True: pass',
    'threading.Thread(target=spin).start()',
  ].join('\n'),
  'a process': [
    'import multiprocessing as mp',
    'def spin():',
    '    print("spinning", flush=True)',
    '    while True: pass',
    'if __name__ == "__main__":',
    '    p = mp.Process(target=spin)',
    '    p.start()',
    '    p.join()',
  ].join('\n'),
  'an asyncio task that never yields': [
    'import asyncio',
    'async def spin():',
    '    print("spinning", flush=True)',
    '    while True: pass',
    'asyncio.run(spin())',
  ].join('\n'),
};

test('the probes see a long task and a late click (so their zeros below mean something)', async ({ page }) => {
  await instrument(page);
  await openBlock(page, '/concurrency/overview/');
  const box = await titleBox(page);
  await resetProbes(page);
  // Block the main thread for 500 ms, and click 100 ms into it.
  const blocked = page.evaluate(() => new Promise<void>((r) => setTimeout(() => {
    const end = performance.now() + 500;
    while (performance.now() < end);
    r();
  }, 0)));
  await page.waitForTimeout(100);
  await page.mouse.click(box.x + 5, box.y + 5); // no actionability wait: the click is queued at once
  await blocked;
  await expect.poll(async () => (await probes(page)).longestTask).toBeGreaterThanOrEqual(400);
  expect((await probes(page)).worstInputDelay).toBeGreaterThanOrEqual(INPUT_BUDGET_MS);
});

for (const [where, code] of Object.entries(RUNAWAYS)) {
  test(`Stop ends a loop in ${where} within ${STOP_BUDGET_MS} ms; the page stays responsive`, async ({ page }) => {
    await instrument(page);
    const block = await openBlock(page, '/concurrency/overview/');
    await setCode(page, block, code);
    await button(block, 'Run').click();
    await expect(block.getByRole('log')).toContainText('spinning', { timeout: 60_000 }); // a process boots a worker
    await expect(block).toHaveAttribute('data-status', 'running');

    const title = await titleBox(page);
    await resetProbes(page);
    await clickAround(page, title, 6, 2000); // the reader clicks about while it spins
    const busy = await probes(page);
    const stopMs = await stopLatency(block);
    console.log(`[runaway] ${where}: Stop ${stopMs.toFixed(0)} ms; while spinning: longest task ` +
      `${busy.longestTask.toFixed(0)} ms (${busy.tasks} long tasks), worst click delay ${busy.worstInputDelay.toFixed(1)} ms over ${busy.clicks} clicks`);

    expect(busy.clicks).toBe(6);
    expect(busy.worstInputDelay).toBeLessThan(INPUT_BUDGET_MS);
    expect(busy.longestTask).toBeLessThan(INPUT_BUDGET_MS);
    expect(stopMs).toBeLessThan(STOP_BUDGET_MS);
    await expect(block.locator('[data-badge]')).toHaveText('stopped');
    await expect(block.getByRole('log')).toContainText('Stopped.');

    await setCode(page, block, 'print("the next run works")');
    await button(block, 'Run').click();
    await expect(block).toHaveAttribute('data-status', 'passed', { timeout: 60_000 });
    await expect(block.getByRole('log')).toContainText('the next run works');
    await expect(block.getByRole('log')).not.toContainText('spinning');
  });
}
