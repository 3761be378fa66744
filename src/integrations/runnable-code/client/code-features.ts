// What a block's code needs from the runtime, read from its imports (no DOM: used at build too).

const THREADED = /^\s*(?:import|from)\s+(?:threading|concurrent\.futures|concurrent|queue|multiprocessing)\b/m;

/** True when the code uses threads or processes, which need JSPI in the browser. */
export function needsThreads(code: string): boolean {
  return THREADED.test(code);
}

/** True when the browser can suspend WebAssembly stacks (JSPI), which green threads need. */
export function hasJspi(): boolean {
  return typeof (WebAssembly as unknown as { Suspending?: unknown }).Suspending === 'function';
}

export const JSPI_MESSAGE =
  'This example uses threads, which need WebAssembly JSPI (stack switching). ' +
  'Your browser does not have it: use a current Chrome or Edge (version 137 or later), ' +
  'or a Firefox or Safari version that ships JSPI. The other examples on this page still run.';

/** True when the page can start Web Workers, where every block runs. */
export function hasWorkers(): boolean {
  return typeof Worker === 'function';
}

export const NO_WORKERS_MESSAGE =
  'This browser cannot run the examples: it does not provide Web Workers, where Python runs. ' +
  'The code is still here to read and copy; a current Chrome, Edge, Firefox or Safari runs it.';

export const NOT_ISOLATED_STOP =
  'Stopped by ending its worker: this page is not cross-origin isolated (its host sends no ' +
  'COOP/COEP headers, and the service worker that adds them is not active yet), so Stop cannot ' +
  'raise KeyboardInterrupt and the program\'s finally blocks did not run. Reload to get isolation.';
