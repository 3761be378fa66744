// Issue 9's Lighthouse budget: performance and accessibility scores of both lessons (the npm
// `lighthouse` package driving the system Chromium, its default mobile settings), against the same
// lessons built by stock Starlight in the same run (bench/page-weight.ts builds it). Target: 95+.
// Each score is the median of 5 runs. Performance is scored twice: Lighthouse's default (a mid-range phone on slow 4G, simulated)
// and its desktop preset.
// Lighthouse loads each page as a first visit, so it measures the page and the idle warm-up.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium, type Browser } from '@playwright/test';
import { buildStock, LESSONS, STOCK_DIST } from './page-weight.ts';
import { result, type Bench, type BenchResult } from './lib/types.ts';
import { serveDist } from '../tests/e2e/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4397) + 20;
const DEBUG_PORT = Number(process.env.BENCH_PORT ?? 4397) + 30;
const TARGET = 95;
/** Lighthouse runs per score (an odd number: the median is one of them). */
const RUNS = 5;
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
type Category = 'performance' | 'accessibility' | 'performance-desktop';

/** Lighthouse's scores (0-100) for the page at `path` of the site built in `dist`. */
async function scores(dist: string, path: string, port: number): Promise<Record<Category, number>> {
  const site = await serveDist(port, ISOLATION, dist);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ['--no-sandbox', `--remote-debugging-port=${DEBUG_PORT}`],
    });
    const flags = { port: DEBUG_PORT, output: 'json' as const, logLevel: 'error' as const };
    // A loaded machine now and then makes a run miss a metric (no score): run that one again.
    const audit = async (categories: string[], config?: typeof desktopConfig) => {
      for (let attempt = 1; ; attempt++) {
        const run = await lighthouse(site.origin + path, { ...flags, onlyCategories: categories }, config);
        const lhr = run?.lhr;
        const got = categories.map((c) => lhr?.categories[c]?.score);
        if (got.every((v) => typeof v === 'number')) return got.map((v) => Math.round(v! * 100));
        if (attempt === 3) throw new Error(`Lighthouse gave no score for ${path}: ${lhr?.runtimeError?.message ?? 'no report'}`);
      }
    };
    // One score moves by 5-10 points between runs of the same page (stock Starlight's overview:
    // 88-100): each is the median of RUNS, as Lighthouse's own guidance on variability advises.
    const median = async (categories: string[], config?: typeof desktopConfig) => {
      const runs: number[][] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(categories, config));
      return categories.map((_, c) => runs.map((r) => r[c]!).sort((a, b) => a - b)[RUNS >> 1]!);
    };
    const [performance, accessibility] = await median(['performance', 'accessibility']);
    const [desktop] = await median(['performance'], desktopConfig);
    return { performance: performance!, accessibility: accessibility!, 'performance-desktop': desktop! };
  } finally {
    await browser?.close();
    await site.close();
  }
}

const measured = new Map<string, Promise<{ ours: Record<Category, number>; stock: Record<Category, number> }>>();
function measure(lesson: string) {
  if (!measured.has(lesson)) {
    measured.set(lesson, (async () => {
      await buildStock();
      const path = `/concurrency/${lesson}/`;
      return { ours: await scores(resolve(ROOT, 'dist'), path, PORT), stock: await scores(STOCK_DIST, path, PORT + 1) };
    })());
  }
  return measured.get(lesson)!;
}

function score(lesson: string, category: Category): Bench {
  const id = `lighthouse-${category}-${lesson}`;
  const what = category === 'performance' ? 'performance (mobile, the default)'
    : category === 'performance-desktop' ? 'performance (desktop preset)' : category;
  const label = `Lighthouse ${what}, /concurrency/${lesson}/ (score out of 100)`;
  return {
    id, label,
    async run(): Promise<BenchResult> {
      const { ours, stock } = await measure(lesson);
      const r = result({ id, label, unit: '', figure: ours[category], baseline: stock[category], baselineLabel: 'stock Starlight' }, {});
      return { ...r, target: `>= ${TARGET}`, pass: ours[category] >= TARGET };
    },
  };
}

export const lighthouseBenches: Bench[] = LESSONS.flatMap((l) =>
  [score(l, 'performance'), score(l, 'performance-desktop'), score(l, 'accessibility')]);
