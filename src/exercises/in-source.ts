// The exercises of a lesson, read from its MDX source: each named exercise block
// (`exercise=counter`), the test blocks that name it (`test for="counter"`, in page order) and
// its reference solution (the first python block after the element its `solution="#anchor"`
// names). The build puts the tests on the exercise's block; the example checker runs them.
import { readFileSync, statSync } from 'node:fs';
import { exerciseName } from '../schemas/block-meta.ts';
import { pythonBlocksIn, type SourceBlock } from '../integrations/runnable-code/python-blocks.ts';
import type { ExerciseSpec } from './spec.ts';

export interface SourceExercise {
  spec: ExerciseSpec;
  /** The starter block the reader edits. */
  starter: SourceBlock;
  /** The reference solution, when `solution="#…"` leads to a python block. */
  solution?: SourceBlock;
}

export interface LessonExercises {
  exercises: SourceExercise[];
  /** Authoring mistakes, each starting with the line: a test for no exercise, a name used twice. */
  errors: string[];
}

export function exercisesIn(source: string): LessonExercises {
  const blocks = pythonBlocksIn(source);
  const lines = source.split(/\r?\n/);
  const exercises = new Map<string, SourceExercise>();
  const errors: string[] = [];
  for (const block of blocks) {
    if (!block.options.ok) continue; // reported by the build and the checker already
    const { meta } = block.options;
    const id = exerciseName(meta);
    if (!id) continue;
    if (exercises.has(id)) {
      errors.push(`line ${block.line}: exercise name "${id}" is already used on line ${exercises.get(id)!.starter.line}`);
      continue;
    }
    const spec: ExerciseSpec = { id, tests: [], ...(meta.timeout ? { timeoutS: meta.timeout } : {}) };
    exercises.set(id, { spec, starter: block, solution: meta.solution ? solutionBlock(lines, blocks, meta.solution) : undefined });
  }
  for (const block of blocks) {
    if (!block.options.ok || !block.options.meta.test) continue;
    const { meta } = block.options;
    const exercise = exercises.get(meta.for ?? '');
    if (!exercise) {
      errors.push(`line ${block.line}: test block for "${meta.for}", but no block on this page is \`exercise=${meta.for}\``);
      continue;
    }
    exercise.spec.tests.push({
      ...(meta.title ? { title: meta.title } : {}), hidden: meta.hidden === true,
      ...(meta.schedules ? { schedules: meta.schedules } : {}), code: block.code,
    });
  }
  for (const e of exercises.values()) {
    if (!e.spec.tests.length) errors.push(`line ${e.starter.line}: exercise "${e.spec.id}" has no test block (\`test for="${e.spec.id}"\`)`);
  }
  return { exercises: [...exercises.values()], errors };
}

/** The first python block after the element with id="anchor" (the `<a id>` of a solution). */
function solutionBlock(lines: readonly string[], blocks: readonly SourceBlock[], anchor: string): SourceBlock | undefined {
  const id = anchor.slice(1);
  const at = lines.findIndex((l) => l.includes(`id="${id}"`));
  return at < 0 ? undefined : blocks.find((b) => b.line > at + 1);
}

const cache = new Map<string, { mtimeMs: number; value: LessonExercises }>();

/** exercisesIn() of a file on disk, re-read only when it changes (dev server edits). */
export function exercisesOfFile(path: string): LessonExercises {
  const { mtimeMs } = statSync(path);
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.value;
  const value = exercisesIn(readFileSync(path, 'utf8'));
  cache.set(path, { mtimeMs, value });
  return value;
}
