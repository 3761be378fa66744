// A process's synchronous way to take a message that already waits in a channel. An ordinary
// get is a request on the port and a reply on it: the calling thread suspends (a JSPI switch)
// until the reply's event comes, most of a get's time. When the group said that messages are
// waiting, the worker instead posts a `take` and blocks in Atomics.wait until the group has
// written the message here: no suspension, no event. It never waits for a message to come
// (the group answers at once, EMPTY when there is none), so blocking the worker is brief.
// Needs SharedArrayBuffer (cross-origin isolation); without it every get takes the port.
//
// An answer may lend the process the messages after the one it asked for: its next gets take
// them from here, without asking (a round trip per batch, not per message). The group takes
// back what is left of a loan before anyone else reads that channel (revoke): one atomic index
// says which message comes next, so each is taken exactly once, by the borrower or back.

/** Int32 slots before the messages: state (0 asked, 1 answered), kind, how many messages still
 *  wait in the channel after the answer's, how many the answer holds, and the next one to take
 *  (-1: the rest was taken back). Then each message: its length (u32) and its bytes. */
const HEADER_BYTES = 24;
const STATE = 0;
const KIND = 1;
const MORE = 2;
const COUNT = 3;
const NEXT = 4;
/** Most messages in one answer, the asked one included; and how many must wait besides the
 *  asked one for any to be lent. Readers of a few waiting messages (a Pool's tasks) get them one
 *  by one, as from a pipe, so the workers that ask next get theirs: lending pays in a stream. */
export const TAKE_BATCH = 256;
export const LEND_ABOVE = 32;
/** Messages larger than this take the port (the group leaves them in the channel). */
export const TAKE_CAPACITY = 1 << 20;

/** What a take's answer holds: no message now, EOF, a message, one too big for the buffer
 *  (it stays in the channel), or the group has closed. */
export const TakeKind = { Empty: 0, Eof: 1, Data: 2, TooBig: 3, Closed: 4 } as const;
export type TakeKind = (typeof TakeKind)[keyof typeof TakeKind];

/** The worker's side: one buffer, reused by every take of the process. */
export class TakeBuffer {
  readonly sab = new SharedArrayBuffer(HEADER_BYTES + TAKE_CAPACITY);
  private readonly head = new Int32Array(this.sab, 0, HEADER_BYTES / 4);
  private readonly data = new DataView(this.sab, HEADER_BYTES);
  private readonly bytes = new Uint8Array(this.sab, HEADER_BYTES);
  /** Where the next lent message starts. */
  private cursor = 0;

  /** Call before posting the take. */
  arm(): void {
    Atomics.store(this.head, STATE, 0);
  }

  /** After an answer: the messages still waiting in that channel. */
  get more(): number {
    return this.head[MORE]!;
  }

  /** Blocks until the group answered: the message, or its kind when there is none. */
  await(timeoutMs: number): Uint8Array | TakeKind {
    if (Atomics.wait(this.head, STATE, 0, timeoutMs) === 'timed-out') {
      throw new Error(`the process group did not answer a Queue.get within ${timeoutMs / 1000} s`);
    }
    const kind = this.head[KIND] as TakeKind;
    if (kind !== TakeKind.Data) return kind;
    this.cursor = 0;
    return this.read();
  }

  /** The next message lent by the last answer, unless none is left or the group took them back. */
  next(): Uint8Array | undefined {
    const i = Atomics.load(this.head, NEXT);
    if (i < 0 || i >= this.head[COUNT]!) return undefined;
    if (Atomics.compareExchange(this.head, NEXT, i, i + 1) !== i) return undefined;
    return this.read();
  }

  private read(): Uint8Array {
    const n = this.data.getUint32(this.cursor);
    const message = this.bytes.slice(this.cursor + 4, this.cursor + 4 + n);
    this.cursor += 4 + n;
    return message;
  }
}

/** The group's side: answers into a process's buffer and wakes it. `reply` may be several
 *  messages: the first is the answer, the others are lent (see revoke). */
export function answerTake(sab: SharedArrayBuffer, reply: Uint8Array[] | TakeKind, more = 0): void {
  const head = new Int32Array(sab, 0, HEADER_BYTES / 4);
  head[MORE] = more;
  if (Array.isArray(reply)) {
    const data = new DataView(sab, HEADER_BYTES);
    const bytes = new Uint8Array(sab, HEADER_BYTES);
    let at = 0;
    for (const m of reply) {
      data.setUint32(at, m.length);
      bytes.set(m, at + 4);
      at += 4 + m.length;
    }
    head[COUNT] = reply.length;
    Atomics.store(head, NEXT, 1);
    head[KIND] = TakeKind.Data;
  } else {
    head[COUNT] = 0;
    Atomics.store(head, NEXT, 0);
    head[KIND] = reply;
  }
  Atomics.store(head, STATE, 1);
  Atomics.notify(head, STATE);
}

/** The group takes back the messages of the last answer its process has not taken yet
 *  (`lent`: that answer's messages after the first). */
export function revoke(sab: SharedArrayBuffer, lent: Uint8Array[]): Uint8Array[] {
  const head = new Int32Array(sab, 0, HEADER_BYTES / 4);
  for (;;) {
    const i = Atomics.load(head, NEXT);
    if (i < 0 || i >= head[COUNT]!) return [];
    if (Atomics.compareExchange(head, NEXT, i, -1) === i) return lent.slice(i - 1);
  }
}
