// Memory shared by the processes of a group: one SharedArrayBuffer per segment (a Lock, a
// Value, an Array, a SharedMemory block), made where Python asks for it and handed to the group,
// from which the other processes fetch it the first time they unpickle something that uses it.
// Blocking waits use Atomics.waitAsync, so only the waiting green thread is suspended.

/** Whether this thread can share memory with the others: SharedArrayBuffer exists and the page
 *  is cross-origin isolated (on Node, always). */
export function sharedMemoryUsable(): boolean {
  const g = globalThis as { crossOriginIsolated?: boolean };
  return typeof SharedArrayBuffer === 'function' && g.crossOriginIsolated !== false;
}

/** A SharedMemory block's segment starts with its size (8 bytes), then its data. */
export const SHM_HEADER = 8;

export class SharedSegments {
  private readonly segments = new Map<number, SharedArrayBuffer>();
  private readonly i32 = new Map<number, Int32Array>();
  /** SharedMemory blocks: the data as this process last saw it (see sync). */
  private readonly seen = new Map<number, Uint8Array>();

  has(id: number): boolean {
    return this.segments.has(id);
  }

  create(id: number, size: number): SharedArrayBuffer {
    const buffer = new SharedArrayBuffer(Math.max(8, (size + 7) & ~7));
    this.add(id, buffer);
    return buffer;
  }

  add(id: number, buffer: SharedArrayBuffer): void {
    this.segments.set(id, buffer);
    this.i32.set(id, new Int32Array(buffer));
  }

  clear(): void {
    this.segments.clear();
    this.i32.clear();
    this.seen.clear();
  }

  /** Reconcile this process's copy of a SharedMemory block with the segment: write the bytes
   *  it changed since it last synced, then return the segment's data (which it copies back). */
  sync(id: number, local: Uint8Array, offset: number): Uint8Array {
    const shared = new Uint8Array(this.buffer(id), offset, local.length);
    const seen = this.seen.get(id);
    if (seen) {
      for (let i = 0; i < local.length; i++) if (local[i] !== seen[i]) shared[i] = local[i];
    }
    const now = shared.slice();
    this.seen.set(id, now);
    return now.slice(); // the caller's copy: changing it must not change what was seen
  }

  size(id: number): number {
    return this.buffer(id).byteLength;
  }

  read(id: number, offset: number, length: number): Uint8Array {
    return new Uint8Array(this.buffer(id), offset, length).slice();
  }

  write(id: number, offset: number, data: Uint8Array): void {
    new Uint8Array(this.buffer(id), offset, data.length).set(data);
  }

  load(id: number, index: number): number {
    return Atomics.load(this.ints(id), index);
  }

  store(id: number, index: number, value: number): void {
    Atomics.store(this.ints(id), index, value);
  }

  compareExchange(id: number, index: number, expected: number, value: number): number {
    return Atomics.compareExchange(this.ints(id), index, expected, value);
  }

  add32(id: number, index: number, delta: number): number {
    return Atomics.add(this.ints(id), index, delta);
  }

  notify(id: number, index: number, count: number): number {
    return Atomics.notify(this.ints(id), index, count < 0 ? Infinity : count);
  }

  /** Resolves when slot `index` may no longer hold `value` (notified), or after `ms` (ms < 0: never). */
  waitWhile(id: number, index: number, value: number, ms: number): Promise<string> {
    const ints = this.ints(id);
    const timeout = ms < 0 ? Infinity : ms;
    const waitAsync = (Atomics as { waitAsync?: typeof Atomics.waitAsync }).waitAsync;
    if (waitAsync) {
      const r = waitAsync(ints, index, value, timeout);
      return r.async ? r.value : Promise.resolve(r.value);
    }
    // No waitAsync (older Firefox): poll, which still suspends only this thread.
    const deadline = performance.now() + timeout;
    return new Promise((resolve) => {
      const check = () => {
        if (Atomics.load(ints, index) !== value) resolve('ok');
        else if (performance.now() >= deadline) resolve('timed-out');
        else setTimeout(check, 1);
      };
      check();
    });
  }

  private buffer(id: number): SharedArrayBuffer {
    const b = this.segments.get(id);
    if (!b) throw new Error(`shared memory segment ${id} is not mapped here`);
    return b;
  }

  private ints(id: number): Int32Array {
    const a = this.i32.get(id);
    if (!a) throw new Error(`shared memory segment ${id} is not mapped here`);
    return a;
  }
}
