// 200 short multiprocessing programs on one pool (real Pyodide workers): afterwards the pool has
// as many workers, Node holds as many MessagePorts and timers, and memory is where it settled
// after the first few runs. Also: a run that leaves children behind (Stop, end of the program)
// ends them, and their workers go back to the pool.
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../../../src/runtime/node/run-file.ts';
import type { RunResult } from '../../../src/runtime/protocol.ts';

const pool = createNodePool(1);
const KEEP = 1 + availableParallelism(); // maxWorkers + cpus: what the pool keeps idle
afterAll(() => pool.dispose());

const PROGRAMS = [
  'import multiprocessing as mp\ndef f(q): q.put(1)\nq = mp.Queue()\np = mp.Process(target=f, args=(q,))\np.start()\nassert q.get() == 1\np.join()\n',
  'from multiprocessing import Pool\nwith Pool(2) as p:\n    assert p.map(abs, [-1, -2]) == [1, 2]\n',
  'import multiprocessing as mp, time\np = mp.Process(target=time.sleep, args=(30,), daemon=True)\np.start()\n',
  'import multiprocessing as mp\nr, w = mp.Pipe()\np = mp.Process(target=w.send, args=("x",))\np.start()\nassert r.recv() == "x"\np.join()\n',
];

async function run(code: string): Promise<RunResult> {
  let err = '';
  const h = pool.run({ code, filename: '<leak>' }, (events) => {
    for (const e of events) if (e.kind === 'output' && e.stream === 'stderr') err += e.text;
  });
  const r = await h.result;
  if (r.status !== 'passed') throw new Error(`run ended ${r.status}: ${err}`);
  return r;
}

function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
}

describe('processes do not leak', () => {
  it('200 short process programs leave workers, ports and memory where they were', async () => {
    for (const code of PROGRAMS) await run(code); // warm: every worker these programs need
    await new Promise((r) => setTimeout(r, 500));
    const workers = pool.size;
    const before = resources();
    const rss0 = process.memoryUsage().rss;
    for (let i = 0; i < 200; i++) await run(PROGRAMS[i % PROGRAMS.length]!);
    await new Promise((r) => setTimeout(r, 500));
    // A run's prewarm may boot stand-ins for children still being given back (CI saw 3 -> 5);
    // the pool ends idle workers past maxWorkers + cpus as they come back, so it settles there.
    expect(pool.size).toBeLessThanOrEqual(Math.max(workers, KEEP));
    const after = resources();
    console.log(`[leak] workers ${workers} -> ${pool.size}; resources ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    // (Each worker the pool holds keeps its own port.)
    expect(after.MessagePort ?? 0).toBeLessThanOrEqual((before.MessagePort ?? 0) + pool.size - workers);
    expect(after.Timeout ?? 0).toBeLessThanOrEqual((before.Timeout ?? 0) + 2);
    const grownMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
    expect(grownMb).toBeLessThan(300);
  }, 900_000);
});
