// The runtime end to end under Node: real Pyodide in real worker_threads, driven through the pool
// exactly as the page drives it. Statuses, streams, asserts, Stop, deadlocks and recycling.
import { afterAll, describe, expect, it } from 'vitest';
import type { RunEvent, RunResult } from '../../../src/runtime/protocol.ts';
import { createNodePool } from '../../../src/runtime/node/run-file.ts';

const pool = createNodePool(2);
afterAll(() => pool.dispose());

/** Run `code`; with stopAfterMs, press Stop that long after the program's first output. */
async function run(code: string, opts: { stopAfterMs?: number } = {}) {
  const events: RunEvent[] = [];
  let stopArmed = false;
  const handle = pool.run({ code, filename: '<test>' }, (batch) => {
    events.push(...batch);
    if (opts.stopAfterMs !== undefined && !stopArmed) {
      stopArmed = true;
      setTimeout(() => handle.stop(), opts.stopAfterMs);
    }
  });
  const result: RunResult = await handle.result;
  const text = (stream: string) =>
    events.filter((e) => e.kind === 'output' && e.stream === stream).map((e) => (e as { text: string }).text).join('');
  return { result, events, stdout: text('stdout'), stderr: text('stderr') };
}

describe('runs', () => {
  it('streams stdout and stderr with times since the start', async () => {
    const { result, stdout, stderr, events } = await run(
      'import sys, time\nprint("a")\ntime.sleep(0.2)\nprint("b", file=sys.stderr)\n',
    );
    expect(result.status).toBe('passed');
    expect(stdout).toBe('a\n');
    expect(stderr).toBe('b\n');
    const times = events.map((e) => e.t);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(150);
  }, 60_000);

  it('sends a line as it is printed: before the sleep or the computation that follows it ends', async () => {
    await pool.warm();
    for (const after of ['time.sleep(0.6)', 'end = time.perf_counter() + 0.6\nwhile time.perf_counter() < end: pass']) {
      const t0 = performance.now();
      let arrivedAt = -1;
      const handle = pool.run({ code: `import time\nprint("a")\n${after}\n`, filename: '<test>' }, (batch) => {
        if (arrivedAt < 0 && batch.some((e) => e.kind === 'output')) arrivedAt = performance.now() - t0;
      });
      const result = await handle.result;
      expect(result.status).toBe('passed');
      expect(arrivedAt).toBeGreaterThanOrEqual(0);
      expect(arrivedAt).toBeLessThan(result.wallMs - 300); // well before the run's end
    }
  }, 60_000);

  it('lets the program turn a JS promise into a value while asyncio.get_event_loop() stays CPython 3.14\'s', async () => {
    const { result, stdout } = await run(`import asyncio, js
from pyodide.ffi import run_sync
print(run_sync(js.Promise.resolve(7)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
`);
    expect(result.status).toBe('passed');
    expect(stdout).toBe("7\nThere is no current event loop in thread 'MainThread'.\n");
  }, 60_000);

  it('starts every run as a fresh python3 would: thread, task and executor names count from 1 again', async () => {
    const code = `import asyncio, threading, concurrent.futures as cf
async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return asyncio.current_task().get_name(), t.get_name()
t = threading.Thread(target=print)
with cf.ThreadPoolExecutor() as ex:
    worker = ex.submit(lambda: threading.current_thread().name).result()
print(asyncio.run(main()), t.name, worker)
`;
    // Two workers: run enough times that some worker runs it twice.
    const outs = [];
    for (let i = 0; i < 4; i++) outs.push((await run(code)).stdout);
    for (const out of outs) expect(out).toBe("('Task-1', 'Task-2') Thread-1 (print) ThreadPoolExecutor-0_0\n");
  });

  it('puts back process-wide settings a run changed: logging, warnings, environment, signals, limits, streams', async () => {
    const change = `import logging, warnings, os, sys, signal, io
logging.basicConfig(level=logging.DEBUG, format="OLD %(message)s")
logging.getLogger("app").setLevel(logging.CRITICAL)
warnings.simplefilter("error")
os.environ["LEFT_BEHIND"] = "1"
sys.setrecursionlimit(60)
signal.signal(signal.SIGINT, signal.SIG_IGN)
sys.excepthook = lambda *a: None
sys.stdout = io.StringIO()
`;
    const check = `import logging, warnings, os, sys, signal
logging.basicConfig(level=logging.INFO, format="NEW %(message)s")
logging.getLogger("app").info("app logs at INFO")
warnings.warn("a warning, not an error")
print(os.environ.get("LEFT_BEHIND"), sys.getrecursionlimit() > 60,
      signal.getsignal(signal.SIGINT) is signal.default_int_handler, sys.excepthook.__name__ != "<lambda>")
`;
    for (let i = 0; i < 2; i++) {
      await run(change);
      const { result, stdout, stderr } = await run(check);
      expect(result.status).toBe('passed');
      expect(stdout).toBe('None True True True\n');
      expect(stderr).toContain('NEW app logs at INFO');
      expect(stderr).toContain('UserWarning: a warning, not an error');
    }
  }, 60_000);

  it('reports each assert with the values compared', async () => {
    const { result, events, stderr } = await run('x = 2\nassert x == 2\nassert x + 1 == 4, "off"\n');
    expect(result.status).toBe('failed');
    expect(result.exitCode).toBe(1);
    const asserts = events.filter((e) => e.kind === 'assert');
    expect(asserts.map((a) => [a.line, a.passed])).toEqual([[2, true], [3, false]]);
    expect(asserts[1]).toMatchObject({ message: expect.stringContaining('assert 3 == 4') });
    expect(stderr).toContain('AssertionError: off');
  }, 60_000);

  it('reports asserts wherever statements nest, and none in a program without them', async () => {
    const code = `def f(n):
    assert n > 0
    for i in range(n):
        if i:
            assert i < n
        else:
            assert i == 0
    return n
class C:
    assert True
try:
    assert f(2) == 2
except Exception:
    pass
finally:
    assert [1] != []
while True:
    with open(__file__) if False else __import__("contextlib").nullcontext():
        assert 1 in (1, 2)
    break
match f(1):
    case 1:
        assert f(1) is not None
`;
    const { result, events } = await run(code);
    expect(result.status).toBe('passed');
    const lines = [...new Set(events.filter((e) => e.kind === 'assert').map((a) => a.line))].sort((a, b) => a - b);
    expect(lines).toEqual([2, 5, 7, 10, 12, 16, 19, 23]);
    const plain = await run('x = "no checks here"\nprint(x)');
    expect(plain.events.filter((e) => e.kind === 'assert')).toEqual([]);
    expect(plain.stdout).toBe('no checks here\n');
  }, 60_000);

  it('gives every run a fresh __main__ and CPython exit codes', async () => {
    await run('leftover = 1');
    const { result, stderr } = await run('print(leftover)');
    expect(result.status).toBe('error');
    expect(stderr).toContain("NameError: name 'leftover' is not defined");
    expect((await run('import sys; sys.exit(3)')).result.exitCode).toBe(3);
    expect((await run('raise SystemExit')).result).toMatchObject({ status: 'passed', exitCode: 0 });
  }, 60_000);
});

describe('Stop', () => {
  it('ends `while True: pass` with KeyboardInterrupt, and the next run works', async () => {
    const { result, stderr } = await run('print("go")\nwhile True: pass', { stopAfterMs: 300 });
    expect(result.status).toBe('stopped');
    expect(stderr).toContain('KeyboardInterrupt');
    expect((await run('print("next")')).stdout).toBe('next\n');
  }, 60_000);

  it('ends a program whose thread spins forever while main waits on it', async () => {
    const { result } = await run(
      'import threading\ndef spin():\n    while True: pass\nt = threading.Thread(target=spin)\nt.start()\nprint("go")\nt.join()\n',
      { stopAfterMs: 300 },
    );
    expect(result.status).toBe('stopped');
    expect((await run('print("next")')).stdout).toBe('next\n');
  }, 60_000);

  it.each([
    ['time.sleep', 'import time\nprint("go")\ntime.sleep(100)\n', /line 3, in <module>\n\s+time.sleep\(100\)/],
    ['asyncio.sleep', 'import asyncio\nasync def main():\n    print("go")\n    await asyncio.sleep(100)\nasyncio.run(main())\n', /asyncio.run\(main\(\)\)/],
  ])('interrupts a main thread parked in %s, in Python, without replacing the worker', async (_, code, where) => {
    const { result, stderr } = await run(code, { stopAfterMs: 200 });
    expect(result.status).toBe('stopped');
    expect(result.wallMs).toBeLessThan(5000);
    expect(stderr).toMatch(where);
    expect(stderr).toContain('KeyboardInterrupt');
    expect(result.recycle).toBeFalsy();
  }, 60_000);
});

describe('threads', () => {
  it('reports a lock-order deadlock with its cycle instead of hanging', async () => {
    const { result, stderr } = await run(`import threading, time
a, b = threading.Lock(), threading.Lock()
def one():
    with a:
        time.sleep(0.05)
        with b: pass
def two():
    with b:
        time.sleep(0.05)
        with a: pass
ts = [threading.Thread(target=one), threading.Thread(target=two)]
for t in ts: t.start()
for t in ts: t.join()
`);
    expect(result.status).toBe('deadlock');
    // Its two threads were unwound where they waited (unwind.py): the interpreter is reused.
    expect(result.recycle).toBeFalsy();
    expect(stderr).toMatch(/Thread-1 \(one\) at line 6 in one\(\): with b: pass\n\s+waits for Lock b, held by Thread-2 \(two\)/);
    expect(stderr).toContain('Cycle: Thread-1 (one) -> Thread-2 (two) -> Thread-1 (one)');
    expect(pool.size).toBeLessThanOrEqual(2);
    expect((await run('import threading\nprint("clean", threading.active_count())')).stdout).toBe('clean 1\n');
  }, 60_000);

  it('says where each parked thread waits when the deadlock shows at a thread\'s exit', async () => {
    // The last runnable thread ends while the others wait: the report is made in its exit, and
    // each parked thread looks up its own line then (_locate_parked), on its own stack.
    const { result, stderr } = await run(`import threading, queue, time
q = queue.Queue()
done = threading.Event()
def consumer():
    item = q.get()
def quitter():
    time.sleep(0.05)
c = threading.Thread(target=consumer, name="consumer")
c.start()
threading.Thread(target=quitter, name="quitter").start()
done.wait()
`);
    expect(result.status).toBe('deadlock');
    expect(stderr).toMatch(/MainThread at line 11 in <module>\(\): done\.wait\(\)\n\s+waits for done to be set \[Event\.wait\]/);
    expect(stderr).toMatch(/consumer at line 5 in consumer\(\): item = q\.get\(\)\n\s+waits for an item to be put on q \[Queue\.get\]/);
    expect((await run('import threading\nprint("clean", threading.active_count())')).stdout).toBe('clean 1\n');
  }, 60_000);

  it('starts every run with the collector\'s own thresholds, whatever the last run set', async () => {
    const fresh = (await run('import gc\nprint(gc.get_threshold())')).stdout;
    expect((await run('import gc\ngc.set_threshold(50)\nprint(gc.get_threshold()[0])')).stdout).toBe('50\n');
    expect((await run('import gc\nprint(gc.get_threshold())')).stdout).toBe(fresh);
  }, 60_000);

  it('ends the threads a program leaves parked (a daemon worker) without replacing the interpreter; a spinning one still does', async () => {
    const parked = await run(`import threading, queue
q = queue.Queue()
def worker():
    try:
        while True:
            q.get()
            q.task_done()
    finally:
        print("CPython drops this thread: this line never prints")
threading.Thread(target=worker, daemon=True).start()
q.put(1)
q.join()
print("done")
`);
    expect(parked.stdout).toBe('done\n');
    expect(parked.result.recycle).toBeFalsy();
    const spinning = await run('import threading, time\nthreading.Thread(target=lambda: [0 for _ in iter(int, 1)], daemon=True).start()\ntime.sleep(0.05)\n');
    expect(spinning.result.recycle).toBe(true);
    expect((await run('import threading\nprint(threading.active_count())')).stdout).toBe('1\n');
  }, 60_000);

  it('loses updates without a lock exactly where CPython does', async () => {
    const { stdout } = await run(`import threading
n = 0
def f(): return 1
def unsafe():
    global n
    for _ in range(100000): n = n + f()
ts = [threading.Thread(target=unsafe) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(n < 400000)
m = 0
lock = threading.Lock()
def safe():
    global m
    for _ in range(100000):
        with lock: m = m + f()
ts = [threading.Thread(target=safe) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(m)
`);
    expect(stdout).toBe('True\n400000\n');
  }, 60_000);

  it('refuses threads past the limit with a clear Python error', async () => {
    const { stderr, result } = await run(`import threading
ev = threading.Event()
ts = []
try:
    for i in range(2000):
        t = threading.Thread(target=ev.wait); t.start(); ts.append(t)
finally:
    ev.set()
    for t in ts: t.join()
`);
    expect(result.status).toBe('error');
    expect(stderr).toMatch(/RuntimeError: can't start new thread: this runtime holds at most \d+ live threads/);
  }, 120_000);
});


  it('refuses to block inside a JavaScript callback, and the threads it interrupted carry on', async () => {
    // The callback runs while the main thread waits on a lock (then on a sleep): blocking
    // there would park a stack that is not a thread's, clobbering the waiting thread's record.
    const { stdout, result } = await run(`import threading, time, js
from pyodide.ffi import create_once_callable
lock = threading.Lock()
lock.acquire()
def callback():
    try:
        lock.acquire()
    except RuntimeError as e:
        print("callback:", e)
def holder():
    time.sleep(0.2)
    lock.release()
js.setTimeout(create_once_callable(callback), 0)
t = threading.Thread(target=holder)
t.start()
lock.acquire()
print("main got the lock")
t.join()
`);
    expect(result.status).toBe('passed');
    expect(stdout).toBe('callback: cannot block inside a JavaScript callback: it runs on the event loop '
      + 'every thread needs to run (use a thread, or a non-blocking call)\nmain got the lock\n');
  }, 60_000);
describe('timeline', () => {
  it('a run of the main thread alone: one lane, one running span for the whole run, as the general summary draws it', async () => {
    const alone = (await pool.run({ code: 'x = sum(range(10**5))', filename: '<t>', timeline: true }, () => {}).result).timeline!;
    expect(alone.switches).toBe(0);
    expect(alone.lanes).toMatchObject([{ kind: 'thread', name: 'MainThread' }]);
    expect(alone.spans).toEqual([{ lane: alone.lanes[0]!.id, state: 'running', start: 0, end: expect.any(Number) }]);
    expect(alone.spans[0]!.end).toBeGreaterThan(0);
    // A wait makes the general walk draw it: the main lane is the same lane.
    const waited = (await pool.run({ code: 'import time; time.sleep(0.01)', filename: '<t>', timeline: true }, () => {}).result).timeline!;
    expect(waited.lanes).toEqual(alone.lanes);
    expect(waited.spans.map((s) => s.state)).toEqual(['running', 'sleeping', 'running']);
  });

  it('records lanes per thread, overlapping sleeps and who holds a contended lock', async () => {
    const events: RunEvent[] = [];
    const code = `import threading, time
lock = threading.Lock()
def nap(): time.sleep(0.2)
def hold():
    with lock: time.sleep(0.1)
sleepers = [threading.Thread(target=nap, name=f"sleeper-{i}") for i in range(3)]
for t in sleepers: t.start()
for t in sleepers: t.join()
a, b = threading.Thread(target=hold, name="a"), threading.Thread(target=hold, name="b")
a.start(); b.start(); a.join(); b.join()
`;
    const { timeline } = await pool.run({ code, filename: '<t>', timeline: true }, (e) => events.push(...e)).result;
    expect(timeline).toBeDefined();
    const names = timeline!.lanes.map((l) => l.name);
    expect(names).toEqual(['MainThread', 'sleeper-0', 'sleeper-1', 'sleeper-2', 'a', 'b']);
    const laneOf = (name: string) => timeline!.lanes.find((l) => l.name === name)!.id;
    const naps = ['sleeper-0', 'sleeper-1', 'sleeper-2'].map((n) =>
      timeline!.spans.find((s) => s.lane === laneOf(n) && s.state === 'sleeping')!);
    const overlapStart = Math.max(...naps.map((s) => s.start));
    const overlapEnd = Math.min(...naps.map((s) => s.end));
    expect(overlapEnd - overlapStart).toBeGreaterThan(150); // the three sleeps overlap
    const bWaits = timeline!.spans.find((s) => s.lane === laneOf('b') && s.state === 'waiting' && s.heldBy === 'a');
    expect(bWaits?.detail).toBe('Lock lock, held by a');
    expect(timeline!.switches).toBeGreaterThan(5);
  }, 60_000);

  it('times each span by when it happened: a compute stretch, a sleep, and the run after a timer', async () => {
    // Switch times come from the scheduler's clock slot (set by JS at each switch), not a clock
    // read: each span must still match what the program measured itself.
    const code = `import threading, time
def work():
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.08: pass
    print("busy", round((time.perf_counter() - t0) * 1000))
def napper():
    time.sleep(0.15)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.03: pass
w = threading.Thread(target=work, name="worker")
n = threading.Thread(target=napper, name="napper")
w.start(); n.start(); w.join(); n.join()
`;
    const { timeline } = await pool.run({ code, filename: '<t>', timeline: true }, () => {}).result;
    const laneOf = (name: string) => timeline!.lanes.find((l) => l.name === name)!.id;
    const total = (lane: string, state: string) => timeline!.spans
      .filter((s) => s.lane === lane && s.state === state).reduce((sum, s) => sum + s.end - s.start, 0);
    // One thread runs at a time: running spans never overlap (a stale switch time would make
    // a resumed thread's span start before the last one ended).
    const running = timeline!.spans.filter((s) => s.state === 'running').sort((x, y) => x.start - y.start);
    for (let i = 1; i < running.length; i++) expect(running[i]!.start).toBeGreaterThanOrEqual(running[i - 1]!.end - 0.01);
    // The worker's 80 ms loop ran mostly alone (main and the napper ran briefly beside it).
    expect(total(laneOf('worker'), 'running')).toBeGreaterThan(40);
    expect(total(laneOf('worker'), 'running')).toBeLessThan(130);
    const nap = timeline!.spans.find((s) => s.lane === laneOf('napper') && s.state === 'sleeping')!;
    expect(nap.end - nap.start).toBeGreaterThanOrEqual(149);
    expect(nap.end - nap.start).toBeLessThan(250);
    // After the timer, the napper's own 30 ms of work shows as running, not as part of the nap.
    expect(total(laneOf('napper'), 'running')).toBeGreaterThan(29);
  }, 60_000);

  it('gives each asyncio task a lane: three sleeping tasks overlap, a waiting one says where it awaits', async () => {
    const code = `import asyncio
async def nap(n):
    await asyncio.sleep(0.2)
async def main():
    q = asyncio.Queue()
    async def consumer():
        return await q.get()
    c = asyncio.create_task(consumer(), name="consumer")
    await asyncio.gather(*(nap(i) for i in range(3)))
    await q.put(1)
    await c
asyncio.run(main())
`;
    const { timeline } = await pool.run({ code, filename: '<t>', timeline: true }, () => {}).result;
    const tasks = timeline!.lanes.filter((l) => l.kind === 'task');
    expect(tasks.map((l) => l.name)).toEqual(
      ['Task-1 (main)', 'consumer (main.<locals>.consumer)', 'Task-2 (nap)', 'Task-3 (nap)', 'Task-4 (nap)']);
    const naps = tasks.filter((l) => l.name.endsWith('(nap)')).map((l) =>
      timeline!.spans.find((s) => s.lane === l.id && s.state === 'sleeping')!);
    expect(Math.min(...naps.map((s) => s.end)) - Math.max(...naps.map((s) => s.start))).toBeGreaterThan(150);
    const consumerWait = timeline!.spans.find((s) => s.lane === tasks[1].id && s.state === 'waiting');
    expect(consumerWait?.detail).toBe('line 7 in consumer(): return await q.get()');
  }, 60_000);

  it('stops recording after MAX_EVENTS and says when: a long run still ends with a timeline a page can draw', async () => {
    const code = `import queue, threading
ping, pong = queue.Queue(), queue.Queue()
def player():
    for _ in range(6000):
        pong.put(ping.get())
t = threading.Thread(target=player)
t.start()
for i in range(6000):
    ping.put(i)
    pong.get()
t.join()
print("done")
`;
    const { status, timeline } = await pool.run({ code, filename: '<t>', timeline: true }, () => {}).result;
    expect(status).toBe('passed');
    expect(timeline!.stoppedAt).toBeGreaterThan(0);
    expect(timeline!.spans.length).toBeLessThanOrEqual(10_001); // MAX_EVENTS, and the one open at the stop
    expect(Math.max(...timeline!.spans.map((s) => s.end))).toBeLessThanOrEqual(timeline!.stoppedAt!);
  }, 60_000);

  it('gives each child process a lane: Pool workers compute at the same time, each task named, and wait between tasks', async () => {
    const code = `import multiprocessing as mp, time
def spin(n):
    t = time.perf_counter()
    while time.perf_counter() - t < 0.3:
        pass
    return n
if __name__ == "__main__":
    both = mp.Barrier(2)   # no task before both workers are up (one may boot a fresh worker)
    with mp.Pool(2, initializer=both.wait) as pool:
        print(pool.map(spin, range(4), chunksize=1))
`;
    const events: RunEvent[] = [];
    const { status, timeline } = await pool.run({ code, filename: '<t>', timeline: true }, (e) => events.push(...e)).result;
    expect(status).toBe('passed');
    const procs = timeline!.lanes.filter((l) => l.kind === 'process');
    expect(procs.map((l) => l.name)).toEqual([expect.stringMatching(/PoolWorker-1 \(pid \d+\)$/), expect.stringMatching(/PoolWorker-2 \(pid \d+\)$/)]);
    const running = (id: string) => timeline!.spans.filter((s) => s.lane === id && s.state === 'running' && s.end - s.start >= 250);
    const [a, b] = procs.map((l) => running(l.id));
    // Four tasks between them, however the pool dealt them (a worker's first span may also hold
    // its start-up imports).
    const tasks = (spans: typeof a) => spans!.filter((s) => s.detail?.startsWith('spin('));
    const procLanes = new Set(procs.map((l) => l.id));
    const lanesText = JSON.stringify(timeline!.spans.filter((s) => procLanes.has(s.lane)));
    expect(tasks(a).length, lanesText).toBeGreaterThan(0);   // each lane from the child's own timeline
    expect(tasks(b).length, lanesText).toBeGreaterThan(0);
    expect(a!.length + b!.length).toBeGreaterThanOrEqual(4);
    // Each task's stretch is named by the task, as the worker took it from its queue.
    // (A worker's start-up, before its first task, is a running span with no task.)
    expect([...a!, ...b!].flatMap((s) => s.detail ?? []).sort()).toEqual(['spin(0)', 'spin(1)', 'spin(2)', 'spin(3)']);
    const overlap = Math.max(...a!.flatMap((x) => b!.map((y) => Math.min(x.end, y.end) - Math.max(x.start, y.start))));
    expect(overlap).toBeGreaterThan(150);                     // the two workers computed at the same time
    // The worker whose last task ends first waits for another until the pool ends (which of the
    // two that is depends on how the tasks were dealt).
    expect(timeline!.spans.some((s) => procLanes.has(s.lane) && s.state === 'outside')).toBe(true);
    const last = Math.max(...timeline!.spans.map((s) => s.end));
    expect(last).toBeLessThan(events.at(-1)!.t + 1000);       // on the main program's clock
  }, 120_000);

  it('names ProcessPoolExecutor tasks: submit() calls with their arguments, map() chunks by size', async () => {
    const code = `from concurrent.futures import ProcessPoolExecutor
def power(x, y=2):
    return x ** y
if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        print(ex.submit(power, 3, y=3).result(), list(ex.map(power, range(4), chunksize=2)))
`;
    const { status, timeline } = await pool.run({ code, filename: '<t>', timeline: true }, () => {}).result;
    expect(status).toBe('passed');
    const procLanes = new Set(timeline!.lanes.filter((l) => l.kind === 'process').map((l) => l.id));
    const tasks = timeline!.spans.filter((s) => procLanes.has(s.lane) && s.state === 'running' && s.detail).map((s) => s.detail);
    expect(tasks.sort()).toEqual(['power x 2 items', 'power x 2 items', 'power(3, y=3)']);
  }, 120_000);
});
