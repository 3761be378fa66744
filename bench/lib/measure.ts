// Measuring helpers shared by the benchmark groups: run a bench program under python3 and in
// the product's runtime (warm Node workers) and read the figure it prints as `BENCH <number>`.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createNodePool, fileRequest } from '../../src/runtime/node/run-file.ts';
import type { WorkerPool } from '../../src/runtime/pool/pool.ts';

export const PYTHON_DIR = resolve(import.meta.dirname, '../python');
export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

let pool: WorkerPool | null = null;
export function runtimePool(): WorkerPool {
  pool ??= createNodePool(2);
  return pool;
}
export function disposeRuntimePool(): void {
  pool?.dispose();
  pool = null;
}

function figure(stdout: string, where: string, name = 'BENCH'): number {
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(stdout);
  if (!m) throw new Error(`${where} printed no BENCH line:\n${stdout}`);
  return Number(m[1]);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function cpython(file: string): number {
  const path = resolve(PYTHON_DIR, file);
  const out = spawnSync('python3', [path], { encoding: 'utf8', timeout: 120_000 });
  if (out.status !== 0) throw new Error(`python3 ${file} failed:\n${out.stderr}`);
  return figure(out.stdout, `python3 ${file}`);
}

/** The figure `file` prints when run in the runtime; `timeline` records it as pages do. */
export async function runtime(file: string, opts: { timeline?: boolean } = {}): Promise<number> {
  return (await runtimeFigures(file, opts, ['BENCH']))[0]!;
}

/** Several figures a program prints (`NAME <number>` lines), from one run in the runtime. */
export async function runtimeFigures(file: string, opts: { timeline?: boolean }, names: string[]): Promise<number[]> {
  const p = runtimePool();
  await p.warm();
  let stdout = '';
  let stderr = '';
  const request = { ...await fileRequest(resolve(PYTHON_DIR, file)), timeline: opts.timeline ?? false };
  const handle = p.run(request, (events) => {
    for (const e of events) if (e.kind === 'output') e.stream === 'stdout' ? (stdout += e.text) : (stderr += e.text);
  });
  const result = await handle.result;
  if (result.status !== 'passed') throw new Error(`runtime ${file} ended ${result.status}:\n${stderr}`);
  return names.map((name) => figure(stdout, `runtime ${file}`, name));
}

/** Median of REPEATS runs; the two measured in alternation so machine noise hits both alike,
 *  and each goes first in half the rounds: the second of two runs on the same pool was measured
 *  4% faster when both ran the same program (an A/A test of timeline-overhead). */
export async function paired(a: () => Promise<number> | number, b: () => Promise<number> | number, repeats = REPEATS): Promise<[number, number]> {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < repeats; i++) {
    if (i % 2 === 0) {
      xs.push(await a());
      ys.push(await b());
    } else {
      ys.push(await b());
      xs.push(await a());
    }
  }
  return [median(xs), median(ys)];
}
