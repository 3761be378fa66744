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

/** After the page's load, how long its own work (layout of a long lesson, Starlight's scripts) gets
 *  the CPU and network before the warm-up (a 10 MB download and an interpreter boot) competes. */
const SETTLE_MS = 3000;
/** What says the reader is about to run something: the warm-up starts at once. */
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/** Boots one worker while the reader reads, so the first Run starts at once: once the page has
 *  settled, or as soon as the reader points at or focuses a runnable block. Not when the reader
 *  asked to save data (Pyodide is ~10 MB): then the first Run downloads it. Once a worker is
 *  ready, <html data-python="ready"> says so (for tests and benchmarks). */
export function warmWhenIdle(): void {
  if ((navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  let started = false;
  const onIntent = (e: Event) => {
    if (e.target instanceof Element && e.target.closest('python-block')) warm();
  };
  const warm = () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
    void getPool().warm()
      .then(() => {
        document.documentElement.dataset.python = 'ready';
        // Not under `astro dev`: its modules change on every edit.
        if (import.meta.env.PROD) return keepForOffline(pyodideURL());
      })
      .catch(() => {}); // a failed boot shows on Run
  };
  for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(warm, { timeout: 2000 }) : warm());
  const settle = () => setTimeout(whenIdle, SETTLE_MS);
  if (document.readyState === 'complete') settle();
  else addEventListener('load', settle, { once: true });
}
