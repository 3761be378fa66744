// A check in the real runtime (Pyodide in Node workers, through the pool, as the page runs it):
// a correct answer passes; an unlocked counter fails the race test under forced switches while
// a plain run misses it; a deadlock, an error, a NameError, a program that never ends, a slow
// one: each is reported with what was expected and what happened. Then the driver's promises:
// the reader's top-level code is still time-sliced, and the next ordinary run is unaffected.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from '../../../src/runtime/node/run-file.ts';
import { runCheck } from '../../../src/exercises/run-check.ts';
import type { ExerciseSpec } from '../../../src/exercises/spec.ts';
import type { CheckReport } from '../../../src/exercises/report.ts';

const pool = createNodePool(2);
afterAll(() => pool.dispose());

const COUNTER: ExerciseSpec = {
  id: 'counter',
  tests: [
    { title: 'plain', hidden: false, code: `
def test_value():
    """counter is 20000"""
    assert counter == 20_000, f"expected 20000, got {counter}"
` },
    { title: 'race', hidden: true, schedules: 3, code: `
def test_value_under_switches():
    """counter is 20000 under forced switches"""
    assert counter == 20_000, f"expected 20000, got {counter}"
` },
  ],
};

const counterProgram = (locked: boolean) => `import threading
counter = 0
lock = threading.Lock()
def add():
    global counter
    for _ in range(1000):
${locked ? '        with lock:\n            counter += 1' : '        counter += 1'}
threads = [threading.Thread(target=add) for _ in range(20)]
for t in threads: t.start()
for t in threads: t.join()
`;

const item = (r: CheckReport, name: string) => r.items.find((i) => i.name === name);

describe('a check in the runtime', () => {
  it('passes a locked counter in the plain run and in every schedule', async () => {
    const r = await runCheck(pool, COUNTER, counterProgram(true));
    expect(r.items.map((i) => [i.name, i.passed])).toEqual([
      ['Your code runs to the end', true], ['counter is 20000', true], ['counter is 20000 under forced switches', true],
    ]);
    expect(r.passed).toBe(true);
  }, 120_000);

  it('fails an unlocked counter under forced switches, naming the lost count; the plain run alone would not', async () => {
    const r = await runCheck(pool, COUNTER, counterProgram(false));
    expect(item(r, 'counter is 20000')!.passed).toBe(true); // no switch lands inside `counter += 1` by itself
    const race = item(r, 'counter is 20000 under forced switches')!;
    expect(race.passed).toBe(false);
    expect(race.hidden).toBe(true);
    expect(race.message).toMatch(/^expected 20000, got (\d+)\n\(assert \1 == 20000; \1 = counter\) \[forced thread switches: schedule 1 of 3\]$/);
    expect(r.passed).toBe(false);
  }, 120_000);

  it('reports a deadlock in the reader\'s code with the report, and the tests as not run', async () => {
    const code = 'import threading\na = threading.Lock()\na.acquire()\na.acquire()\n';
    const r = await runCheck(pool, COUNTER, code);
    expect(r.items[0]!.passed).toBe(false);
    expect(r.items[0]!.message).toMatch(/^deadlock: your code never finished, every thread is blocked\n.*MainThread at line 4/s);
    expect(r.items.slice(1).every((i) => !i.passed && i.message === 'not run: your code did not finish')).toBe(true);
  }, 120_000);

  it('words an error in the reader\'s code, and a name the tests need but the code lacks', async () => {
    const broken = await runCheck(pool, COUNTER, 'x = 1\n1 / 0\n');
    expect(broken.items[0]!.message).toMatch(/^ZeroDivisionError: division by zero \(your code, line 2\)/);
    const missing = await runCheck(pool, { id: 'x', tests: [{ hidden: false, code: 'def test_f():\n    assert f() == 1\n' }] }, 'pass\n');
    expect(missing.items[1]).toMatchObject({ name: 'f', passed: false,
      message: "expected your code to define `f`, but it does not (NameError: name 'f' is not defined)" });
  }, 120_000);

  it('fails a thread pool whose shutdown leaves its workers blocked: alive after shutdown, and the program never ends', async () => {
    const seedPool = `import threading, queue
class ThreadPool:
    def __init__(self, n):
        self.tasks = queue.Queue()
        self.threads = [threading.Thread(target=self.worker) for _ in range(n)]
        for t in self.threads: t.start()
    def worker(self):
        while True:
            func, args = self.tasks.get()
            func(*args)
            self.tasks.task_done()
    def submit(self, func, *args):
        self.tasks.put((func, args))
    def shutdown(self):
        self.tasks.join()
`;
    const spec: ExerciseSpec = { id: 'pool', tests: [{ hidden: false, code: `
from pyrt.grading import started_threads
def test_ends_workers():
    pool = ThreadPool(2)
    pool.submit(print, "hi")
    pool.shutdown()
    alive = [t for t in started_threads() if t.is_alive()]
    assert not alive, f"expected no worker alive after shutdown(), {len(alive)} are"
` }] };
    const r = await runCheck(pool, spec, seedPool);
    expect(item(r, 'ends workers')).toMatchObject({ passed: false });
    expect(item(r, 'ends workers')!.message).toMatch(/^expected no worker alive after shutdown\(\), 2 are/);
    expect(item(r, 'The program ends when the tests are done')!.message).toMatch(/^the program never ends: threads are still blocked.*\n.*Queue\.get/s);
  }, 120_000);

  it('stops a reader\'s code that never finishes at the exercise\'s time limit', async () => {
    const r = await runCheck(pool, { ...COUNTER, timeoutS: 2 }, 'while True:\n    pass\n');
    expect(r.items[0]).toMatchObject({ passed: false });
    expect(r.items[0]!.message).toMatch(/^stopped: did not finish within 2 s/);
  }, 120_000);

  it('times the reader\'s code, captures its output, and still time-slices its top-level code', async () => {
    // A busy loop in the main thread's top-level code must let the other thread run (preemption),
    // as under python3: the driver runs the reader's code on the main thread's own frames.
    const code = `import threading, time
ticks = []
t = threading.Thread(target=lambda: [ticks.append(i) or time.sleep(0.01) for i in range(5)])
t.start()
end = time.monotonic() + 0.5
while time.monotonic() < end and len(ticks) < 5:
    pass
print("ticks", len(ticks))
t.join()
`;
    const spec: ExerciseSpec = { id: 't', tests: [{ hidden: false, code: `
from pyrt.grading import elapsed, output_lines
def test_ticks():
    assert output_lines() == ["ticks 5"], output_lines()
def test_elapsed():
    assert 0 < elapsed() < 0.5, elapsed()
` }] };
    const r = await runCheck(pool, spec, code);
    expect(r.items.map((i) => [i.name, i.passed, i.message])).toEqual([
      ['Your code runs to the end', true, undefined], ['ticks', true, undefined], ['elapsed', true, undefined],
    ]);
    // The interpreter is left as an ordinary run expects it: stdout, asserts, no grades.
    const plain = await pool.run({ code: 'print("plain")\nassert 1 == 1\n', filename: '<after>' }, () => {}).result;
    expect(plain.status).toBe('passed');
    expect(plain.grades).toBeUndefined();
    expect(plain.asserts).toHaveLength(1);
  }, 120_000);
});
