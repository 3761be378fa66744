// The memory the two halves of the scheduler share (Python half: pyrt/threads/switching.py).
//
// A thread switch used to cost three JS calls from Python (make the waiter, wake it, suspend
// on it): about 4 us each in wasm, most of a Queue hand-off. Now each thread has a slot: Python
// writes why it stops (parked, with a timeout; yielding) into its slot and suspends with one
// poll() (suspend-poll.ts); a thread that wakes another writes the result into the other's slot
// and appends the slot to a list of wakes. The JS side reads that list at the next switch, the
// only time its event loop can run anything: no JS call at all for a wake. Single-threaded
// (wasm and its JS share one thread), so plain reads and writes suffice.
//
// Layout, two Python bytearrays whose addresses Python gives once (`set_shared`):
//   float64: [0] the clock at the last switch (seconds), [1 + slot] the slot's timeout in ms
//            (< 0: none), [1 + slots + slot] when the slot's thread last stopped (seconds)
//   int32:   [0] wakes listed, [1 .. slots] the woken slots, [1 + slots + slot] the slot's state

/** A slot's state: why its thread is not running, or how its wait ended (read on resuming). */
export const WAIT = {
  TIMED_OUT: 0,
  WOKEN: 1,
  DEADLOCK: -1,
  INTERRUPTED: -2,
  UNWIND: -3,
  /** Not an end: a deadlock report asks the thread where it waits (scheduler.py's _locate_parked). */
  LOCATE: 5,
  PARKED: 2,
  YIELDING: 3,
  RUNNING: 4,
} as const;

interface Heaps { HEAP32: Int32Array; HEAPF64: Float64Array }

export class WaitSlots {
  private f64 = -1;
  private i32 = -1;
  private slots = 0;
  private readonly module: Heaps;

  constructor(module: Heaps) {
    this.module = module;
  }

  /** Called by Python once: byte addresses of its two buffers, and how many slots. */
  setShared(f64Address: number, i32Address: number, slots: number): void {
    this.f64 = f64Address >> 3;
    this.i32 = i32Address >> 2;
    this.slots = slots;
  }

  get count(): number {
    return this.slots;
  }

  // The heap views are looked up at every access: they are replaced when wasm memory grows.
  set clock(seconds: number) {
    if (this.f64 >= 0) this.module.HEAPF64[this.f64] = seconds;
  }

  stoppedAt(slot: number, seconds: number): void {
    this.module.HEAPF64[this.f64 + 1 + this.slots + slot] = seconds;
  }

  timeoutMs(slot: number): number {
    return this.module.HEAPF64[this.f64 + 1 + slot]!;
  }

  state(slot: number): number {
    return this.module.HEAP32[this.i32 + 1 + this.slots + slot]!;
  }

  setState(slot: number, state: number): void {
    this.module.HEAP32[this.i32 + 1 + this.slots + slot] = state;
  }

  /** True when Python has woken a thread that JS has not resumed yet. */
  get wakesPending(): boolean {
    return this.i32 >= 0 && this.module.HEAP32[this.i32] !== 0;
  }

  /** The slots woken since the last call, the list emptied. */
  takeWakes(each: (slot: number) => void): void {
    if (!this.wakesPending) return;
    const heap = this.module.HEAP32;
    const n = heap[this.i32]!;
    heap[this.i32] = 0;
    for (let i = 1; i <= n; i++) each(heap[this.i32 + i]!);
  }

  clearWakes(): void {
    if (this.i32 >= 0) this.module.HEAP32[this.i32] = 0;
  }
}
