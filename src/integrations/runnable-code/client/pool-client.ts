// One WorkerPool per page, shared by every block, plus the page-wide Pyodide download indicator.
import type { BootProgress } from '../../../runtime/protocol.ts';
import { WorkerPool } from '../../../runtime/pool/pool.ts';
import { spawnBrowserWorker } from '../../../runtime/pool/spawn-browser.ts';
import { showBootProgress } from './boot-progress.ts';
import { keepForOffline } from './offline.ts';

let pool: WorkerPool | null = null;

export function getPool(): WorkerPool {
  pool ??= new WorkerPool({
    spawn: spawnBrowserWorker,
    // Each worker is a whole interpreter (~40 MB); a few let blocks run side by side.
    maxWorkers: Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4)),
    boot: { indexURL: pyodideURL() },
    onBootProgress: (p: BootProgress) => showBootProgress(p),
  });
  return pool;
}

function pyodideURL(): string {
  return new URL(`${import.meta.env.BASE_URL}pyodide/`, location.href).href;
}

/** Boots one worker while the reader reads, so the first Run starts at once; not when the reader
 *  asked to save data (Pyodide is ~10 MB): then the first Run downloads it. Once a worker is
 *  ready, <html data-python="ready"> says so (for tests and benchmarks). */
export function warmWhenIdle(): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  const warm = () => void getPool().warm()
    .then(() => {
      document.documentElement.dataset.python = 'ready';
      // Not under `astro dev`: its modules change on every edit.
      if (import.meta.env.PROD) return keepForOffline(pyodideURL());
    })
    .catch(() => {}); // a failed boot shows on Run
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 1000);
}
