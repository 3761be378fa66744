// `npm run test:python [-- paths...] [--jobs N] [--cpython-only] [--repeat N]`
// The differential suite: every tests/python/**/*.py runs under python3 and in the product's
// runtime (Node workers); stdout, stderr and exit status must agree after normalising only what is
// truly nondeterministic (see python-diff/header.ts for what a test may declare).
// --cpython-only checks the references alone; --repeat N runs python3 N times to catch tests whose
// CPython output is not deterministic. Files starting with `_` are helper modules, not tests.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodePool } from '../src/runtime/node/run-file.ts';
import type { WorkerPool } from '../src/runtime/pool/pool.ts';
import { parseHeader, type TestHeader } from './python-diff/header.ts';
import { checkReference, judge, type Reference } from './python-diff/judge.ts';
import { normalizeOutput } from './python-diff/normalize.ts';
import { pythonVersion, runCPython } from './python-diff/run-cpython.ts';
import { eachLimited, REFERENCE_JOBS } from './python-diff/each-limited.ts';
import { runInRuntime, type RuntimeOutput } from './python-diff/run-runtime.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_DIR = join(ROOT, 'tests/python');
/** How long CPython gets to show that a deadlock test hangs. */
const HANG_MS = 2000;
const PROCESS_USE = /\bmultiprocessing\b|ProcessPoolExecutor/;

interface Options { paths: string[]; jobs: number; cpythonOnly: boolean; repeat: number }

interface Case {
  file: string;
  name: string;
  header?: TestHeader;
  ref?: Reference;
  got?: RuntimeOutput;
  problems: string[];
  /** The problems are the test's own (header, reference), not the runtime's. */
  badTest: boolean;
  /** How a program marked `known-difference` still differs (an open bug, reported). */
  known?: string[];
  source?: string;
}

const opts = parseArgs(process.argv.slice(2));
const started = performance.now();
const files = (await Promise.all(opts.paths.map(collect))).flat().sort();
if (files.length === 0) {
  console.error(`No tests found in: ${opts.paths.join(', ')}`);
  process.exit(2);
}
const version = pythonVersion();
if (!version) {
  console.error('python3 was not found: it is the reference the runtime is compared with.');
  process.exit(2);
}
const cases: Case[] = files.map((file) => ({ file, name: relative(DEFAULT_DIR, file), problems: [], badTest: false }));

// Phase 1: the references, while the runtime's workers boot. Phase 2: the runtime, on its own, so
// timing-sensitive programs do not compete for the CPU with python3.
const pool = opts.cpythonOnly ? null : createNodePool(opts.jobs);
const warmed = pool ? warm(pool, opts.jobs) : null;
await eachLimited(cases, Math.max(opts.jobs, REFERENCE_JOBS), prepareReference, dot);
process.stderr.write('\n');
if (pool) {
  await warmed;
  // Programs that start processes boot an interpreter per child: they run one at a time, after
  // the others, so two of them never starve each other's children of the machine's cores.
  const runnable = cases.filter((c) => c.ref && !c.badTest);
  const startsProcesses = (c: Case) => PROCESS_USE.test(c.source ?? '');
  const judgeOne = async (c: Case) => {
    c.got = await runInRuntime(pool, c.file, c.header!.timeoutS * 1000);
    const verdict = judge(c.file, c.header!, c.ref!, c.got);
    const known = c.header!.knownDifference;
    if (known === undefined) c.problems.push(...verdict.problems);
    else if (verdict.problems.length) c.known = verdict.problems;
    else c.problems.push(`matches CPython now: remove its "# known-difference: ${known}" line`);
  };
  await eachLimited(runnable.filter((c) => !startsProcesses(c)), opts.jobs, judgeOne, dot);
  await eachLimited(runnable.filter(startsProcesses), 1, judgeOne, dot);
  process.stderr.write('\n');
  pool.dispose();
}
report(cases);

async function prepareReference(c: Case): Promise<void> {
  let header: TestHeader;
  try {
    c.source = await readFile(c.file, 'utf8');
    header = c.header = parseHeader(c.source);
  } catch (e) {
    c.badTest = true;
    c.problems.push(`bad header: ${(e as Error).message}`);
    return;
  }
  const expectedFile = c.file.replace(/\.py$/, '.expected');
  const expected = existsSync(expectedFile) ? await readFile(expectedFile, 'utf8') : undefined;
  const tooOld = header.requires && compareVersions(version!, header.requires) < 0;
  if (tooOld) {
    if (expected === undefined) {
      c.badTest = true;
      c.problems.push(`python3 ${version!.join('.')} is older than the required ${header.requires!.join('.')} and there is no ${basename(expectedFile)}`);
      return;
    }
    c.ref = { source: 'expected-file', stdout: expected, stderr: '', exitCode: header.exit, hung: false };
  } else {
    const deadlock = header.expect === 'deadlock';
    const runs = [];
    for (let i = 0; i < opts.repeat; i++) {
      runs.push(await runCPython(c.file, deadlock ? HANG_MS : header.timeoutS * 1000, deadlock));
    }
    const run = runs[0];
    c.ref = { source: 'python3', stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, hung: run.timedOut, ms: run.ms };
    const norm = (s: string) => normalizeOutput(s, c.file, header.normalize);
    if (runs.some((r) => norm(r.stdout) !== norm(run.stdout) || norm(r.stderr) !== norm(run.stderr) || r.exitCode !== run.exitCode)) {
      c.problems.push(`python3's output changed between ${opts.repeat} runs: the test is not deterministic`);
    }
    if (expected !== undefined && norm(expected) !== norm(run.stdout)) {
      c.problems.push(`python3's stdout differs from ${basename(expectedFile)}`);
    }
  }
  c.problems.push(...checkReference(c.ref, header));
  c.badTest = c.problems.length > 0;
}

function report(all: Case[]): void {
  const width = Math.max(...all.map((c) => c.name.length), 4);
  const rows = all.map((c) => {
    const ref = !c.ref ? '-' : c.ref.source === 'expected-file' ? '.expected'
      : `${c.ref.hung ? 'hang' : `exit ${c.ref.exitCode}`} ${seconds(c.ref.ms ?? 0)}`;
    const got = c.got ? `${c.got.status} ${seconds(c.got.ms)}` : '-';
    const verdict = c.badTest ? 'BAD TEST' : c.problems.length ? 'FAIL' : opts.cpythonOnly ? 'ref ok'
      : c.known ? 'known difference' : 'pass';
    return `${c.name.padEnd(width)}  ${ref.padEnd(12)}  ${got.padEnd(15)}  ${verdict}`;
  });
  console.log(`${'test'.padEnd(width)}  ${'python3'.padEnd(12)}  ${'runtime'.padEnd(15)}  result`);
  console.log(rows.join('\n'));
  const failed = all.filter((c) => c.problems.length > 0);
  for (const c of failed) {
    console.log(`\n── ${c.name} ${'─'.repeat(Math.max(0, 70 - c.name.length))}`);
    for (const p of c.problems) console.log(`  ${p}`);
    if (c.got && c.got.status !== 'passed' && !c.problems.some((p) => p.startsWith('stderr'))) {
      const tail = c.got.stderr.trim().split('\n').slice(-6).join('\n    ');
      if (tail) console.log(`  runtime stderr (last lines):\n    ${tail}`);
    }
  }
  const known = all.filter((c) => c.known && !c.problems.length);
  for (const c of known) {
    console.log(`\n── known difference: ${c.name}: ${c.header!.knownDifference}`);
    for (const p of c.known!.slice(0, 4)) console.log(`  ${p.split('\n').slice(0, 6).join('\n  ')}`);
  }
  const bad = all.filter((c) => c.badTest).length;
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${all.length - failed.length - known.length} passed, ${known.length} known differences, ` +
    `${failed.length - bad} failed, ${bad} bad tests ` +
    `(python3 ${version!.join('.')}; ${secs} s)`);
  process.exitCode = failed.length ? 1 : 0;
}

async function collect(path: string): Promise<string[]> {
  const abs = resolve(path);
  if (!(await stat(abs)).isDirectory()) return [abs];
  const out: string[] = [];
  for (const entry of await readdir(abs, { withFileTypes: true })) {
    const child = join(abs, entry.name);
    if (entry.isDirectory()) out.push(...(await collect(child)));
    else if (entry.name.endsWith('.py') && !entry.name.startsWith('_')) out.push(child);
  }
  return out;
}

function dot(): void {
  process.stderr.write('.');
}

/** Boots every worker before the clock of the first test starts. */
async function warm(pool: WorkerPool, n: number): Promise<void> {
  const noop = { code: 'pass', filename: '<warm-up>', args: [] };
  await Promise.all(Array.from({ length: n }, () => pool.run(noop, () => {}).result));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function compareVersions(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { paths: [], jobs: 2, cpythonOnly: false, repeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--repeat') o.repeat = Number(argv[++i]);
    else if (a === '--cpython-only') o.cpythonOnly = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/diff-python.ts [paths...] [--jobs N] [--cpython-only] [--repeat N]');
      process.exit(0);
    } else o.paths.push(a);
  }
  if (!(o.jobs >= 1) || !(o.repeat >= 1)) {
    console.error(`--jobs and --repeat take a number >= 1. Received: ${argv.join(' ')}`);
    process.exit(2);
  }
  if (o.paths.length === 0) o.paths.push(DEFAULT_DIR);
  return o;
}
