// Turns a run's output chunks into whole lines, stamped with the time their first character
// arrived, and keeps the last of them. Bounded: the Tail keeps at most `max` lines and the
// splitter truncates any one line at `maxLineLength`, so a flood (a million prints, one 50 MB
// line) costs constant memory.
import type { StreamName } from '../../../runtime/protocol.ts';

export interface OutputLine { stream: StreamName; text: string; t: number; truncated?: number }

export class LineSplitter {
  private readonly partial: Record<StreamName, OutputLine | null> = { stdout: null, stderr: null };
  private readonly maxLineLength: number;

  constructor(maxLineLength = 10_000) {
    this.maxLineLength = maxLineLength;
  }

  /** Feeds one chunk; returns the lines it completed. */
  push(stream: StreamName, text: string, t: number): OutputLine[] {
    const done: OutputLine[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const piece = text.slice(start, nl < 0 ? text.length : nl);
      if (piece || nl >= 0) this.append(stream, piece, t);
      if (nl < 0) break;
      done.push(this.partial[stream]!);
      this.partial[stream] = null;
      start = nl + 1;
    }
    return done;
  }

  /** Lines still waiting for their newline (shown as they are at the end of a run). */
  flush(): OutputLine[] {
    const rest = [this.partial.stdout, this.partial.stderr].filter((l): l is OutputLine => l !== null);
    this.partial.stdout = this.partial.stderr = null;
    return rest.sort((a, b) => a.t - b.t);
  }

  private append(stream: StreamName, piece: string, t: number): void {
    const line = (this.partial[stream] ??= { stream, text: '', t });
    const room = this.maxLineLength - line.text.length;
    if (piece.length <= room) {
      line.text += piece;
    } else {
      line.text += piece.slice(0, Math.max(0, room));
      line.truncated = (line.truncated ?? 0) + piece.length - Math.max(0, room);
    }
  }
}

/** The last `max` items of an endless sequence, each numbered (its `seq`) in order of arrival
 *  from 0. Pushing is amortised O(1) (the front is cut off in bulk), so a million one-line
 *  pushes cost a million steps, not a million copies of the kept lines. */
export class Tail<T> {
  readonly max: number;
  private buf: T[] = [];
  private head = 0;
  /** How many items were ever pushed: the next item's seq. */
  total = 0;

  constructor(max: number) {
    this.max = max;
  }

  push(more: readonly T[]): void {
    for (const item of more) this.buf.push(item); // not push(...more): a flood brings a million
    this.total += more.length;
    if (this.buf.length - this.head > this.max) this.head = this.buf.length - this.max;
    if (this.head >= this.max) { // compact now and then
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
  }

  /** The seq of the oldest item kept (= how many were dropped). */
  get start(): number {
    return this.total - (this.buf.length - this.head);
  }

  /** Items with seq in [from, to), which must be kept ones. */
  slice(from: number, to: number): T[] {
    if (from < this.start || to > this.total) throw new RangeError(`[${from}, ${to}) is not in [${this.start}, ${this.total})`);
    return this.buf.slice(this.head + from - this.start, this.head + to - this.start);
  }

  clear(): void {
    this.buf = [];
    this.head = this.total = 0;
  }
}
