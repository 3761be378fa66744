// Issue 9's page weight: what a reader's browser loads for a lesson before anyone presses Run
// (HTML, CSS, JS; gzip sizes), against the same lesson text built by stock Starlight in the same
// run (bench/fixtures/stock-starlight). Counted: every same-origin document, stylesheet and
// script response until the network is idle, with the idle warm-up off (Save-Data), so Pyodide,
// the Python worker and CodeMirror count only if the page loads them before a Run, which it
// must not. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './lib/chromium.ts';
import { result, type Bench } from './lib/types.ts';
import { serveDist } from '../tests/e2e/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = resolve(import.meta.dirname, 'fixtures/stock-starlight');
const PORT = Number(process.env.BENCH_PORT ?? 4397) + 10;
export const LESSONS = ['overview', 'coding-challenges'];
export const STOCK_DIST = resolve(FIXTURE, 'dist');
/** The budget: at most this much more than stock Starlight, gzipped. */
const BUDGET_KB = 60;

let stockBuilt = false;
/** Builds the stock site with the current lessons (once per `npm run bench`). */
export async function buildStock(): Promise<void> {
  if (stockBuilt) return;
  const docs = resolve(FIXTURE, 'src/content/docs/concurrency');
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  for (const lesson of LESSONS) {
    await cp(resolve(ROOT, `src/content/docs/concurrency/${lesson}.mdx`), resolve(docs, `${lesson}.mdx`));
  }
  const astro = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
  const out = spawnSync(process.execPath, [astro, 'build', '--root', FIXTURE], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`stock Starlight build failed:\n${out.stdout}\n${out.stderr}`);
  stockBuilt = true;
}

/** Gzipped bytes of what the page at `path` of the site in `dist` loads before a Run. */
async function pageWeight(dist: string, path: string, port: number): Promise<{ bytes: number; files: string[] }> {
  const site = await serveDist(port, {}, dist);
  const context = await (await launch()).newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
    const page = await context.newPage();
    const bodies: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      const type = response.request().resourceType();
      if (url.origin !== site.origin || !['document', 'stylesheet', 'script'].includes(type)) return;
      bodies.push(response.body().then((b) => [url.pathname, gzipSync(b).length] as [string, number], () => [url.pathname, 0]));
    });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000); // idle callbacks (the warm-up, were it on) fire by now
    const sizes = await Promise.all(bodies);
    return { bytes: sizes.reduce((n, [, b]) => n + b, 0), files: sizes.map(([p, b]) => `${p} ${(b / 1024).toFixed(1)} KB`) };
  } finally {
    await context.close();
    await site.close();
  }
}

function lessonWeight(lesson: string): Bench {
  const id = `page-weight-${lesson}`;
  const label = `Lesson page weight before a Run, gzip (/concurrency/${lesson}/): ours vs stock Starlight`;
  return {
    id, label,
    async run() {
      await buildStock();
      const path = `/concurrency/${lesson}/`;
      const ours = await pageWeight(resolve(ROOT, 'dist'), path, PORT);
      const stock = await pageWeight(STOCK_DIST, path, PORT + 1);
      if (process.env.BENCH_VERBOSE) console.log(`\n  ours: ${ours.files.join(', ')}\n  stock: ${stock.files.join(', ')}`);
      // The budget is a difference; expressed as the ratio it allows.
      const max = (stock.bytes + BUDGET_KB * 1024) / stock.bytes;
      return result({ id, label, unit: 'KB', figure: ours.bytes / 1024, baseline: stock.bytes / 1024, baselineLabel: 'stock Starlight' }, { max, label: `<= +${BUDGET_KB} KB` });
    },
  };
}

export const pageWeightBenches: Bench[] = LESSONS.map(lessonWeight);
