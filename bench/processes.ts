// Issue 5's process benchmarks: processes on pool workers under Node against CPython's.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileRequest } from '../src/runtime/node/run-file.ts';
import { median, paired, PYTHON_DIR, REPEATS, runtimePool } from './lib/measure.ts';
import { result, type Bench } from './lib/types.ts';

const CORES = availableParallelism();

function cpythonArgs(file: string, args: string[] = []): number {
  const out = spawnSync('python3', [resolve(PYTHON_DIR, file), ...args], { encoding: 'utf8', timeout: 300_000 });
  if (out.status !== 0) throw new Error(`python3 ${file} failed:\n${out.stderr}`);
  return benchFigure(out.stdout, `python3 ${file}`);
}

async function runtimeArgs(file: string, args: string[] = []): Promise<number> {
  const pool = runtimePool();
  await pool.warm();
  let stdout = '';
  let stderr = '';
  const handle = pool.run(await fileRequest(resolve(PYTHON_DIR, file), args), (events) => {
    for (const e of events) if (e.kind === 'output') e.stream === 'stdout' ? (stdout += e.text) : (stderr += e.text);
  });
  const r = await handle.result;
  if (r.status !== 'passed') throw new Error(`runtime ${file} ended ${r.status}:\n${stderr}`);
  return benchFigure(stdout, `runtime ${file}`);
}

function benchFigure(stdout: string, where: string): number {
  const m = /^BENCH (\S+)$/m.exec(stdout);
  if (!m) throw new Error(`${where} printed no BENCH line:\n${stdout}`);
  return Number(m[1]);
}

async function repeat(f: () => Promise<number> | number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < REPEATS; i++) xs.push(await f());
  return median(xs);
}

export const processBenches: Bench[] = [
  {
    id: 'pool-speedup',
    label: `Pool.map CPU-bound speedup, ${CORES} workers vs 1 (runtime; python3 alongside)`,
    async run() {
      // Five pairs, not three: a run that boots spare workers while it computes (the pool's
      // first runs) is slow on a machine with as many cores as workers; the median leaves it out.
      const [one, all] = await paired(() => runtimeArgs('proc_pool_map.py', ['1']), () => runtimeArgs('proc_pool_map.py', [String(CORES)]), Math.max(REPEATS, 5));
      const [cOne, cAll] = await paired(() => cpythonArgs('proc_pool_map.py', ['1']), () => cpythonArgs('proc_pool_map.py', [String(CORES)]));
      const speedup = one / all;
      return result({
        id: this.id, label: `${this.label}: python3 ${(cOne / cAll).toFixed(2)}x`, unit: 'x',
        figure: speedup, baseline: CORES, baselineLabel: `ideal ${CORES}x`,
      }, { min: 0.9 });
    },
  },
  {
    id: 'process-start-join-spawn',
    label: 'Process start + join (pool warm) vs python3 spawn',
    async run() {
      const [ours, ref] = await paired(() => runtimeArgs('proc_start_join.py'), () => cpythonArgs('proc_start_join.py', ['spawn']));
      return result({ id: this.id, label: this.label, unit: 'ms', figure: ours * 1e3, baseline: ref * 1e3, baselineLabel: 'python3 spawn' }, { max: 1.0 });
    },
  },
  {
    id: 'process-start-join-fork',
    label: 'Process start + join (pool warm) vs python3 fork (for the record)',
    async run() {
      const ours = await repeat(() => runtimeArgs('proc_start_join.py'));
      const ref = await repeat(() => cpythonArgs('proc_start_join.py', ['fork']));
      return result({ id: this.id, label: this.label, unit: 'ms', figure: ours * 1e3, baseline: ref * 1e3, baselineLabel: 'python3 fork' }, {});
    },
  },
  {
    id: 'queue-throughput',
    label: 'multiprocessing.Queue, child to parent, per message',
    async run() {
      const [ours, ref] = await paired(() => runtimeArgs('proc_queue_throughput.py'), () => cpythonArgs('proc_queue_throughput.py'));
      return result({ id: this.id, label: this.label, unit: 'us', figure: ours * 1e6, baseline: ref * 1e6, baselineLabel: 'python3' }, { max: 3.0 });
    },
  },
];
