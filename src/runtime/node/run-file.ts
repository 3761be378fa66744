// Run a Python file under Node in the product's runtime, as `python3 file.py args` would.
// Used by the CLI (scripts/py.ts), the example checker, the differential tests and the benchmarks.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve, sep } from 'node:path';
import type { RunRequest } from '../protocol.ts';
import { WorkerPool } from '../pool/pool.ts';
import { spawnNodeWorker } from '../pool/spawn-node.ts';
import { defaultProcessLimits } from '../processes/launcher.ts';

export function createNodePool(maxWorkers = availableParallelism()): WorkerPool {
  // multiprocessing sees the machine's cores, however many programs run side by side.
  return new WorkerPool({ spawn: spawnNodeWorker, maxWorkers, processes: defaultProcessLimits(availableParallelism()) });
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
    mounts: outermost([dir, cwd]),
  };
}

/** The folders to mount: one that lies inside another is reached through it. */
export function outermost(dirs: string[]): string[] {
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
  return [...new Set(dirs)].filter((d, i, all) => !all.some((o, j) => j !== i && inside(d, o) && !(inside(o, d) && j > i)));
}
