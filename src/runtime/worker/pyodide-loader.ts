// Loads Pyodide: from the site's own origin in a browser (never a CDN), from node_modules on Node.
import type { PyodideAPI } from 'pyodide';
import type { BootProgress } from '../protocol.ts';
import { IN_NODE } from './environment.ts';

type LoadPyodide = (opts?: Record<string, unknown>) => Promise<PyodideAPI>;

export async function loadInterpreter(
  indexURL: string | undefined,
  onProgress?: (p: BootProgress) => void,
): Promise<PyodideAPI> {
  // Variables, not literals: the browser bundle must not try to include Pyodide.
  const spec = IN_NODE ? 'pyodide' : `${indexURL}pyodide.mjs`;
  if (!IN_NODE) await prefetchWasm(`${indexURL}pyodide.asm.wasm`, onProgress);
  onProgress?.({ phase: 'start', loaded: 1, total: 1 });
  const { loadPyodide } = (await import(/* @vite-ignore */ spec)) as { loadPyodide: LoadPyodide };
  // packageBaseUrl: packages, if ever loaded, come from the site too (Pyodide's default is a CDN).
  return loadPyodide(IN_NODE ? {} : { indexURL, packageBaseUrl: indexURL, packages: [] });
}

/** Downloads the big wasm once with progress; Pyodide's own fetch then hits the HTTP cache. */
async function prefetchWasm(url: string, onProgress?: (p: BootProgress) => void): Promise<void> {
  if (!onProgress) return;
  try {
    const response = await fetch(url);
    const total = Number(response.headers.get('content-length')) || 0;
    if (!response.body) return;
    const reader = response.body.getReader();
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.length;
      onProgress({ phase: 'download', loaded, total });
    }
  } catch {
    // Progress is a nicety; Pyodide reports the real error if the file is unreachable.
  }
}
