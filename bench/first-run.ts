// Issue 9's run budgets: a trivial block's round trip against bare Pyodide in the same worker,
// and (in Chromium, the built site, a cold HTTP cache) the time from a click on Run to the first
// output line, with the worker pre-warmed on idle and without.
import { median, runtimePool } from './lib/measure.ts';
import { freshPage, closeFreshPage } from './lib/chromium.ts';
import { result, type Bench } from './lib/types.ts';

const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 200);
const FIRST_OUTPUT_VISITS = Number(process.env.BENCH_VISITS ?? 3);
/** The budget: the first output within 150 ms of the click once warm-up is done. */
const FIRST_OUTPUT_MS = 150;

/** `print(1)` as a page runs it (asserts reported, timeline recorded) vs `runPython('print(1)')`. */
const print1: Bench = {
  id: 'print1-overhead',
  label: 'print(1) round trip: a run vs bare Pyodide runPython, same worker',
  async run() {
    const pool = runtimePool();
    await pool.warm();
    const ours: number[] = [];
    const bare: number[] = [];
    // Each run starts on an idle worker, as a reader's click does (runs are never back to back):
    // the worker's resets between runs are made after a result has gone back (Interpreter.prepareNext).
    const idle = () => new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < ROUND_TRIPS; i++) {
      await idle();
      let t0 = performance.now();
      let printed = '';
      const r = await pool.run({ code: 'print(1)', filename: '<block 1>', timeline: true }, (events) => {
        for (const e of events) if (e.kind === 'output') printed += e.text;
      }).result;
      ours.push(performance.now() - t0);
      if (r.status !== 'passed' || printed !== '1\n') throw new Error(`print(1) ended ${r.status}, printed ${JSON.stringify(printed)}`);
      await idle();
      t0 = performance.now();
      printed = await pool.runBare('print(1)');
      bare.push(performance.now() - t0);
      if (printed !== '1\n') throw new Error(`bare print(1) printed ${JSON.stringify(printed)}`);
    }
    return result({ id: this.id, label: this.label, unit: 'ms', figure: median(ours), baseline: median(bare), baselineLabel: 'bare Pyodide' }, { max: 1.2 });
  },
};

/** Opens the overview in a fresh context (empty HTTP cache, no service worker), waits for the
 *  pool's idle warm-up when `prewarmed`, and times a click on the first block's Run to its first
 *  output line, in the page's own clock. */
async function firstOutput(prewarmed: boolean): Promise<number> {
  const page = await freshPage('/concurrency/overview/', { prewarm: prewarmed });
  try {
    await page.waitForFunction(() => customElements.get('python-block') && document.querySelector('python-block')?.getAttribute('data-status') === 'idle');
    if (prewarmed) await page.waitForFunction(() => document.documentElement.dataset.python === 'ready', null, { timeout: 120_000 });
    return await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const block = document.querySelector('python-block:not([data-tests])')!;
      const log = block.querySelector('[role="log"]')!;
      const run = [...block.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Run' || b.textContent?.trim() === 'Run')!;
      const timer = setTimeout(() => reject(new Error('no output within 120 s')), 120_000);
      let t0 = 0;
      new MutationObserver((_, seen) => {
        if (!log.querySelector('.rb-stdout, .rb-stderr')) return;
        seen.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }).observe(log, { childList: true, subtree: true });
      t0 = performance.now();
      run.click();
    }));
  } finally {
    await closeFreshPage(page);
  }
}

const firstOutputBenches: Bench[] = [
  {
    id: 'chromium-first-output',
    label: 'First Run to first output, worker pre-warmed on idle (Chromium, cold cache)',
    async run() {
      const times: number[] = [];
      for (let i = 0; i < FIRST_OUTPUT_VISITS; i++) times.push(await firstOutput(true));
      const figure = median(times);
      // The budget is absolute; the ratio against it is what passes or fails.
      return result({ id: this.id, label: this.label, unit: 'ms', figure, baseline: FIRST_OUTPUT_MS, baselineLabel: 'budget' }, { max: 1 });
    },
  },
  {
    id: 'chromium-first-output-cold',
    label: 'First Run to first output, no pre-warm (Chromium, cold cache): Pyodide boots on the click',
    async run() {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < FIRST_OUTPUT_VISITS; i++) {
        cold.push(await firstOutput(false));
        warm.push(await firstOutput(true));
      }
      return result({ id: this.id, label: this.label, unit: 'ms', figure: median(cold), baseline: median(warm), baselineLabel: 'pre-warmed' }, {});
    },
  },
];

export const firstRunBenches: Bench[] = [print1, ...firstOutputBenches];
