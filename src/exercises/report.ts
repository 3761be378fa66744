// Turns the runs of one check into what the reader sees: one line per test, passed or failed,
// with a message saying what was expected and what happened. A test run under several thread
// schedules passes only if it passed in every one; the first failure's message is kept.
import type { RunResult } from '../runtime/protocol.ts';
import type { ExerciseSpec, PlannedRun } from './spec.ts';

export interface CheckItem {
  name: string;
  passed: boolean;
  message?: string;
  /** From a hidden test block: its name and message are shown, never its code. */
  hidden: boolean;
  /** Run under forced thread switches (how many schedules). */
  schedules?: number;
}

export interface CheckReport {
  /** Every item passed (and there was at least one test). */
  passed: boolean;
  items: CheckItem[];
}

export interface FinishedRun { plan: PlannedRun; result: RunResult }

const READER = 'Your code runs to the end';
const ENDS = 'The program ends when the tests are done';

export function checkReport(spec: ExerciseSpec, runs: readonly FinishedRun[]): CheckReport {
  const items = new Map<string, CheckItem>();
  const note = (key: string, item: CheckItem) => {
    const had = items.get(key);
    if (!had) items.set(key, item);
    else if (had.passed && !item.passed) Object.assign(had, { passed: false, message: item.message });
  };
  const limit = spec.timeoutS;
  for (const { plan, result } of runs) {
    const where = plan.schedule ? ` [forced thread switches: schedule ${plan.schedule.n} of ${plan.schedule.of}]` : '';
    const schedules = plan.schedule?.of;
    const g = result.grades;
    // (A Stop that lands before the program starts ends as a KeyboardInterrupt error.)
    const stopped = result.status === 'stopped' || result.error?.type === 'KeyboardInterrupt'
      ? `stopped: did not finish within ${limit ?? '?'} s (a loop that never ends, or a wait nobody ends?)` : undefined;
    if (!g || !g.reader.ok) {
      const why = !g
        ? stopped ?? result.error?.message ?? `the run ended with status ${result.status}`
        : g.reader.kind === 'deadlock' ? `deadlock: your code never finished, every thread is blocked\n${g.reader.error ?? ''}`
          : g.reader.kind === 'stopped' ? stopped ?? g.reader.error ?? 'stopped'
            : g.reader.error ?? 'your code raised an error';
      note('reader', { name: READER, passed: false, message: why + where, hidden: false });
      for (const b of plan.blocks) {
        const t = spec.tests[b]!;
        note(`block${b}`, { name: `${t.title ?? 'Tests'}: not run`, passed: false, message: 'not run: your code did not finish', hidden: t.hidden, schedules });
      }
      continue;
    }
    note('reader', { name: READER, passed: true, hidden: false });
    for (const t of g.tests) {
      const block = spec.tests[plan.blocks[t.block]!]!;
      note(`test${plan.blocks[t.block]}:${t.name}`, {
        name: t.name, passed: t.passed, hidden: block.hidden, schedules,
        ...(t.passed ? {} : { message: (t.message ?? 'failed') + where }),
      });
    }
    if (result.status === 'deadlock') {
      note('end', { name: ENDS, passed: false, hidden: false,
        message: `the program never ends: threads are still blocked after your code and the tests ran\n${result.deadlock ?? ''}`.trimEnd() });
    } else if (stopped) {
      note('end', { name: ENDS, passed: false, hidden: false, message: stopped });
    }
  }
  const all = [...items.values()];
  const tested = all.some((i) => i.name !== READER && i.passed);
  return { passed: tested && all.every((i) => i.passed), items: all };
}
