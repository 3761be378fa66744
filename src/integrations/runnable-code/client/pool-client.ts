// One WorkerPool per page, shared by every block, plus the page-wide Pyodide download indicator.
import type { BootProgress } from '../../../runtime/protocol.ts';
import { WorkerPool } from '../../../runtime/pool/pool.ts';
import { spawnBrowserWorker } from '../../../runtime/pool/spawn-browser.ts';
import { showBootProgress } from './boot-progress.ts';

let pool: WorkerPool | null = null;

export function getPool(): WorkerPool {
  pool ??= new WorkerPool({
    spawn: spawnBrowserWorker,
    // Each worker is a whole interpreter (~40 MB); a few let blocks run side by side.
    maxWorkers: Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4)),
    boot: { indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/`, location.href).href },
    onBootProgress: (p: BootProgress) => showBootProgress(p),
  });
  return pool;
}

/** Boots one worker while the reader reads, so the first Run starts at once. */
export function warmWhenIdle(): void {
  const warm = () => void getPool().warm().catch(() => {}); // a failed boot shows on Run
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
  else setTimeout(warm, 1000);
}
