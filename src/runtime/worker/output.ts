// Turns the interpreter's byte writes into batched, timestamped output events.
// A batch goes out at most every FLUSH_MS (counted from the run's start), so a million prints
// cost a few hundred messages and a short run's output travels with its end; `poll()` (called
// while Python computes), `flushSoon()` (when it waits) and `flush()` (at the end of a run)
// send whatever is left. Nothing is dropped here (the Node CLI prints all of it); the page is
// spared floods by shape instead: writes a few ms apart travel as one event, and no message
// carries more than MAX_BATCH_CHARS, so a 50 MB line reaches the page as many short tasks
// rather than one long one.
import type { RunEvent, StreamName } from '../protocol.ts';

/** Where a run's events go; `last` marks the run's final batch. */
export type EventSender = (events: RunEvent[], last: boolean) => void;

const FLUSH_MS = 16;
const MAX_BATCH = 256;
export const MAX_BATCH_CHARS = 1 << 20;
/** Output chunks of a stream this close in time share an event (and its time: the page shows 10 ms). */
export const MERGE_MS = 4;

export class EventSink {
  private batch: RunEvent[] = [];
  private batchChars = 0;
  private lastFlush = 0;
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private t0 = performance.now();
  private send: EventSender | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** Start a run: events go to `send`, times count from now. */
  begin(send: EventSender): void {
    this.send = send;
    this.t0 = performance.now();
    // The batching window starts with the run: what a short run prints goes out with its end
    // (one message fewer), what a longer one prints by FLUSH_MS, at the latest when it waits.
    this.lastFlush = this.t0;
    this.batch = [];
    this.batchChars = 0;
  }

  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].decode();
      if (rest) this.output(stream, rest);
    }
    this.flush(true);
    this.send = null;
  }

  /** Milliseconds since the run started. */
  now(): number {
    return performance.now() - this.t0;
  }

  write(stream: StreamName, bytes: Uint8Array): number {
    const text = this.decoders[stream].decode(bytes, { stream: true });
    if (text) this.output(stream, text);
    return bytes.length;
  }

  output(stream: StreamName, text: string): void {
    const t = this.now();
    for (let i = 0; i < text.length; i += MAX_BATCH_CHARS) this.outputPiece(stream, text.slice(i, i + MAX_BATCH_CHARS), t);
  }

  private outputPiece(stream: StreamName, text: string, t: number): void {
    const last = this.batch.at(-1);
    if (this.send && last?.kind === 'output' && last.stream === stream && t - last.t < MERGE_MS
      && last.text.length + text.length <= MAX_BATCH_CHARS) {
      last.text += text;
      this.batchChars += text.length;
      this.flushIfDue();
    } else {
      this.push({ kind: 'output', stream, text, t });
    }
  }

  push(event: RunEvent): void {
    if (!this.send) return; // output between runs (boot chatter) is dropped
    this.batch.push(event);
    if (event.kind === 'output') this.batchChars += event.text.length;
    this.flushIfDue();
  }

  private flushIfDue(): void {
    if (this.batch.length >= MAX_BATCH || this.batchChars >= MAX_BATCH_CHARS
      || performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  poll(): void {
    if (this.batch.length && performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  /** Python is about to wait (no poll() until it runs again): what is batched goes out when its
   *  FLUSH_MS are up, by a timer, so a print before a sleep shows during the sleep. */
  flushSoon(): void {
    if (!this.batch.length || this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flush();
    }, Math.max(0, this.lastFlush + FLUSH_MS - performance.now()));
  }

  /** Send what is batched; `last`: the run's final batch (the sender may hold it for its end). */
  flush(last = false): void {
    if (this.flushTimer !== undefined) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    if (!this.batch.length || !this.send) return;
    const events = this.batch;
    this.batch = [];
    this.batchChars = 0;
    this.lastFlush = performance.now();
    this.send(events, last);
  }
}
