// How a pool gets a worker: the browser and Node each provide one (spawn-browser.ts,
// spawn-node.ts). Everything else in the pool is the same on both.
import type { Endpoint } from '../comlink.ts';

export interface SpawnedWorker {
  endpoint: Endpoint;
  terminate(): void;
  /** Called once if the worker dies on its own (crash, out of memory). */
  onError(listener: (message: string) => void): void;
}

export type SpawnWorker = () => SpawnedWorker;
