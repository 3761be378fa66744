// Module Web Workers for the page. The literal `new Worker(new URL(...))` lets Vite bundle the worker.
import type { SpawnedWorker } from './spawn.ts';

export function spawnBrowserWorker(): SpawnedWorker {
  const worker = new Worker(new URL('../worker/entry.ts', import.meta.url), { type: 'module', name: 'python' });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onError(listener) {
      worker.addEventListener('error', (e) => listener(e.message || 'the worker crashed'));
      // A worker that closes itself (Python's `js.close()`) fires no event: entry.ts says so first.
      worker.addEventListener('message', (e: MessageEvent) => {
        if ((e.data as { workerClosed?: boolean } | null)?.workerClosed) listener('the worker closed itself');
      });
    },
  };
}
