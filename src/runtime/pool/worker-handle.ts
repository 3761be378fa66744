// One pooled worker: its Comlink remote, its shared interrupt slot, and how it ends.
import type { BootInfo, BootOptions, BootProgress, WorkerApi } from '../protocol.ts';
import { proxy, wrap, releaseProxy, type Remote } from '../comlink.ts';
import type { SpawnWorker } from './spawn.ts';

export class WorkerHandle {
  readonly api: Remote<WorkerApi>;
  /** Slot 0 takes a signal number (2 = SIGINT); absent without SharedArrayBuffer. */
  readonly interrupt?: Int32Array;
  readonly booted: Promise<BootInfo>;
  /** Rejects when the worker dies on its own; never resolves otherwise. */
  readonly died: Promise<never>;
  busy = false;
  dead = false;
  private readonly terminateWorker: () => void;

  constructor(spawn: SpawnWorker, opts: BootOptions, onProgress?: (p: BootProgress) => void) {
    const spawned = spawn();
    this.terminateWorker = spawned.terminate;
    this.api = wrap<WorkerApi>(spawned.endpoint);
    this.interrupt = typeof SharedArrayBuffer === 'function' && sharedMemoryUsable()
      ? new Int32Array(new SharedArrayBuffer(4))
      : undefined;
    this.died = new Promise<never>((_, reject) => {
      spawned.onError((message) => {
        this.dead = true;
        reject(new WorkerCrashed(message));
      });
    });
    this.died.catch(() => {}); // observed by whoever runs on this worker
    const boot = this.api.boot({ ...opts, interrupt: this.interrupt }, onProgress && proxy(onProgress));
    this.booted = Promise.race([boot, this.died]);
    // A worker that dies while booting fails the run that awaits it; if none does (a warm
    // spare), the failure must not become an unhandled rejection that ends the process.
    this.booted.catch(() => {});
  }

  terminate(): void {
    if (this.dead) return;
    this.dead = true;
    this.api[releaseProxy]();
    this.terminateWorker();
  }
}

export class WorkerCrashed extends Error {
  constructor(message: string) {
    super(`The Python worker stopped unexpectedly: ${message}`);
    this.name = 'WorkerCrashed';
  }
}

function sharedMemoryUsable(): boolean {
  // On a page, SharedArrayBuffer can only be posted to a worker under cross-origin isolation.
  const g = globalThis as { crossOriginIsolated?: boolean };
  return g.crossOriginIsolated !== false;
}
