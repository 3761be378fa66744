// A process's synchronous way to take a message that already waits in a channel. An ordinary
// get is a request on the port and a reply on it: the calling thread suspends (a JSPI switch)
// until the reply's event comes, most of a get's time. When the group said that messages are
// waiting, the worker instead posts a `take` and blocks in Atomics.wait until the group has
// written the message here: no suspension, no event. It never waits for a message to come
// (the group answers at once, EMPTY when there is none), so blocking the worker is brief.
// Needs SharedArrayBuffer (cross-origin isolation); without it every get takes the port.

/** Int32 slots before the message: state (0 asked, 1 answered), kind, length, and how many
 *  messages still wait in the channel after this one. */
const HEADER_BYTES = 16;
const STATE = 0;
const KIND = 1;
const LENGTH = 2;
const MORE = 3;
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
  private readonly bytes = new Uint8Array(this.sab, HEADER_BYTES);

  static usable(): boolean {
    const g = globalThis as { crossOriginIsolated?: boolean };
    return typeof SharedArrayBuffer === 'function' && g.crossOriginIsolated !== false;
  }

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
    return kind === TakeKind.Data ? this.bytes.slice(0, this.head[LENGTH]) : kind;
  }
}

/** The group's side: answers into a process's buffer and wakes it. */
export function answerTake(sab: SharedArrayBuffer, reply: Uint8Array | TakeKind, more = 0): void {
  const head = new Int32Array(sab, 0, HEADER_BYTES / 4);
  head[MORE] = more;
  if (reply instanceof Uint8Array) {
    new Uint8Array(sab, HEADER_BYTES, reply.length).set(reply);
    head[LENGTH] = reply.length;
    head[KIND] = TakeKind.Data;
  } else {
    head[KIND] = reply;
  }
  Atomics.store(head, STATE, 1);
  Atomics.notify(head, STATE);
}
