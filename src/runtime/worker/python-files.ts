// The Python half of the runtime (src/runtime/python), written into each interpreter's file
// system at boot. Each file is named by a literal `new URL(..., import.meta.url)` so that Vite
// emits it as an asset for the browser build, while Node reads the same URL from disk.
// Add a file here when you add one under src/runtime/python.
import { IN_NODE } from './environment.ts';

/** Directory in the interpreter's file system that holds the runtime's Python packages. */
export const PYTHON_ROOT = '/pyrt';

const FILES: Record<string, URL> = {
  'pyrt/__init__.py': new URL('../python/pyrt/__init__.py', import.meta.url),
  'pyrt/runner.py': new URL('../python/pyrt/runner.py', import.meta.url),
  'pyrt/asserts.py': new URL('../python/pyrt/asserts.py', import.meta.url),
  'pyrt/blocking.py': new URL('../python/pyrt/blocking.py', import.meta.url),
};

export async function loadPythonFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([path, url]) => [path, await readText(url)] as const),
  );
  return Object.fromEntries(entries);
}

async function readText(url: URL): Promise<string> {
  if (IN_NODE) {
    const fsModule = 'node:fs/promises'; // a variable, so the browser bundle leaves it alone
    const { readFile } = await import(/* @vite-ignore */ fsModule);
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response.text();
}
