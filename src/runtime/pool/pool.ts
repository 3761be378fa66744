// The pool of Python workers: hands each run an idle worker (starting one if under the cap),
// streams its events, and stops, replaces or recycles workers so a run never leaks into the next.
import type { BootOptions, BootProgress, RunEvent, RunRequest, RunResult } from '../protocol.ts';
import { proxy } from '../comlink.ts';
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
}

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
    let current: WorkerHandle | null = null;
    let forceStop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => { forceStop = resolve; });
    const result = (async (): Promise<RunResult> => {
      const t0 = performance.now();
      const worker = await this.acquire();
      current = worker;
      try {
        if (stopRequested) return stoppedResult(performance.now() - t0);
        await worker.booted;
        const running = worker.api.run(req, proxy(onEvents));
        const outcome = await Promise.race([running, worker.died, stopped.then(() => null)]);
        if (outcome === null) {
          this.discard(worker);
          return stoppedResult(performance.now() - t0);
        }
        if (outcome.recycle) this.discard(worker);
        return outcome;
      } catch (e) {
        this.discard(worker);
        return crashResult(e, performance.now() - t0);
      } finally {
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
    if (!next) return;
    const w = worker.dead ? this.startWorker() : worker;
    if (w) {
      w.busy = true;
      next(w);
    } else {
      this.queue.unshift(next);
    }
  }

  private startWorker(): WorkerHandle | null {
    if (this.workers.length >= this.opts.maxWorkers) return null;
    const first = !this.progressShown;
    this.progressShown = true;
    const worker = new WorkerHandle(this.opts.spawn, this.opts.boot ?? {}, first ? this.opts.onBootProgress : undefined);
    this.workers.push(worker);
    return worker;
  }

  private discard(worker: WorkerHandle): void {
    worker.terminate();
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
  }
}

function stoppedResult(wallMs: number): RunResult {
  return { status: 'stopped', exitCode: 130, wallMs, asserts: [] };
}

function crashResult(e: unknown, wallMs: number): RunResult {
  const message = e instanceof Error ? e.message : String(e);
  return {
    status: 'error', exitCode: 1, wallMs, asserts: [],
    error: { type: 'WorkerCrashed', message, traceback: message },
  };
}
