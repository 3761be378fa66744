// An exercise as the page and the example checker know it: the author's tests (from the MDX
// fences marked `test for="id"`) and how a check runs them. Types and the run plan only.

/** One test block of an exercise. */
export interface ExerciseTest {
  /** The block's title, naming its tests when its own code fails. */
  title?: string;
  /** Hidden tests run like the others but their code is not shown to the reader. */
  hidden: boolean;
  /** Run under forced thread switches this many times, each with its own seed (races). */
  schedules?: number;
  code: string;
}

export interface ExerciseSpec {
  /** Unique on its page; the key of the reader's progress. */
  id: string;
  tests: ExerciseTest[];
  /** Seconds each run of a check may take. */
  timeoutS?: number;
}

/** One run of a check: the reader's code, then some of the tests, plainly or as a race. */
export interface PlannedRun {
  /** Indices into spec.tests of the blocks this run executes. */
  blocks: number[];
  /** Seed of the forced thread switches, or null for a plain run. */
  seed: number | null;
  /** Which schedule this is (1-based) and how many there are, for race runs. */
  schedule?: { n: number; of: number };
}

export const DEFAULT_CHECK_TIMEOUT_S = 30;

/** A plain run with every ordinary test block, then one run per schedule for race blocks. */
export function planRuns(spec: ExerciseSpec): PlannedRun[] {
  const plain = spec.tests.flatMap((t, i) => (t.schedules ? [] : [i]));
  const races = spec.tests.flatMap((t, i) => (t.schedules ? [i] : []));
  const runs: PlannedRun[] = [];
  if (plain.length || !races.length) runs.push({ blocks: plain, seed: null });
  const of = Math.max(0, ...races.map((i) => spec.tests[i]!.schedules!));
  for (let n = 1; n <= of; n++) {
    const blocks = races.filter((i) => spec.tests[i]!.schedules! >= n);
    runs.push({ blocks, seed: n, schedule: { n, of } });
  }
  return runs;
}
