// The program under test: the same file in the product's runtime, on a pooled Node worker.
import { dirname } from 'node:path';
import type { AssertRecord, RunStatus } from '../../src/runtime/protocol.ts';
import type { WorkerPool } from '../../src/runtime/pool/pool.ts';
import { fileRequest } from '../../src/runtime/node/run-file.ts';
import type { ProcessOutput } from './run-cpython.ts';

export interface RuntimeOutput extends ProcessOutput {
  status: RunStatus;
  /** Each assert site's outcome, as the page reports them (the example checker compares them). */
  asserts?: AssertRecord[];
}

/** Runs the file as `npm run py` would from the file's folder; stops it at the timeout. */
export async function runInRuntime(pool: WorkerPool, file: string, timeoutMs: number): Promise<RuntimeOutput> {
  const t0 = performance.now();
  let stdout = '';
  let stderr = '';
  const handle = pool.run(await fileRequest(file, [], dirname(file)), (events) => {
    for (const e of events) {
      if (e.kind !== 'output') continue;
      if (e.stream === 'stdout') stdout += e.text;
      else stderr += e.text;
    }
  });
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; handle.stop(); }, timeoutMs);
  const result = await handle.result;
  clearTimeout(timer);
  if (result.error?.type === 'WorkerCrashed') stderr += `${result.error.message}\n`;
  return { stdout, stderr, exitCode: result.exitCode, status: result.status, asserts: result.asserts, timedOut, ms: performance.now() - t0 };
}
