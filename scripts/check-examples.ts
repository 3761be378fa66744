// `npm run check:examples [-- --content DIR] [--jobs N] [--no-record] [filters...]`
// Every python block of every lesson runs in the product's runtime (Node workers, the code the
// browser runs) and under python3; exit status, assert results and output (after the
// normalisation the block declares) must agree, and the block must end as its options say
// (`expect=deadlock`: a deadlock here, a hang in CPython). `norun` blocks are listed, not run.
// Exits 1 naming file:line of every failure, with a diff. CPython's output and time are recorded
// into src/data/cpython-reference.json for the site (only when every default lesson was checked).
// Then every exercise's tests run against its reference solution (must pass) and its starter
// (must fail), as the reader's Check runs them (scripts/examples/exercises.ts).
// filters: substrings of a page path ("overview") or page:line ("overview.mdx:48").
// --exercises-only: skip the blocks, check the exercises.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodePool } from '../src/runtime/node/run-file.ts';
import type { WorkerPool } from '../src/runtime/pool/pool.ts';
import { usesProcesses } from '../src/runtime/processes/launcher.ts';
import { metaErrorMessage } from '../src/integrations/runnable-code/python-blocks.ts';
import { REFERENCE_FILE } from '../src/integrations/runnable-code/reference.ts';
import type { BlockMeta } from '../src/schemas/block-meta.ts';
import type { Reference } from './python-diff/judge.ts';
import { PYTHON, runCPython } from './python-diff/run-cpython.ts';
import { runInRuntime, type RuntimeOutput } from './python-diff/run-runtime.ts';
import { eachLimited, REFERENCE_JOBS } from './python-diff/each-limited.ts';
import { blockHeader, judgeBlock } from './examples/judge-block.ts';
import { exampleBlocks } from './examples/lessons.ts';
import { createProgress } from './examples/progress.ts';
import { readReferenceFile, updateReferences, writeReferenceFile, type RecordedRun } from './examples/record-reference.ts';
import { printReport, type CheckedBlock } from './examples/report.ts';
import { checkExercise, lessonExercises, printExerciseReport, type CheckedExercise } from './examples/exercises.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_CONTENT = join(ROOT, 'src/content/docs');
/** How long CPython gets to show that a deadlock demonstration hangs. */
const HANG_MS = 3000;

interface Options { content: string; jobs: number; record: boolean; filters: string[]; exercisesOnly: boolean }
const opts = parseArgs(process.argv.slice(2));
const started = performance.now();

const python = spawnSync(PYTHON, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
if (python.status !== 0) {
  console.error(`${PYTHON} was not found: it is the reference every example is compared with.`);
  process.exit(2);
}
const pythonVersion = python.stdout.trim();

const all = await exampleBlocks(opts.content);
const wanted = (page: string, line: number) => opts.filters.length === 0 || opts.filters.some((f) => `${page}:${line}`.includes(f));
const chosen = opts.exercisesOnly ? [] : all.filter((b) => wanted(b.page, b.line));
const { found: allExercises, mistakes } = await lessonExercises(opts.content);
const exercises = allExercises.filter((e) => wanted(relative(opts.content, e.file).split('\\').join('/'), e.exercise.starter.line));
if (chosen.length === 0 && exercises.length === 0) {
  console.error(`No python blocks found in ${opts.content}${opts.filters.length ? ` matching ${opts.filters.join(', ')}` : ''}`);
  process.exit(2);
}

const checked: CheckedBlock[] = chosen.map((block) => ({ block, where: `${relative(process.cwd(), block.file)}:${block.line}`, problems: [] }));
type Runnable = CheckedBlock & { meta: BlockMeta; file: string; ref?: Reference; got?: RuntimeOutput };
const runnable: Runnable[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'check-examples-'));
for (const c of checked) {
  const { options } = c.block;
  if (!options.ok) {
    c.problems.push(metaErrorMessage(c.where.replace(/:\d+$/, ''), c.block.line, c.block.meta, options.errors));
  } else if (options.meta.norun) {
    c.skipped = 'norun';
  } else if (options.meta.test) {
    c.skipped = 'test'; // not a program: run by its exercise's check, below
  } else {
    // Each block is a file of its own, run as `python3 file.py` runs it (and as `npm run py` does).
    const file = join(tmp, `${c.block.page.replace(/\.mdx?$/, '').replace(/\W+/g, '_')}_${c.block.index + 1}.py`);
    writeFileSync(file, `${c.block.code}\n`);
    runnable.push(Object.assign(c, { meta: options.meta, file }));
  }
}

// Phase 1: python3, while the runtime's workers boot. Phase 2: the runtime on its own, so timed
// examples do not compete for the CPU with python3.
const progress = createProgress(runnable.length * 2, 'examples');
const checkedExercises: CheckedExercise[] = [...mistakes];
const pool = createNodePool(opts.jobs);
const warmed = warm(pool, opts.jobs);
try {
  await eachLimited(runnable, Math.max(opts.jobs, REFERENCE_JOBS), async (c) => {
    const header = blockHeader(c.meta);
    const limitMs = header.expect === 'deadlock' ? HANG_MS : header.timeoutS * 1000;
    const run = await runCPython(c.file, limitMs, header.expect !== undefined);
    c.ref = { source: 'python3', stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, hung: run.timedOut, ms: run.ms };
    progress.tick(`python3  ${c.where}`);
  });
  await warmed;
  const runHere = async (c: Runnable) => {
    // A block's time limit starts with its run, so have a booted worker ready: the one it last
    // used may have been replaced (a run with threads recycles its interpreter), and booting
    // Pyodide on a loaded machine can take a good part of the limit.
    await pool.warm();
    c.got = await runInRuntime(pool, c.file, blockHeader(c.meta).timeoutS * 1000);
    c.problems.push(...judgeBlock(c.meta, c.file, c.block.line + 1, c.ref!, c.got).problems);
    progress.tick(`runtime  ${c.where}  ${c.problems.length ? 'FAIL' : 'ok'}`);
  };
  // A multiprocessing block boots a worker (a whole interpreter) per child process: two of them
  // side by side on a small machine spend their time limit booting. They run one at a time, after
  // the others.
  await eachLimited(runnable.filter((c) => !usesProcesses(c.block.code)), opts.jobs, runHere);
  await eachLimited(runnable.filter((c) => usesProcesses(c.block.code)), 1, runHere);
  progress.stop();
  const exerciseProgress = createProgress(exercises.length, 'exercises');
  await eachLimited(exercises, opts.jobs, async (e) => {
    const checked = await checkExercise(pool, e);
    checkedExercises.push(checked);
    exerciseProgress.tick(`exercise ${checked.where} ${checked.id}  ${checked.problems.length ? 'FAIL' : 'ok'}`);
  });
  exerciseProgress.stop();
} finally {
  progress.stop();
  pool.dispose();
}

for (const c of runnable) {
  c.ours = { status: c.got!.status, ms: c.got!.ms };
  c.cpython = { label: c.ref!.hung ? 'hang' : `exit ${c.ref!.exitCode}`, ms: c.ref!.ms ?? 0 };
}
const failedBlocks = checked.length ? printReport(checked, { python: pythonVersion, seconds: (performance.now() - started) / 1000 }) : 0;
checkedExercises.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
const failed = failedBlocks + printExerciseReport(checkedExercises);

// The site's reference output: from a full, default run only (a fixture or a filtered run would
// record a partial or foreign set).
if (opts.record) {
  const runs = runnable.map((c) => ({ block: c.block, file: c.file, ref: c.ref! }) as RecordedRun);
  const data = updateReferences(readReferenceFile(REFERENCE_FILE), runs, pythonVersion, true);
  if (writeReferenceFile(REFERENCE_FILE, data)) console.log(`Recorded CPython's output and times in ${relative(process.cwd(), REFERENCE_FILE)}`);
}
rmSync(tmp, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

/** Boots every worker before the clock of the first block starts. */
async function warm(p: WorkerPool, n: number): Promise<void> {
  const noop = { code: 'pass', filename: '<warm-up>', args: [] };
  await Promise.all(Array.from({ length: n }, () => p.run(noop, () => {}).result));
}


function parseArgs(argv: string[]): Options {
  const o: Options = { content: DEFAULT_CONTENT, jobs: 2, record: true, filters: [], exercisesOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--content') o.content = resolve(argv[++i] ?? '');
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--no-record') o.record = false;
    else if (a === '--exercises-only') o.exercisesOnly = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run check:examples -- [--content DIR] [--jobs N] [--no-record] [--exercises-only] [page or page:line filters...]');
      process.exit(0);
    } else o.filters.push(a);
  }
  if (!(o.jobs >= 1)) {
    console.error(`--jobs takes a number >= 1. Received: ${argv.join(' ')}`);
    process.exit(2);
  }
  o.record &&= o.content === DEFAULT_CONTENT && o.filters.length === 0 && !o.exercisesOnly;
  return o;
}
