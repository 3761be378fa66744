// Run a Python file under Node in the product's runtime, as `python3 file.py args` would.
// Used by the CLI (scripts/py.ts), the example checker, the differential tests and the benchmarks.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { RunEvent, RunRequest, RunResult } from '../protocol.ts';
import { WorkerPool, type RunHandle } from '../pool/pool.ts';
import { spawnNodeWorker } from '../pool/spawn-node.ts';

export function createNodePool(maxWorkers = availableParallelism()): WorkerPool {
  return new WorkerPool({ spawn: spawnNodeWorker, maxWorkers });
}

/** A request for a file: its folder first on sys.path and mounted, like the cwd. */
export async function fileRequest(path: string, args: string[] = [], cwd = process.cwd()): Promise<RunRequest> {
  const file = resolve(cwd, path);
  const dir = dirname(file);
  return {
    code: await readFile(file, 'utf8'),
    filename: file,
    args,
    cwd,
    pathDir: dir,
    mounts: [...new Set([dir, cwd])],
  };
}

export interface FileRun extends RunHandle {}

export function runRequest(pool: WorkerPool, req: RunRequest, onEvent: (e: RunEvent) => void): RunHandle {
  return pool.run(req, (events) => events.forEach(onEvent));
}

export type { RunResult };
