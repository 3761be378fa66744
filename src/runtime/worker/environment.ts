// Where this code runs: a browser (page or Web Worker) or Node (main or worker_threads).
export const IN_NODE: boolean =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';

/** True when WebAssembly JS Promise Integration (stack switching) is available. */
export function hasJspi(): boolean {
  return typeof (WebAssembly as unknown as { Suspending?: unknown }).Suspending === 'function';
}
