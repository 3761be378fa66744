// Issue 9's Lighthouse budget: performance and accessibility scores of both lessons (the npm
// `lighthouse` package driving the system Chromium), against the same
// lessons built by stock Starlight in the same run (bench/page-weight.ts builds it). Target: 95+.
// Each score is the median of 5 runs. Performance is scored twice: as a mid-range phone on slow
// 4G (simulated; the CPU slowdown calibrated to this host, see cpuSlowdownFor) and with the
// desktop preset.
// Lighthouse loads each page as a first visit, so it measures the page and the idle warm-up.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { throttling } from 'lighthouse/core/config/constants.js';
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

/** Lighthouse's default mobile network (slow 4G, simulated); its CPU slowdown is the host's. */
const MOBILE_THROTTLING = throttling.mobileSlow4G;

/**
 * The CPU slowdown that makes this host stand for Lighthouse's target phone. Lighthouse's 4x
 * assumes a host with a benchmarkIndex near 1533; on a slower one the same 4x emulates a slower
 * phone than meant (stock Starlight's overview scored a median 86 here). Its docs
 * (docs/throttling.md, "calibrating the CPU slowdown") send the reader to its throttling
 * calculator, whose curve this is: 150 -> 1x, 800 -> 2x, 1300 -> 3x, +1x per 233 above. A faster
 * host gets more than 4x, so the figure is never easier than Lighthouse means it to be.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!(benchmarkIndex >= 150)) throw new Error(`benchmarkIndex ${benchmarkIndex}: this host is too slow to stand for Lighthouse's phone`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + (benchmarkIndex - 150) / 650;
}

/** The host's benchmarkIndex (median of 3 Lighthouse readings) and its slowdown, once a run. */
let host: Promise<{ benchmarkIndex: number; slowdown: number }> | undefined;
async function calibrate(read: () => Promise<number>): Promise<{ benchmarkIndex: number; slowdown: number }> {
  const readings = [await read(), await read(), await read()].sort((a, b) => a - b);
  const benchmarkIndex = Math.round(readings[1]!);
  return { benchmarkIndex, slowdown: Math.round(cpuSlowdownFor(benchmarkIndex) * 10) / 10 };
}

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
    const audit = async (categories: string[], config?: typeof desktopConfig, more: Record<string, unknown> = {}) => {
      for (let attempt = 1; ; attempt++) {
        const run = await lighthouse(site.origin + path, { ...flags, ...more, onlyCategories: categories }, config);
        const lhr = run?.lhr;
        const asked = (more.throttling as { cpuSlowdownMultiplier?: number } | undefined)?.cpuSlowdownMultiplier;
        if (lhr && asked !== undefined && lhr.configSettings.throttling.cpuSlowdownMultiplier !== asked) {
          throw new Error(`Lighthouse ran with CPU slowdown ${lhr.configSettings.throttling.cpuSlowdownMultiplier}x, not ${asked}x`);
        }
        const got = categories.map((c) => lhr?.categories[c]?.score);
        if (got.every((v) => typeof v === 'number')) return got.map((v) => Math.round(v! * 100));
        if (attempt === 3) throw new Error(`Lighthouse gave no score for ${path}: ${lhr?.runtimeError?.message ?? 'no report'}`);
      }
    };
    host ??= calibrate(async () => {
      const run = await lighthouse(site.origin + path, { ...flags, onlyAudits: ['first-contentful-paint'] });
      return run?.lhr.environment.benchmarkIndex ?? NaN;
    });
    const { slowdown } = await host;
    const mobile = { throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier: slowdown } };
    // One score moves by 5-10 points between runs of the same page (stock Starlight's overview:
    // 88-100): each is the median of RUNS, as Lighthouse's own guidance on variability advises.
    const median = async (categories: string[], config?: typeof desktopConfig, more?: Record<string, unknown>) => {
      const runs: number[][] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(categories, config, more));
      return categories.map((_, c) => runs.map((r) => r[c]!).sort((a, b) => a - b)[RUNS >> 1]!);
    };
    const [performance, accessibility] = await median(['performance', 'accessibility'], undefined, mobile);
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
  const what = category === 'performance' ? 'performance (mobile: slow 4G, CPU calibrated)'
    : category === 'performance-desktop' ? 'performance (desktop preset)' : category;
  const label = `Lighthouse ${what}, /concurrency/${lesson}/ (score out of 100)`;
  return {
    id, label,
    async run(): Promise<BenchResult> {
      const { ours, stock } = await measure(lesson);
      const { benchmarkIndex, slowdown } = await host!;
      const shown = category === 'performance' ? label.replace('CPU calibrated', `CPU ${slowdown}x for this host's benchmarkIndex ${benchmarkIndex}`) : label;
      const r = result({ id, label: shown, unit: '', figure: ours[category], baseline: stock[category], baselineLabel: 'stock Starlight' }, {});
      return { ...r, target: `>= ${TARGET}`, pass: ours[category] >= TARGET };
    },
  };
}

export const lighthouseBenches: Bench[] = LESSONS.flatMap((l) =>
  [score(l, 'performance'), score(l, 'performance-desktop'), score(l, 'accessibility')]);
