// One message channel of a process group: what multiprocessing's Queue, SimpleQueue,
// JoinableQueue and each direction of a Pipe are built on. Messages are pickled bytes, kept in
// order; readers wait in order. The channel also counts open write ends, so a reader gets
// EOF once every writer has closed (as a pipe does), and unfinished tasks (JoinableQueue).
import type { GetReply } from './messages.ts';

/** What a get() resolves with when there is no message: timed out, or every writer closed. */
export const EMPTY = 0;
export const EOF = 1;

interface Getter { owner: number; resolve: (v: GetReply) => void; timer?: ReturnType<typeof setTimeout>; peek: boolean }
interface Putter { owner: number; data: Uint8Array; resolve: (ok: boolean) => void; timer?: ReturnType<typeof setTimeout> }
interface Joiner { owner: number; resolve: () => void }

export class Channel {
  private readonly items = new Fifo<Uint8Array>();
  private readonly getters: Getter[] = [];
  private readonly putters: Putter[] = [];
  private readonly joiners: Joiner[] = [];
  /** Notified on every change that may make the channel readable (select/wait). */
  readonly watchers = new Set<() => void>();
  maxsize = 0;
  unfinished = 0;
  /** Write ends open anywhere; -1 until the first one is counted (a Queue never counts). */
  writers = -1;

  get size(): number {
    return this.items.length;
  }

  /** The size of the message a get would take now (0: none). */
  get nextLength(): number {
    return this.items.first?.length ?? 0;
  }

  /** Readable now: a message waits, or no writer is left (recv would raise EOFError). */
  get ready(): boolean {
    return this.items.length > 0 || this.writers === 0;
  }

  /** Put; resolves false if the channel stayed full for `ms` (ms < 0: wait forever). */
  put(owner: number, data: Uint8Array, ms: number): Promise<boolean> | boolean {
    if (this.maxsize > 0 && this.items.length >= this.maxsize) {
      if (ms === 0) return false;
      return new Promise((resolve) => {
        const p: Putter = { owner, data, resolve };
        if (ms > 0) p.timer = setTimeout(() => { remove(this.putters, p); resolve(false); }, ms);
        this.putters.push(p);
      });
    }
    this.deliver(data);
    return true;
  }

  get(owner: number, ms: number, peek = false): Promise<GetReply> | GetReply {
    if (this.items.length) return peek ? true : this.take();
    if (this.writers === 0) return EOF;
    if (ms === 0) return EMPTY;
    return new Promise((resolve) => {
      const g: Getter = { owner, resolve, peek };
      if (ms > 0) g.timer = setTimeout(() => { remove(this.getters, g); resolve(EMPTY); }, ms);
      this.getters.push(g);
    });
  }

  /** Take the first message and, in an unbounded channel (no putter waits for the room) where
   *  at least `minLend` more wait (a stream, not a few tasks that other readers are about to
   *  ask for), more after it while they fit in `maxBytes` (4 bytes each besides its own): a loan. */
  takeBatch(maxCount: number, maxBytes: number, minLend: number): Uint8Array[] {
    const first = this.take();
    const batch = [first];
    let bytes = 4 + first.length;
    if (this.maxsize > 0 || this.items.length < minLend) return batch;
    while (batch.length < maxCount && this.items.length) {
      const next = this.items.first!;
      if (bytes + 4 + next.length > maxBytes) break;
      batch.push(this.items.shift()!);
      bytes += 4 + next.length;
    }
    return batch;
  }

  /** Messages lent and not taken come back, ahead of the rest, in their order. */
  giveBack(items: Uint8Array[]): void {
    if (!items.length) return;
    this.items.unshiftAll(items);
    this.notify();
  }

  taskDone(): boolean {
    if (this.unfinished <= 0) return false;
    if (--this.unfinished === 0) for (const j of this.joiners.splice(0)) j.resolve();
    return true;
  }

  join(owner: number): Promise<void> | void {
    if (this.unfinished === 0) return;
    return new Promise((resolve) => this.joiners.push({ owner, resolve }));
  }

  openWriter(): void {
    this.writers = Math.max(this.writers, 0) + 1;
  }

  closeWriter(): void {
    if (this.writers > 0 && --this.writers === 0) {
      // Every writer is gone: waiting readers get EOF (after whatever is still queued).
      for (const g of this.getters.splice(0)) settle(g, EOF);
      this.notify();
    }
  }

  /** Drop every wait of a process that ended: its item must not vanish into a dead reader. */
  forget(owner: number): void {
    for (const list of [this.getters, this.putters, this.joiners] as { owner: number; timer?: ReturnType<typeof setTimeout> }[][]) {
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].owner === owner) {
          clearTimeout(list[i].timer);
          list.splice(i, 1);
        }
      }
    }
  }

  /** Fail every wait (the group is closing). */
  dispose(): void {
    for (const g of this.getters.splice(0)) settle(g, EMPTY);
    for (const p of this.putters.splice(0)) { clearTimeout(p.timer); p.resolve(false); }
    this.joiners.length = 0;
    this.watchers.clear();
  }

  private deliver(data: Uint8Array): void {
    this.unfinished++;
    // Peekers (poll) are told, readers take: the first reader in line gets the message.
    while (this.getters.length) {
      const g = this.getters.shift()!;
      if (g.peek) {
        settle(g, true);
        continue;
      }
      settle(g, data);
      this.admitPutter();
      return;
    }
    this.items.push(data);
    this.notify();
  }

  private take(): Uint8Array {
    const data = this.items.shift()!;
    this.admitPutter();
    return data;
  }

  private admitPutter(): void {
    const p = this.putters.shift();
    if (!p) return;
    clearTimeout(p.timer);
    p.resolve(true);
    this.deliver(p.data);
  }

  private notify(): void {
    for (const w of [...this.watchers]) w();
  }
}

function settle(g: Getter, value: GetReply): void {
  clearTimeout(g.timer);
  g.resolve(value);
}

function remove<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** A queue whose shift is O(1) (Array.prototype.shift moves every element: a channel holding
 *  20 000 messages took a millisecond a take). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  get first(): T | undefined {
    return this.items[this.head];
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined as T; // let it go
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Put `items` back at the front, in their order. */
  unshiftAll(items: T[]): void {
    if (items.length <= this.head) {
      this.head -= items.length;
      for (let i = 0; i < items.length; i++) this.items[this.head + i] = items[i]!;
    } else {
      this.items = [...items, ...this.items.slice(this.head)];
      this.head = 0;
    }
  }
}
