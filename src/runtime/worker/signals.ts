// Pyodide's "interrupt buffer", as an object whose slot 0 is read by the interpreter every so
// often while Python runs (every 50 eval-breaker checks and on each PyErr_CheckSignals from C).
// A getter lets one buffer carry several sources without extra threads:
//   * SIGINT (2) written by the page into a SharedArrayBuffer (the Stop button);
//   * signals raised by runtime services (the green-thread time slice, see threads.ts);
//   * a periodic poll hook (flushing output while Python computes).
// Without cross-origin isolation there is no shared slot: Stop then terminates the worker.

export const SIGINT = 2;
const POLL_EVERY = 32; // read the clock only every 32nd check: the getter is hot

export type SignalSource = () => number;

export class SignalBuffer {
  private ticks = 0;
  private readonly sources: SignalSource[] = [];
  private readonly pollers: (() => void)[] = [];

  /** The object handed to pyodide.setInterruptBuffer. */
  readonly buffer: { readonly 0: number };
  private readonly shared?: Int32Array;

  constructor(shared?: Int32Array) {
    this.shared = shared;
    const read = () => this.read();
    this.buffer = Object.defineProperty({}, 0, { get: read, set() {}, enumerable: true }) as { readonly 0: number };
  }

  /** A source returns a signal number to raise, or 0; it is asked every POLL_EVERY checks. */
  addSource(source: SignalSource): void {
    this.sources.push(source);
  }

  addPoller(poll: () => void): void {
    this.pollers.push(poll);
  }

  /** Clear a pending SIGINT left over from a previous run. */
  clearShared(): void {
    if (this.shared) Atomics.store(this.shared, 0, 0);
  }

  read(): number {
    const shared = this.shared;
    if (shared && shared[0]) return Atomics.exchange(shared, 0, 0);
    if (++this.ticks % POLL_EVERY) return 0;
    for (const poll of this.pollers) poll();
    for (const source of this.sources) {
      const signal = source();
      if (signal) return signal;
    }
    return 0;
  }
}
