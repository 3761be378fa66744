// One pooled worker: its Comlink remote, its shared interrupt slot, and how it ends.
import type { BootInfo, BootOptions, BootProgress, WorkerApi } from '../protocol.ts';
import { proxy, releaseProxy, transfer, wrap, type Remote } from '../comlink.ts';
import { WorkerLink } from '../processes/worker-link.ts';
import type { SpawnWorker } from './spawn.ts';

export class WorkerHandle {
  readonly api: Remote<WorkerApi>;
  /** Slot 0 takes a signal number (2 = SIGINT); absent without SharedArrayBuffer. */
  readonly interrupt?: Int32Array;
  /** The page's end of the worker's link (BootOptions.link): the port a run's process group
   *  talks to its main process on. */
  readonly link: WorkerLink;
  readonly booted: Promise<BootInfo>;
  /** Who waits on this worker (whileAlive): failed when it dies on its own. A set, not a promise
   *  that never settles: every Promise.race with one would leave a reaction on it (and what
   *  that race settled with) for the worker's life. */
  private readonly onDeath = new Set<(e: unknown) => void>();
  private deathError: unknown;
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
    spawned.onError((message) => {
      this.dead = true;
      this.deathError = new WorkerCrashed(message);
      for (const fail of this.onDeath) fail(this.deathError);
      this.onDeath.clear();
    });
    const { port1, port2 } = new MessageChannel();
    this.link = new WorkerLink(port1);
    const boot = this.api.boot(transfer({ ...opts, interrupt: this.interrupt, link: port2 }, [port2]), onProgress && proxy(onProgress));
    this.booted = this.whileAlive(boot);
    // A worker that dies while booting fails the run that awaits it; if none does (a warm
    // spare), the failure must not become an unhandled rejection that ends the process.
    this.booted.catch(() => {});
  }

  /** Settles as `promise` does, or rejects with WorkerCrashed if the worker dies first. */
  whileAlive<T>(promise: Promise<T>): Promise<T> {
    if (this.deathError) return Promise.reject(this.deathError);
    return new Promise<T>((resolve, reject) => {
      this.onDeath.add(reject);
      promise.then(resolve, reject).finally(() => this.onDeath.delete(reject));
    });
  }

  terminate(): void {
    if (this.dead) return;
    this.dead = true;
    this.api[releaseProxy]();
    this.link.close();
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
