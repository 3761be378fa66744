// Turns a run's output chunks into whole lines, stamped with the time their first character
// arrived. Bounded: keeps at most `maxLines` and truncates any one line at `maxLineLength`, so a
// flood (a million prints, one 50 MB line) costs constant memory.
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

/** Keeps the last `max` items; counts what fell off the front. */
export class BoundedList<T> {
  readonly max: number;
  items: T[] = [];
  dropped = 0;

  constructor(max: number) {
    this.max = max;
  }

  /** Adds items (an array, not spread arguments: a flood can bring a million at once). */
  push(more: readonly T[]): void {
    if (more.length >= this.max) {
      this.dropped += this.items.length + more.length - this.max;
      this.items = more.slice(more.length - this.max);
      return;
    }
    for (const item of more) this.items.push(item);
    const over = this.items.length - this.max;
    if (over > 0) {
      this.items.splice(0, over);
      this.dropped += over;
    }
  }

  clear(): void {
    this.items = [];
    this.dropped = 0;
  }
}
