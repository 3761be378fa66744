// Turns the interpreter's byte writes into batched, timestamped output events.
// A batch goes out at once when the stream was quiet, otherwise at most every FLUSH_MS, so a
// million prints cost a few hundred messages; `poll()` (called while Python computes) and
// `flush()` (at the end of a run) send whatever is left.
import type { RunEvent, StreamName } from '../protocol.ts';

const FLUSH_MS = 16;
const MAX_BATCH = 256;

export class EventSink {
  private batch: RunEvent[] = [];
  private lastFlush = 0;
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private t0 = performance.now();
  private send: ((events: RunEvent[]) => void) | null = null;

  /** Start a run: events go to `send`, times count from now. */
  begin(send: (events: RunEvent[]) => void): void {
    this.send = send;
    this.t0 = performance.now();
    this.lastFlush = 0;
    this.batch = [];
  }

  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].decode();
      if (rest) this.output(stream, rest);
    }
    this.flush();
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
    this.push({ kind: 'output', stream, text, t: this.now() });
  }

  push(event: RunEvent): void {
    if (!this.send) return; // output between runs (boot chatter) is dropped
    this.batch.push(event);
    if (this.batch.length >= MAX_BATCH || performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  poll(): void {
    if (this.batch.length && performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  flush(): void {
    if (!this.batch.length || !this.send) return;
    const events = this.batch;
    this.batch = [];
    this.lastFlush = performance.now();
    this.send(events);
  }
}
