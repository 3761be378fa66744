// `npm run bench [-- ids...]`: every benchmark as a ratio against a baseline measured in the same
// run (these machines are noisy). Writes bench/results/latest.json and latest.md (with ids, only
// those rows change).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { disposeRuntimePool } from '../bench/lib/measure.ts';
import type { Bench, BenchResult } from '../bench/lib/types.ts';
import { browserBenches } from '../bench/browser.ts';
import { closeBrowser } from '../bench/lib/chromium.ts';
import { firstRunBenches } from '../bench/first-run.ts';
import { pageWeightBenches } from '../bench/page-weight.ts';
import { exampleCheckBench } from '../bench/example-check.ts';
import { lighthouseBenches } from '../bench/lighthouse.ts';
import { processBenches } from '../bench/processes.ts';
import { threadBenches } from '../bench/threads.ts';

const ALL: Bench[] = [...firstRunBenches, ...pageWeightBenches, ...lighthouseBenches, exampleCheckBench, ...threadBenches, ...browserBenches, ...processBenches];
const wanted = process.argv.slice(2);
const selected = wanted.length ? ALL.filter((b) => wanted.includes(b.id)) : ALL;
const results: BenchResult[] = [];
for (const bench of selected) {
  // Processes measure parallel speedup: no idle Chromium or preview server of the browser
  // benchmarks may share the cores with them.
  if (processBenches.includes(bench)) await closeBrowser();
  process.stdout.write(`${bench.label} … `);
  try {
    const r = await bench.run();
    results.push(r);
    console.log(`${fmt(r.figure)} ${r.unit} vs ${fmt(r.baseline)} (${r.baselineLabel}): ratio ${r.ratio.toFixed(2)} ${r.pass ? 'pass' : 'FAIL'}`);
  } catch (e) {
    console.log(`error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
disposeRuntimePool();
await closeBrowser();

const dir = resolve(import.meta.dirname, '../bench/results');
await mkdir(dir, { recursive: true });
const when = new Date().toISOString();
// A run of some benchmarks updates their rows and keeps the others' (in ALL's order).
if (wanted.length) {
  const kept = await readFile(resolve(dir, 'latest.json'), 'utf8').then((t) => (JSON.parse(t) as { results: BenchResult[] }).results, () => []);
  const fresh = new Map(results.map((r) => [r.id, r]));
  const old = new Map(kept.map((r) => [r.id, r]));
  results.splice(0, results.length, ...ALL.map((b) => fresh.get(b.id) ?? old.get(b.id)).filter((r): r is BenchResult => !!r));
}
await writeFile(resolve(dir, 'latest.json'), JSON.stringify({ when, results }, null, 2));
const table = [
  `Benchmarks of ${when} (\`npm run bench\`; ratio = figure / baseline, both measured in the same run${wanted.length ? '; rows this run did not name are from earlier runs' : ''})`,
  '',
  '| figure | value | baseline | ratio | target | result |',
  '|---|---|---|---|---|---|',
  ...results.map((r) =>
    `| ${r.label} | ${fmt(r.figure)} ${r.unit} | ${fmt(r.baseline)} ${r.unit} (${r.baselineLabel}) | ${r.ratio.toFixed(2)} | ${r.target} | ${r.pass ? 'pass' : 'FAIL'} |`),
].join('\n');
await writeFile(resolve(dir, 'latest.md'), `${table}\n`);
console.log(`\n${table}`);
process.exit(0);

function fmt(x: number): string {
  return Number.isInteger(x) || x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(3);
}
