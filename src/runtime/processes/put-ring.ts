// A process's unbounded puts (Queue.put, Connection.send) travel to its group through a ring in
// shared memory: a put is a copy and an Atomics.notify, where a postMessage from a worker costs
// about 17 us. One writer (the process) and one reader (the group): the group drains a ring when
// Atomics.waitAsync says it grew, and drains every ring before it handles any port message, so a
// put reaches its channel before anything the process posted after it. A message of any size
// goes through in chunks; a writer that finds the ring full waits for the group to drain it, as
// a writer to a full pipe does. Needs SharedArrayBuffer; without it puts take the port.

import { sharedMemoryUsable } from './shared-memory.ts';

/** Int32 slots before the data: bytes written and bytes read (both mod 2^32), closed flag, and
 *  whether the group waits to be woken (a notify is costly: only then is one sent). */
const HEADER_BYTES = 16;
const WRITTEN = 0;
const READ = 1;
const CLOSED = 2;
const ASLEEP = 3;
/** A record: chunk length (u32), last-chunk flag (u32), channel id (f64), then the bytes. */
const RECORD_HEADER = 16;
/** A length that says "the rest of this lap is unused: go on at the start". */
const WRAP = 0xffffffff;
export const RING_CAPACITY = 1 << 20;
const MAX_CHUNK = RING_CAPACITY / 4;
/** A full ring is drained as soon as the group's thread is free; past this, something is wrong. */
const FULL_TIMEOUT_MS = 30_000;

function views(sab: SharedArrayBuffer) {
  return {
    head: new Int32Array(sab, 0, HEADER_BYTES / 4),
    data: new DataView(sab, HEADER_BYTES),
    bytes: new Uint8Array(sab, HEADER_BYTES),
  };
}

/** The process's side. */
export class PutRing {
  readonly sab = new SharedArrayBuffer(HEADER_BYTES + RING_CAPACITY);
  private readonly v = views(this.sab);
  private written = 0;

  write(ch: number, message: Uint8Array): void {
    let offset = 0;
    do {
      const n = Math.min(message.length - offset, MAX_CHUNK);
      const pos = this.reserve(RECORD_HEADER + n);
      this.v.data.setUint32(pos, n);
      this.v.data.setUint32(pos + 4, offset + n === message.length ? 1 : 0);
      this.v.data.setFloat64(pos + 8, ch);
      this.v.bytes.set(message.subarray(offset, offset + n), pos + RECORD_HEADER);
      this.written = (this.written + RECORD_HEADER + n) >>> 0;
      Atomics.store(this.v.head, WRITTEN, this.written | 0);
      offset += n;
    } while (offset < message.length);
    this.wake();
  }

  private wake(): void {
    if (Atomics.load(this.v.head, ASLEEP) && Atomics.exchange(this.v.head, ASLEEP, 0)) Atomics.notify(this.v.head, WRITTEN);
  }

  /** Where a record of `size` bytes goes, once the ring has room for it (in one piece). */
  private reserve(size: number): number {
    let pos = this.written % RING_CAPACITY;
    const rest = RING_CAPACITY - pos;
    const needed = rest < size ? rest + size : size;
    for (;;) {
      if (Atomics.load(this.v.head, CLOSED)) throw new Error('the process group has ended');
      const read = Atomics.load(this.v.head, READ);
      if (RING_CAPACITY - ((this.written - (read >>> 0)) >>> 0) >= needed) break;
      this.wake(); // the group may not know yet that there is something to drain
      if (Atomics.wait(this.v.head, READ, read, FULL_TIMEOUT_MS) === 'timed-out') {
        throw new Error(`the process group did not take this process's messages within ${FULL_TIMEOUT_MS / 1000} s`);
      }
    }
    if (rest < size) {
      if (rest >= RECORD_HEADER) this.v.data.setUint32(pos, WRAP);
      this.written = (this.written + rest) >>> 0;
      pos = 0;
    }
    return pos;
  }
}

/** The group's side: hands each whole message to `deliver`, in order. */
export class RingReader {
  private readonly v: ReturnType<typeof views>;
  private read = 0;
  private chunks: Uint8Array[] = [];
  private closed = false;
  private readonly deliver: (ch: number, message: Uint8Array) => void;

  constructor(sab: SharedArrayBuffer, deliver: (ch: number, message: Uint8Array) => void) {
    this.v = views(sab);
    this.deliver = deliver;
    this.watch();
  }

  /** Everything written so far goes to its channel now. */
  drain(): void {
    const written = Atomics.load(this.v.head, WRITTEN) >>> 0;
    if (written === this.read) return;
    while (this.read !== written) {
      const pos = this.read % RING_CAPACITY;
      const rest = RING_CAPACITY - pos;
      if (rest < RECORD_HEADER || this.v.data.getUint32(pos) === WRAP) {
        this.read = (this.read + rest) >>> 0;
        continue;
      }
      const n = this.v.data.getUint32(pos);
      const last = this.v.data.getUint32(pos + 4) === 1;
      const ch = this.v.data.getFloat64(pos + 8);
      this.chunks.push(this.v.bytes.slice(pos + RECORD_HEADER, pos + RECORD_HEADER + n));
      this.read = (this.read + RECORD_HEADER + n) >>> 0;
      if (last) this.deliver(ch, join(this.chunks.splice(0)));
    }
    Atomics.store(this.v.head, READ, this.read | 0);
    Atomics.notify(this.v.head, READ); // a writer waiting for room
  }

  /** No more reading: a writer waiting for room fails instead of waiting forever. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.v.head, CLOSED, 1);
    Atomics.notify(this.v.head, READ);
    Atomics.notify(this.v.head, WRITTEN); // ends our own waitAsync
  }

  private watch(): void {
    if (this.closed) return;
    // Asleep first, then look: a write after the look either sees the flag or changes the value
    // waitAsync compares with.
    Atomics.store(this.v.head, ASLEEP, 1);
    const seen = Atomics.load(this.v.head, WRITTEN);
    if ((seen >>> 0) !== this.read) {
      this.drain();
      queueMicrotask(() => this.watch());
      return;
    }
    const w = Atomics.waitAsync(this.v.head, WRITTEN, seen);
    if (w.async) w.value.then(() => { if (!this.closed) { this.drain(); this.watch(); } });
    else queueMicrotask(() => this.watch());
  }
}

function join(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The group's side needs Atomics.waitAsync too (not every browser has it). */
export function putRingUsable(): boolean {
  return sharedMemoryUsable() && typeof Atomics.waitAsync === 'function';
}
