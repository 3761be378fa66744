// The pool of Python workers: hands each run an idle worker (starting one if under the cap),
// streams its events, and stops, replaces or recycles workers so a run never leaks into the next.
import type { BootOptions, BootProgress, RunEvent, RunRequest, RunResult } from '../protocol.ts';
import { withProcesses } from '../processes/process-timeline.ts';
import { createProcessGroup, defaultProcessLimits, usesProcesses, type ProcessLimits, type WorkerLender } from '../processes/launcher.ts';
import type { SpawnWorker } from './spawn.ts';
import { WorkerHandle } from './worker-handle.ts';

/** How long Stop waits for KeyboardInterrupt before terminating the worker. */
export const STOP_GRACE_MS = 300;

export interface PoolOptions {
  spawn: SpawnWorker;
  /** Most workers alive at once. */
  maxWorkers: number;
  boot?: BootOptions;
  /** Progress of the first worker's boot (Pyodide download). */
  onBootProgress?: (p: BootProgress) => void;
  /** multiprocessing: the CPUs to report and how many child processes a run may have. */
  processes?: ProcessLimits;
}

/** The end of a run waits for every message its main program sent on the worker's link (the
 *  result says how many), which are not ordered with the result. This is only a safety net
 *  against a worker that never sends them (a cut-off could cut a slow machine's last output short). */
const LAST_OUTPUT_MS = 30_000;
/** How long the end of a run waits for its children's own timelines (they come with their results). */
const CHILD_TIMELINE_MS = 500;

export interface RunHandle {
  /** Resolves when the run ends, however it ends; never rejects. */
  readonly result: Promise<RunResult>;
  /** Ask the run to stop: KeyboardInterrupt first, then the worker is terminated. */
  stop(): void;
}

export class WorkerPool {
  private readonly workers: WorkerHandle[] = [];
  private readonly queue: ((w: WorkerHandle) => void)[] = [];
  private readonly opts: PoolOptions;
  private progressShown = false;

  constructor(opts: PoolOptions) {
    this.opts = opts;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Boot one worker ahead of the first run (on idle). */
  async warm(): Promise<void> {
    const idle = this.workers.find((w) => !w.busy) ?? this.startWorker();
    await idle?.booted;
  }

  run(req: RunRequest, onEvents: (events: RunEvent[]) => void): RunHandle {
    let stopRequested = false;
    let group: ReturnType<typeof createProcessGroup> | null = null;
    let current: WorkerHandle | null = null;
    let forceStop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => { forceStop = resolve; });
    const result = (async (): Promise<RunResult> => {
      const t0 = performance.now();
      let worker: WorkerHandle;
      try {
        worker = await this.acquire();
      } catch (e) { // no worker could even start (no Worker, a blocked script): the run still ends
        return crashResult(e, performance.now() - t0);
      }
      current = worker;
      try {
        if (stopRequested) return stoppedResult(performance.now() - t0);
        if (usesProcesses(req.code)) this.prewarm(this.processLimits.cpus); // boot alongside
        await worker.booted;
        // The run's processes: its output and its children's go through the group, in order.
        group = createProcessGroup(this.lender, this.processLimits, req, onEvents);
        const { identity } = group.attachRoot(worker.link);
        // Events come back through the worker's link, to the group (no Comlink proxy: it would
        // keep a port open).
        const running = worker.api.run({ ...req, process: identity }, undefined);
        const outcome = await Promise.race([worker.whileAlive(running), stopped.then(() => null)]);
        if (outcome === null) {
          this.discard(worker);
          return stoppedResult(performance.now() - t0);
        }
        // The run's messages on the link, its last output and its exit are all handled before the
        // result is given (they are not ordered with the result, which comes on another port).
        const { end } = outcome;
        delete outcome.end;
        const ended = end && group.endRoot(outcome.exitCode, end);
        if (ended) await Promise.race([worker.whileAlive(ended).catch(() => {}), stopped, sleep(LAST_OUTPUT_MS)]);
        // Without them, one arriving late could reach the next run's group: not reused.
        if (outcome.recycle || !group.rootHasExited) this.discard(worker);
        if (outcome.timeline && group.hasChildren) outcome.timeline = withProcesses(outcome.timeline, await group.processTimeline(CHILD_TIMELINE_MS));
        return outcome;
      } catch (e) {
        this.discard(worker);
        return crashResult(e, performance.now() - t0);
      } finally {
        group?.close(); // ends every child the run started
        this.release(worker);
      }
    })();
    return {
      result,
      stop: () => {
        if (stopRequested) return;
        stopRequested = true;
        const worker = current;
        if (worker?.interrupt) {
          Atomics.store(worker.interrupt, 0, 2); // SIGINT: KeyboardInterrupt in the main thread
          setTimeout(forceStop, STOP_GRACE_MS);
        } else {
          forceStop();
        }
      },
    };
  }

  /** Runs `code` on an idle worker's bare Pyodide (see WorkerApi.runBare): a benchmark baseline. */
  async runBare(code: string): Promise<string> {
    const worker = await this.acquire();
    try {
      await worker.booted;
      return await worker.api.runBare(code);
    } finally {
      this.release(worker);
    }
  }

  /** Workers lent to child processes: idle ones first, new ones up to the cap for processes. */
  private readonly lender: WorkerLender = {
    borrow: () => {
      const worker = this.workers.find((w) => !w.busy && !w.dead)
        ?? this.startWorker(this.opts.maxWorkers + this.processLimits.maxChildren);
      if (worker) worker.busy = true;
      return worker;
    },
    giveBack: (worker) => this.release(worker),
    discard: (worker) => this.discard(worker),
  };

  private get processLimits(): ProcessLimits {
    return this.opts.processes ?? defaultProcessLimits(this.opts.maxWorkers);
  }

  /** Boot idle workers ahead of the processes a program is about to start. */
  private prewarm(n: number): void {
    const idle = this.workers.filter((w) => !w.busy && !w.dead).length;
    for (let i = idle; i < n; i++) if (!this.startWorker(this.opts.maxWorkers + this.processLimits.maxChildren)) break;
  }

  dispose(): void {
    for (const w of this.workers.splice(0)) w.terminate();
  }

  private acquire(): Promise<WorkerHandle> {
    const idle = this.workers.find((w) => !w.busy && !w.dead);
    const worker = idle ?? this.startWorker();
    if (worker) {
      worker.busy = true;
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(worker: WorkerHandle): void {
    worker.busy = false;
    const next = this.queue.shift();
    if (!next) {
      this.trim(worker);
      return;
    }
    const w = worker.dead ? this.startWorker() : worker;
    if (w) {
      w.busy = true;
      next(w);
    } else {
      this.queue.unshift(next);
    }
  }

  private startWorker(cap = this.opts.maxWorkers): WorkerHandle | null {
    if (this.workers.length >= cap) return null;
    const first = !this.progressShown;
    this.progressShown = true;
    const worker = new WorkerHandle(this.opts.spawn, this.opts.boot ?? {}, first ? this.opts.onBootProgress : undefined);
    this.workers.push(worker);
    return worker;
  }

  /** Idle workers past what a run and its processes can use at once are ended as they come back
   *  (children given back after the next run's prewarm booted their stand-ins, say), so the pool
   *  settles at maxWorkers + cpus instead of creeping up to the hard cap and its memory. */
  private trim(worker: WorkerHandle): void {
    const keep = this.opts.maxWorkers + this.processLimits.cpus;
    const idle = this.workers.filter((w) => !w.busy && !w.dead).length;
    if (idle > keep && !worker.dead) this.discard(worker);
  }

  private discard(worker: WorkerHandle): void {
    worker.terminate();
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
    // The last worker gone (a deadlock, a Stop): boot its replacement now, so the reader's next
    // Run does not wait for Pyodide. Workers lent to child processes are not replaced.
    if (this.workers.length === 0) this.startWorker();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

function stoppedResult(wallMs: number): RunResult {
  return { status: 'stopped', exitCode: 130, wallMs, asserts: [] };
}

/** A run whose worker died under it (a wasm trap, Pyodide's fatal error, an exit, out of memory):
 *  say so plainly, and that the pool has already replaced the worker. */
export function crashResult(e: unknown, wallMs: number): RunResult {
  const cause = e instanceof Error ? e.message : String(e);
  const oom = /out of memory|Cannot enlarge memory|Maximum memory size|Aborted\(OOM\)|Array buffer allocation failed/i.test(cause);
  const head = oom ? 'The worker ran out of memory'
    : /^The Python worker stopped unexpectedly/.test(cause) ? '' : 'The Python worker crashed';
  const message = `${head ? `${head}: ${cause}` : cause}. A new worker takes its place; run again.`;
  return {
    status: 'error', exitCode: 1, wallMs, asserts: [],
    error: { type: 'WorkerCrashed', message, traceback: message },
  };
}
