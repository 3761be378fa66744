// worker_threads for the CLI, the example checker and the tests: the same worker code as the page.
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SpawnedWorker } from './spawn.ts';

export function spawnNodeWorker(): SpawnedWorker {
  const worker = new Worker(new URL('../worker/entry.ts', import.meta.url));
  let failed = false;
  const listeners: ((message: string) => void)[] = [];
  const fail = (message: string) => {
    if (failed) return;
    failed = true;
    for (const listener of listeners) listener(message);
  };
  worker.on('error', (e: Error) => fail(e.message));
  worker.on('exit', (code: number) => fail(`the worker exited (code ${code})`));
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => {
      failed = true; // an exit we asked for is not a crash
      void worker.terminate();
    },
    onError: (listener) => listeners.push(listener),
  };
}
