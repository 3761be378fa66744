// The JS half of green threads (Python half: src/runtime/python/pyrt/threads/).
// Each thread is a promising call on its own stack. A thread that waits suspends with a poll()
// (suspend-poll.ts) on a promise made here, which a wake or a timer resolves; wakes come from
// Python through shared memory (wait-slots.ts). The time slice raises SIGUSR1 through the
// signal buffer.
import { IN_NODE } from './environment.ts';
import type { InterpreterContext } from './interpreter.ts';
import { installSuspendPoll, SUSPEND_FD } from './suspend-poll.ts';
import { WAIT, WaitSlots } from './wait-slots.ts';

const SIGUSR1 = 10;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How often Stop is looked for while every thread is parked (no Python runs to see it). */
const IDLE_INTERRUPT_POLL_MS = 25;
/**
 * Most live threads. Each suspended stack keeps a thread state and a slice of the C stack.
 * Measured under Node 24 (threads parked on an Event, then joined): 560 live threads work,
 * 600 crash the interpreter ("memory access out of bounds"); stack depth made no difference.
 * 400 keeps a margin for stacks parked deeper in C code.
 */
export const MAX_THREADS = 400;

interface Waiter { resolve: () => void; timer: ReturnType<typeof setTimeout> | undefined }
interface PyFunction { callPromising(...args: unknown[]): Promise<unknown>; destroy(): void }

export function installThreads(ctx: InterpreterContext): ThreadsService {
  const service = new ThreadsService(ctx);
  ctx.pyodide.registerJsModule('pyrt_threads_js', service.pythonApi());
  ctx.pyodide.runPython(`import pyrt.threads; pyrt.threads.install(${MAX_THREADS})`);
  ctx.signals.addSource(() => service.sliceSignal());
  return service;
}

export class ThreadsService {
  /** The wait of each slot's thread, while it is suspended on one. */
  private readonly waiters: (Waiter | undefined)[] = [];
  private readonly slots: WaitSlots;
  private readonly yieldMacrotask = makeMacrotaskYield();
  /** Threads whose stacks have not ended (counted here: telling JS from Python costs a call). */
  private alive = 1;
  /** Which run the counted stacks belong to (reset() starts a new one). */
  private generation = 0;
  /** The running thread found nobody else to run at its last slice (all others wait on
   *  something only a wake, a timer or a new thread can end, and none is timed): no slices
   *  until one of those happens, as CPython's GIL is never asked for then. */
  private alone = false;
  private sliceStart = performance.now();
  private intervalMs = 5;
  /** What the run in progress starts once a thread first parks (see whenParked). */
  private parkHooks: (() => void)[] = [];
  private deliverSigint: (PyFunction & (() => void)) | undefined;
  /** pyrt.threads.thread_api._bootstrap: the bottom of every thread's stack. */
  private bootstrap: PyFunction | undefined;
  private readonly ctx: InterpreterContext;

  constructor(ctx: InterpreterContext) {
    this.ctx = ctx;
    const module = (ctx.pyodide as unknown as { _module: ConstructorParameters<typeof WaitSlots>[0] })._module;
    this.slots = new WaitSlots(module);
    installSuspendPoll(ctx.pyodide, () => this.slots.count, (slot) => this.suspend(slot));
  }

  /** The module Python imports as `pyrt_threads_js`. */
  pythonApi() {
    return {
      max_threads: MAX_THREADS,
      suspend_fd: SUSPEND_FD,
      wait_states: { ...WAIT },
      set_shared: (f64: number, i32: number, slots: number) => this.slots.setShared(f64, i32, slots),
      // Wakes listed while no thread is running (Python called from a JS callback).
      resume_woken: () => this.resumeWoken(),
      race_interrupt: (slot: number, promise: Promise<unknown>) => {
        this.resumeWoken();
        return Promise.race([promise, this.wait(slot, -1)]);
      },
      set_bootstrap: (fn: PyFunction) => { this.bootstrap = fn; },
      spawn: (ident: number) => this.spawn(ident),
      alone: () => {
        this.newSlice();
        this.alone = true;
      },
      set_switch_interval: (seconds: number) => { this.intervalMs = seconds * 1000; },
      reset: () => this.reset(),
    };
  }

  /** Asked by the signal buffer while Python runs: is the running thread's slice over? */
  sliceSignal(): number {
    if (this.alone && this.slots.wakesPending) this.alone = false; // someone may run now
    return this.alive > 1 && !this.alone && performance.now() - this.sliceStart >= this.intervalMs ? SIGUSR1 : 0;
  }

  /**
   * Calls `start` the first time a thread of this run parks or yields (only then does the event
   * loop turn, so only then can a timer fire): a run that never waits pays for no timers.
   * Returns what cancels it, or stops what `start` started.
   */
  whenParked(start: () => () => void): () => void {
    let stop: (() => void) | undefined;
    const hook = () => { stop = start(); };
    this.parkHooks.push(hook);
    return () => {
      const i = this.parkHooks.indexOf(hook);
      if (i >= 0) this.parkHooks.splice(i, 1);
      stop?.();
    };
  }

  private parked(): void {
    if (!this.parkHooks.length) return;
    const hooks = this.parkHooks;
    this.parkHooks = [];
    // Once the stack has suspended: called from inside poll(), where the thread state is
    // released, a hook could not call Python.
    queueMicrotask(() => { for (const hook of hooks) hook(); });
  }

  /** Notice Stop while every thread is parked (no Python runs to read the signal slot). */
  watchInterrupts(shared: Int32Array): () => void {
    const deliverSigint = (this.deliverSigint ??=
      this.ctx.pyodide.pyimport('pyrt.threads.scheduler').deliver_sigint as PyFunction & (() => void));
    const idlePoll = setInterval(() => {
      // A timer callback runs only when no Python runs on this thread: deliver SIGINT here.
      if (Atomics.load(shared, 0) === 2 && Atomics.exchange(shared, 0, 0) === 2) deliverSigint();
    }, IDLE_INTERRUPT_POLL_MS);
    return () => clearInterval(idlePoll);
  }

  private newSlice(now = performance.now()): void {
    this.sliceStart = now;
    this.stampAt(now);
  }

  /**
   * Sets the clock slot to perf_counter() (seconds; the same clock as performance.now()).
   * Called at every point where the thread that runs can change, so the timeline reads when a
   * switch happened without a clock call of its own (switching.py's clock).
   */
  private stamp(): void {
    this.stampAt(performance.now());
  }

  private stampAt(ms: number): void {
    this.alone = false; // a switch point: a thread may have become runnable
    this.slots.clock = ms / 1000;
  }

  /** The thread in `slot` suspends (its poll() of suspend-poll.ts): what it waits on. */
  private suspend(slot: number): Promise<void> {
    const now = performance.now(); // one clock read for the whole switch (about 0.1 us each)
    this.resumeWoken(now);
    this.slots.stoppedAt(slot, now / 1000);
    if (this.slots.state(slot) === WAIT.YIELDING) {
      this.parked();
      this.newSlice(now);
      return this.yieldMacrotask().then(() => {
        this.stamp();
        this.slots.setState(slot, WAIT.WOKEN);
      });
    }
    return this.wait(slot, this.slots.timeoutMs(slot), now);
  }

  private wait(slot: number, ms: number, now = performance.now()): Promise<void> {
    this.parked();
    this.ctx.sink.flushSoon(); // no poll() while every thread waits
    this.newSlice(now); // this thread blocks: whoever runs next gets a fresh slice
    return new Promise((resolve) => {
      const w: Waiter = { resolve, timer: undefined };
      this.waiters[slot] = w;
      // Past setTimeout's limit (about 24.8 days) a wait is as good as forever on a page.
      if (ms >= 0 && ms <= MAX_TIMER_MS) {
        // Never before its time, as CPython's waits: timers count whole milliseconds and may
        // fire up to one early (Node's loop time is read at the start of its iteration).
        const deadline = now + ms;
        const fire = () => {
          const left = deadline - performance.now();
          if (left > 0) {
            w.timer = setTimeout(fire, Math.ceil(left));
            return;
          }
          if (this.waiters[slot] !== w) return;
          this.waiters[slot] = undefined;
          this.stamp();
          this.slots.setState(slot, WAIT.TIMED_OUT);
          resolve();
        };
        w.timer = setTimeout(fire, Math.ceil(ms));
      }
    });
  }

  /** Resume the threads Python woke (it wrote each one's result into its slot). */
  private resumeWoken(now?: number): void {
    let any = false;
    this.slots.takeWakes((slot) => {
      const w = this.waiters[slot];
      if (!w) return;
      this.waiters[slot] = undefined;
      if (w.timer !== undefined) clearTimeout(w.timer);
      w.resolve();
      any = true;
    });
    if (any) this.stampAt(now ?? performance.now()); // a woken thread may run next
  }

  private spawn(ident: number): void {
    this.alive++;
    const generation = this.generation;
    // A fresh stack must be entered from the event loop, never from inside another promising call.
    queueMicrotask(() => {
      this.stamp();
      this.bootstrap!.callPromising(ident)
        .catch((e: unknown) => this.ctx.sink.output('stderr', `internal error in a thread: ${String(e)}\n`))
        .then(() => {
          if (generation === this.generation) this.alive--; // (a stack of an earlier run: uncounted)
          this.stamp(); // its stack ended: whoever runs next starts now
          this.resumeWoken(); // its exit woke its joiners
        });
    });
  }

  private reset(): void {
    for (const w of this.waiters) if (w?.timer !== undefined) clearTimeout(w.timer);
    this.waiters.length = 0; // abandoned stacks never resume
    this.slots.clearWakes();
    this.alive = 1;
    this.generation++;
    this.alone = false;
  }
}

/** A macrotask without setTimeout's 4 ms clamp: setImmediate on Node, a MessageChannel in browsers. */
function makeMacrotaskYield(): () => Promise<void> {
  if (IN_NODE) return () => new Promise((resolve) => setImmediate(resolve));
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return () => new Promise<void>((resolve) => {
    queue.push(resolve);
    channel.port2.postMessage(0);
  });
}
