// A host that sends no COOP/COEP headers, before coi-serviceworker is active (service workers
// blocked): no SharedArrayBuffer. Plain blocks, threads and processes still run, Stop still ends
// a loop (by replacing the worker, and says why no KeyboardInterrupt), and shared memory between
// processes (Lock, Value) says it needs isolation. dist/ is served by a bare static server
// (no headers at all).
import { expect, test } from '@playwright/test';
import { button, setCode, settled, stopLatency, logText } from './reader.ts';
import { serveDist, type StaticSite } from './static-server.ts';

const PORT = Number(process.env.E2E_PORT ?? 4391) + 1;

let site: StaticSite;
test.beforeAll(async () => { site = await serveDist(PORT); });
test.afterAll(() => site.close());
test.use({ serviceWorkers: 'block' });

test('no isolation: blocks run, Stop ends a loop, and what needs isolation says so', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${site.origin}/concurrency/overview/`);
  expect(await page.evaluate(() => [crossOriginIsolated, typeof SharedArrayBuffer])).toEqual([false, 'undefined']);
  const block = page.locator('python-block:not([data-tests])').first();
  const run = async (code: string) => {
    await setCode(page, block, code);
    await button(block, 'Run').click();
    const status = await settled(block);
    const log = await logText(block);
    console.log(`[no-isolation] ${code.split('\n').at(-1)}: ${status}: ${log.replace(/\s+/g, ' ').slice(-240)}`);
    return { status, log };
  };
  expect((await run('print("plain")')).status).toBe('passed');
  expect((await run('import threading\nt = threading.Thread(target=print, args=("in a thread",))\nt.start(); t.join()')).status).toBe('passed');
  const proc = await run('import multiprocessing as mp\nif __name__ == "__main__":\n    p = mp.Process(target=print, args=("child",)); p.start(); p.join()');
  expect(proc.status).toBe('passed'); // pipes and queues are messages: no isolation needed
  const shared = await run('import multiprocessing as mp\ndef add(v, lock):\n    with lock: v.value += 1\nif __name__ == "__main__":\n    v, lock = mp.Value("i", 0), mp.Lock()\n    ps = [mp.Process(target=add, args=(v, lock)) for _ in range(2)]\n    for p in ps: p.start()\n    for p in ps: p.join()\n    print("value", v.value)');
  expect(shared.status).toBe('error'); // shared memory between processes is what needs isolation
  expect(shared.log).toContain('cross-origin isolated (COOP/COEP headers)');

  await setCode(page, block, 'print("spinning", flush=True)\nwhile True: pass');
  await button(block, 'Run').click();
  await expect(block.getByRole('log')).toContainText('spinning', { timeout: 60_000 });
  console.log(`[no-isolation] Stop without SharedArrayBuffer: ${(await stopLatency(block)).toFixed(0)} ms`);
  await expect(block.getByRole('log')).toContainText('this page is not cross-origin isolated');
  expect((await run('print("after stop")')).status).toBe('passed');
});
