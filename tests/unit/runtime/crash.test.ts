// Worker crashes and memory exhaustion under Node, with real Pyodide in real worker_threads: a
// wasm trap, a worker that exits, a program that allocates until it fails. Each run ends with a
// clear error (never left running), the pool replaces the worker, and a run beside it is unaffected.
import { afterAll, describe, expect, it } from 'vitest';
import type { RunEvent, RunResult } from '../../../src/runtime/protocol.ts';
import { createNodePool } from '../../../src/runtime/node/run-file.ts';

const pool = createNodePool(2);
afterAll(() => pool.dispose());

async function run(code: string) {
  const events: RunEvent[] = [];
  const result: RunResult = await pool.run({ code, filename: '<test>' }, (batch) => events.push(...batch)).result;
  const text = (stream: string) =>
    events.filter((e) => e.kind === 'output' && e.stream === stream).map((e) => (e as { text: string }).text).join('');
  return { result, stdout: text('stdout'), stderr: text('stderr') };
}

async function nextRunWorks() {
  const { result, stdout } = await run('print("next")');
  expect(result.status).toBe('passed');
  expect(stdout).toBe('next\n');
  expect(pool.size).toBeLessThanOrEqual(2);
}

describe('a worker that dies under its run', () => {
  it('a wasm trap (a read past the end of linear memory) is an error, and the next run gets a new worker', async () => {
    const { result } = await run('import ctypes\nctypes.string_at(0xF0000000, 8)');
    expect(result.status).toBe('error');
    expect(result.error?.type).toBe('WorkerCrashed');
    expect(result.error?.message).toMatch(/^The Python worker crashed: .*memory access out of bounds.*A new worker takes its place/s);
    await nextRunWorks();
  }, 90_000);

  it('a worker that exits (terminated from inside) is an error, not a run left running', async () => {
    const { result } = await run('import js\njs.process.exit(3)');
    expect(result.status).toBe('error');
    expect(result.error?.message).toMatch(/stopped unexpectedly: the worker exited \(code 3\)\. A new worker takes its place/);
    await nextRunWorks();
  }, 90_000);
});

describe('memory', () => {
  it('allocating until it fails gets MemoryError; the worker is replaced; a run beside it is unaffected', async () => {
    const beside = run('import time\nfor i in range(6):\n    print(i)\n    time.sleep(0.5)\n');
    const hog = await run('x = []\nwhile True:\n    x.append(bytearray(10**7))\n');
    expect(hog.result.status).toBe('error');
    expect(hog.result.error?.type).toBe('MemoryError');
    expect(hog.stderr).toContain('The program ran out of memory (MemoryError); its worker is replaced.');
    expect(hog.result.recycle).toBe(true); // the pool discards a worker whose result says so
    const other = await beside;
    expect(other.result.status).toBe('passed');
    expect(other.stdout).toBe('0\n1\n2\n3\n4\n5\n');
    await nextRunWorks();
  }, 120_000);
});
