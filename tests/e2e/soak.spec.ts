// A soak: 500 runs of the overview lesson's quick blocks (prints, generators, threads, a lock) in
// one page session, driven from inside the page as fast as the reader's clicks could come. The
// page's Web Workers, its JS heap, its event listeners and its DOM must not grow beyond a bound;
// the figures are printed.
import { expect, test, type Page } from '@playwright/test';

const RUNS = Number(process.env.SOAK_RUNS ?? 500);
/** Blocks of /concurrency/overview/ that take well under a second (see `npm run check:examples`). */
const QUICK = [0, 1, 2, 26, 28, 29, 30, 33];

async function figures(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return {
    workers: page.workers().length,
    heapMB: Number((m.JSHeapUsedSize! / 2 ** 20).toFixed(1)),
    listeners: m.JSEventListeners!,
    nodes: m.Nodes!,
  };
}

/** Runs the blocks in turn `runs` times; the statuses they ended with, counted. */
function runInPage(page: Page, runs: number): Promise<Record<string, number>> {
  return page.evaluate(async ({ runs, quick }) => {
    const blocks = quick.map((i) => document.querySelector<HTMLElement>(`python-block[data-block-index="${i}"]`)!);
    const seen: Record<string, number> = {};
    for (let r = 0; r < runs; r++) {
      const el = blocks[r % blocks.length]!;
      const ended = new Promise<string>((resolve) => {
        let started = false;
        const watch = new MutationObserver(() => {
          const status = el.dataset.status!;
          if (status === 'running') { started = true; return; }
          if (!started) return;
          watch.disconnect();
          resolve(status);
        });
        watch.observe(el, { attributes: true, attributeFilter: ['data-status'] });
      });
      el.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
      const status = await ended;
      seen[status] = (seen[status] ?? 0) + 1;
    }
    return seen;
  }, { runs, quick: QUICK });
}

test(`soak: ${RUNS} runs in one page, no growth of workers, heap, listeners or DOM`, async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/concurrency/overview/');
  // Warm up: each block once, so the baseline has the booted workers and imported modules.
  expect(await runInPage(page, QUICK.length)).toEqual({ passed: QUICK.length });
  const before = await figures(page);
  const t0 = Date.now();
  const statuses = await runInPage(page, RUNS);
  const seconds = (Date.now() - t0) / 1000;
  const after = await figures(page);
  console.log(`[soak] ${RUNS} runs in ${seconds.toFixed(1)} s (${(seconds * 1000 / RUNS).toFixed(0)} ms a run): ${JSON.stringify(statuses)}`);
  console.log(`[soak] before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`);
  expect(statuses).toEqual({ passed: RUNS });
  expect(after.workers).toBeLessThanOrEqual(before.workers);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners + 20);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1);
  expect(after.heapMB).toBeLessThanOrEqual(before.heapMB * 1.5 + 2);
});
