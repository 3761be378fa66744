// The exercises of every lesson, checked the way a reader's Check runs them: the author's tests
// against the reference solution (every check must pass) and against the starter (some check
// must fail: a starter that passes would mark the exercise solved for doing nothing).
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { WorkerPool } from '../../src/runtime/pool/pool.ts';
import { exercisesIn, type SourceExercise } from '../../src/exercises/in-source.ts';
import { runCheck } from '../../src/exercises/run-check.ts';
import type { CheckReport } from '../../src/exercises/report.ts';
import { lessonFiles } from './lessons.ts';

export interface CheckedExercise {
  /** file:line of the starter block (or the file, for authoring mistakes). */
  where: string;
  id: string;
  problems: string[];
  solution?: CheckReport;
  starter?: CheckReport;
  ms: number;
}

export interface FoundExercise { file: string; exercise: SourceExercise }

/** Every exercise of the lessons, plus the authoring mistakes (a test for no exercise...). */
export async function lessonExercises(contentDir: string): Promise<{ found: FoundExercise[]; mistakes: CheckedExercise[] }> {
  const found: FoundExercise[] = [];
  const mistakes: CheckedExercise[] = [];
  for (const file of await lessonFiles(contentDir)) {
    const { exercises, errors } = exercisesIn(await readFile(file, 'utf8'));
    const rel = relative(process.cwd(), file);
    for (const e of errors) mistakes.push({ where: `${rel}:${/^line (\d+)/.exec(e)?.[1] ?? ''}`, id: '-', problems: [e], ms: 0 });
    for (const exercise of exercises) found.push({ file, exercise });
  }
  return { found, mistakes };
}

export async function checkExercise(pool: WorkerPool, { file, exercise }: FoundExercise): Promise<CheckedExercise> {
  const t0 = performance.now();
  const where = `${relative(process.cwd(), file)}:${exercise.starter.line}`;
  const out: CheckedExercise = { where, id: exercise.spec.id, problems: [], ms: 0 };
  if (!exercise.solution) {
    out.problems.push('no reference solution: the block needs solution="#anchor", and a python block after that anchor');
  } else {
    await pool.warm();
    out.solution = await runCheck(pool, exercise.spec, exercise.solution.code);
    if (!out.solution.passed) {
      out.problems.push(`the reference solution (line ${exercise.solution.line}) fails its tests:${failures(out.solution)}`);
    }
  }
  await pool.warm();
  out.starter = await runCheck(pool, exercise.spec, exercise.starter.code);
  if (out.starter.passed) out.problems.push('the starter passes every test: the tests do not check the exercise');
  out.ms = performance.now() - t0;
  return out;
}

function failures(report: CheckReport): string {
  const failed = report.items.filter((i) => !i.passed);
  if (!failed.length) return ' no test passed';
  return failed.map((i) => `\n    ✗ ${i.name}${i.message ? `: ${i.message.replace(/\n/g, '\n      ')}` : ''}`).join('');
}

const verdict = (r: CheckReport | undefined, want: boolean) => {
  if (!r) return '-';
  const passed = r.items.filter((i) => i.passed).length;
  return `${r.passed === want ? 'ok' : 'WRONG'} (${passed}/${r.items.length} pass)`;
};

/** A table (exercise, solution, starter, time), then each failure; returns how many failed. */
export function printExerciseReport(all: readonly CheckedExercise[]): number {
  if (!all.length) return 0;
  const rows = [['exercise', 'where', 'solution: all pass', 'starter: some fail', 'time']];
  for (const c of all) rows.push([c.id, c.where, verdict(c.solution, true), verdict(c.starter, false), `${(c.ms / 1000).toFixed(1)} s`]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nExercises (their tests against the reference solution and against the starter):`);
  console.log(rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n'));
  const failed = all.filter((c) => c.problems.length);
  for (const c of failed) {
    console.log(`\n✗ ${c.where}  (exercise ${c.id})`);
    for (const p of c.problems) console.log(`  ${p}`);
  }
  console.log(`\n${all.length - failed.length} exercises ok, ${failed.length} failed`);
  return failed.length;
}
