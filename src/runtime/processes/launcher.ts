// How a process group gets workers for its children from the pool, and how a run gets its group.
// Kept apart from pool.ts so that the pool only has to hand out, take back and discard workers.
import type { RunEvent, RunRequest, Timeline } from '../protocol.ts';
import { transfer } from '../comlink.ts';
import type { WorkerHandle } from '../pool/worker-handle.ts';
import { ProcessGroup, type ChildLauncher, type LaunchedChild } from './group.ts';

/** What the pool lends the processes of a run. */
export interface WorkerLender {
  /** An idle worker, or a new one; null past the pool's hard cap. Marked busy. */
  borrow(): WorkerHandle | null;
  giveBack(worker: WorkerHandle): void;
  discard(worker: WorkerHandle): void;
}

export interface ProcessLimits {
  /** multiprocessing.cpu_count(): the workers that can compute at the same time. */
  cpus: number;
  /** Most children alive at once in one run. */
  maxChildren: number;
}

const DEBUG = typeof process === 'object' && !!process.env?.PYRT_DEBUG;
/** cpu_count() = the cores; past 8 (or 2 per core) children, start() raises a clear OSError. */
export function defaultProcessLimits(cpus: number): ProcessLimits {
  return { cpus, maxChildren: Math.max(8, 2 * cpus) };
}

let lastPid = 1000 + Math.floor(Math.random() * 9000);
const allocPid = () => ++lastPid;

export function createProcessGroup(lender: WorkerLender, limits: ProcessLimits, request: RunRequest,
  onEvents: (events: RunEvent[]) => void): ProcessGroup {
  const launcher: ChildLauncher = { launch: (req, port) => launchChild(lender, req, port) };
  return new ProcessGroup({ launcher, request, onEvents, cpus: limits.cpus, maxChildren: limits.maxChildren, allocPid });
}

/** Does this program look like it starts processes? (Then boot workers for them early.) */
export function usesProcesses(code: string): boolean {
  return /\bmultiprocessing\b|ProcessPoolExecutor|\bsubprocess\b/.test(code);
}

function launchChild(lender: WorkerLender, req: RunRequest, port: MessagePort): LaunchedChild {
  const worker = lender.borrow();
  let killed: (v: null) => void = () => {};
  const killedP = new Promise<null>((resolve) => { killed = resolve; });
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => { markStarted = resolve; });
  if (!worker) {
    port.close();
    return { done: Promise.resolve(null), started, signal: () => false, kill: () => {}, running: false };
  }
  let gone = false;
  let running = false;
  let timeline: Timeline | undefined;
  let failure: string | undefined;
  const done = (async (): Promise<number | null> => {
    try {
      const booted = await Promise.race([worker.booted, killedP]);
      if (booted === null) return null;
      markStarted();
      running = true;
      const t0 = performance.now();
      const run = worker.api.run(req, undefined, transfer(port, [port]));
      const result = await Promise.race([worker.whileAlive(run), killedP]);
      if (result === null) return null;
      timeline = result.timeline;
      if (DEBUG) console.error(`[launcher] child run: ${(performance.now() - t0).toFixed(1)} ms round trip, ${result.wallMs.toFixed(1)} ms in the worker`);
      if (result.recycle) lender.discard(worker);
      if (DEBUG) console.error(`[launcher] child run ended: exit ${result.exitCode} recycle=${!!result.recycle}`);
      return result.exitCode;
    } catch (e) {
      // The worker's run threw (a runtime error, or the worker died mid-call): not reusable.
      failure = e instanceof Error ? e.message : String(e);
      lender.discard(worker);
      return null;
    } finally {
      gone = true;
      lender.giveBack(worker);
    }
  })();
  return {
    done,
    started,
    signal(sig) {
      if (gone || !worker.interrupt) return false;
      Atomics.store(worker.interrupt, 0, sig);
      return true;
    },
    kill() {
      if (gone) return;
      if (running) lender.discard(worker); // else it boots on and serves the next run
      killed(null);
    },
    get running() {
      return running && !gone;
    },
    get timeline() {
      return timeline;
    },
    get failure() {
      return failure;
    },
  };
}
