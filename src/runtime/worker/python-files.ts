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
  'pyrt/grading.py': new URL('../python/pyrt/grading.py', import.meta.url),
  'pyrt/blocking.py': new URL('../python/pyrt/blocking.py', import.meta.url),
  'pyrt/module_cache.py': new URL('../python/pyrt/module_cache.py', import.meta.url),
  'pyrt/fresh_state.py': new URL('../python/pyrt/fresh_state.py', import.meta.url),
  'pyrt/_vendor/__init__.py': new URL('../python/pyrt/_vendor/__init__.py', import.meta.url),
  'pyrt/_vendor/cloudpickle.py': new URL('../python/pyrt/_vendor/cloudpickle.py', import.meta.url),
  'pyrt/processes/__init__.py': new URL('../python/pyrt/processes/__init__.py', import.meta.url),
  'pyrt/processes/host.py': new URL('../python/pyrt/processes/host.py', import.meta.url),
  'pyrt/processes/reduction.py': new URL('../python/pyrt/processes/reduction.py', import.meta.url),
  'pyrt/processes/connection.py': new URL('../python/pyrt/processes/connection.py', import.meta.url),
  'pyrt/processes/queues.py': new URL('../python/pyrt/processes/queues.py', import.meta.url),
  'pyrt/processes/popen.py': new URL('../python/pyrt/processes/popen.py', import.meta.url),
  'pyrt/processes/child.py': new URL('../python/pyrt/processes/child.py', import.meta.url),
  'pyrt/processes/semlock.py': new URL('../python/pyrt/processes/semlock.py', import.meta.url),
  'pyrt/processes/signals.py': new URL('../python/pyrt/processes/signals.py', import.meta.url),
  'pyrt/processes/sharedctypes.py': new URL('../python/pyrt/processes/sharedctypes.py', import.meta.url),
  'pyrt/processes/shm.py': new URL('../python/pyrt/processes/shm.py', import.meta.url),
  'pyrt/processes/shared_memory.py': new URL('../python/pyrt/processes/shared_memory.py', import.meta.url),
  'pyrt/processes/python_subprocess.py': new URL('../python/pyrt/processes/python_subprocess.py', import.meta.url),
  'pyrt/processes/python_child.py': new URL('../python/pyrt/processes/python_child.py', import.meta.url),
  'pyrt/processes/raw.py': new URL('../python/pyrt/processes/raw.py', import.meta.url),
  'pyrt/processes/task_labels.py': new URL('../python/pyrt/processes/task_labels.py', import.meta.url),
  'pyrt/threads/__init__.py': new URL('../python/pyrt/threads/__init__.py', import.meta.url),
  'pyrt/threads/scheduler.py': new URL('../python/pyrt/threads/scheduler.py', import.meta.url),
  'pyrt/threads/switching.py': new URL('../python/pyrt/threads/switching.py', import.meta.url),
  'pyrt/threads/locks.py': new URL('../python/pyrt/threads/locks.py', import.meta.url),
  'pyrt/threads/thread_api.py': new URL('../python/pyrt/threads/thread_api.py', import.meta.url),
  'pyrt/threads/preempt.py': new URL('../python/pyrt/threads/preempt.py', import.meta.url),
  'pyrt/threads/deadlock.py': new URL('../python/pyrt/threads/deadlock.py', import.meta.url),
  'pyrt/threads/event_loop.py': new URL('../python/pyrt/threads/event_loop.py', import.meta.url),
  'pyrt/threads/loopback.py': new URL('../python/pyrt/threads/loopback.py', import.meta.url),
  'pyrt/threads/cpu_time.py': new URL('../python/pyrt/threads/cpu_time.py', import.meta.url),
  'pyrt/threads/unwind.py': new URL('../python/pyrt/threads/unwind.py', import.meta.url),
  'pyrt/threads/subprocess_transport.py': new URL('../python/pyrt/threads/subprocess_transport.py', import.meta.url),
  'pyrt/threads/gc_guard.py': new URL('../python/pyrt/threads/gc_guard.py', import.meta.url),
  'pyrt/threads/timeline.py': new URL('../python/pyrt/threads/timeline.py', import.meta.url),
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
