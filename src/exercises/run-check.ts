// Runs a check: the reader's code with the exercise's tests, in the same worker pool as the
// page's blocks (or the checker's Node pool), one planned run after another.
import type { WorkerPool } from '../runtime/pool/pool.ts';
import type { RunEvent, RunResult } from '../runtime/protocol.ts';
import { checkProgram } from './program.ts';
import { checkReport, type CheckReport, type FinishedRun } from './report.ts';
import { DEFAULT_CHECK_TIMEOUT_S, planRuns, type ExerciseSpec } from './spec.ts';

export interface CheckOptions {
  /** Output of the first run (the reader's own prints, as on Run). */
  onEvents?: (events: RunEvent[]) => void;
  /** Called with each run's result as it ends. */
  onRun?: (done: number, total: number) => void;
  /** Lets the caller stop the check (the Stop button). */
  signal?: AbortSignal;
}

export async function runCheck(pool: WorkerPool, spec: ExerciseSpec, readerCode: string, opts: CheckOptions = {}): Promise<CheckReport> {
  const plan = planRuns(spec);
  const timeoutS = spec.timeoutS ?? DEFAULT_CHECK_TIMEOUT_S;
  const runs: FinishedRun[] = [];
  for (const [i, run] of plan.entries()) {
    if (opts.signal?.aborted) break;
    const code = checkProgram(readerCode, run.blocks.map((b) => spec.tests[b]!), run.seed);
    // The time limit is the run's, not Pyodide's boot: have a booted worker first (the last run
    // may have recycled its own).
    await pool.warm();
    const handle = pool.run({ code, filename: `<check ${spec.id}>` }, i === 0 && opts.onEvents ? opts.onEvents : () => {});
    const timer = setTimeout(() => handle.stop(), timeoutS * 1000);
    const abort = () => handle.stop();
    opts.signal?.addEventListener('abort', abort);
    let result: RunResult;
    try {
      result = await handle.result;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', abort);
    }
    runs.push({ plan: run, result });
    opts.onRun?.(i + 1, plan.length);
    // A reader's code that fails plainly fails every schedule: no need to run the others.
    if (!result.grades?.reader.ok) break;
  }
  return checkReport({ ...spec, timeoutS }, runs);
}
