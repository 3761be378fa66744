// A block's output region (role=log): output lines as they arrive, stdout and stderr told apart,
// each with its time since the run started; assert results line by line. Always text
// (textContent), never HTML. Rendering is batched per animation frame and bounded, so a flood
// of output cannot freeze the page.
import type { AssertEvent, RunEvent, RunResult } from '../../../runtime/protocol.ts';
import { formatElapsed } from './format.ts';
import { BoundedList, LineSplitter, type OutputLine } from './output-lines.ts';

export const MAX_LINES = 5000;

interface Entry { kind: 'stdout' | 'stderr' | 'assert-pass' | 'assert-fail' | 'meta'; text: string; t?: number }

export function assertText(e: Pick<AssertEvent, 'line' | 'passed' | 'source' | 'message'>): string {
  const head = `line ${e.line} ${e.passed ? '✓' : '✗'} assert ${e.source}`;
  return e.passed || !e.message ? head : `${head}\n${e.message}`;
}

function lineEntry(l: OutputLine): Entry {
  const more = l.truncated ? ` … (${l.truncated.toLocaleString('en')} more characters not shown)` : '';
  return { kind: l.stream, text: l.text + more, t: l.t };
}

export class OutputView {
  private readonly el: HTMLElement;
  private readonly pending = new BoundedList<Entry>(MAX_LINES);
  private splitter = new LineSplitter();
  private shown = 0;
  private dropped = 0;
  private frame = 0;
  private droppedNote: HTMLElement | null = null;

  constructor(el: HTMLElement) {
    this.el = el;
  }

  start(): void {
    this.clear();
    this.el.hidden = false;
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.clear();
    this.splitter = new LineSplitter();
    this.shown = this.dropped = 0;
    this.droppedNote = null;
    this.el.replaceChildren();
    this.el.hidden = true;
  }

  events(events: readonly RunEvent[]): void {
    for (const e of events) {
      if (e.kind === 'output') {
        this.pending.push(this.splitter.push(e.stream, e.text, e.t).map(lineEntry));
      } else {
        this.pending.push([{ kind: e.passed ? 'assert-pass' : 'assert-fail', text: assertText(e), t: e.t }]);
      }
    }
    this.frame ||= requestAnimationFrame(() => this.render());
  }

  /** Ends a run: flushes unterminated lines and says how it ended when stderr did not (a crashed worker). */
  finish(result: RunResult, note?: string): void {
    this.pending.push(this.splitter.flush().map(lineEntry));
    // (A deadlock report and a traceback already came on stderr.)
    if (result.error?.type === 'WorkerCrashed') this.pending.push([{ kind: 'stderr', text: result.error.message }]);
    if (note) this.pending.push([{ kind: 'meta', text: note }]);
    cancelAnimationFrame(this.frame);
    this.render();
    if (!this.shown) this.append([{ kind: 'meta', text: 'No output.' }]);
  }

  private render(): void {
    this.frame = 0;
    this.dropped += this.pending.dropped;
    const entries = this.pending.items;
    this.pending.clear();
    this.append(entries);
  }

  private append(entries: Entry[]): void {
    if (!entries.length && !this.dropped) return;
    const atBottom = this.el.scrollTop + this.el.clientHeight >= this.el.scrollHeight - 4;
    const fragment = document.createDocumentFragment();
    for (const entry of entries) fragment.append(renderEntry(entry));
    this.el.append(fragment);
    this.shown += entries.length;
    // Trim from the front, keeping the note about dropped lines first.
    const first = () => (this.droppedNote ? this.droppedNote.nextElementSibling : this.el.firstElementChild);
    while (this.shown > MAX_LINES) {
      first()?.remove();
      this.shown--;
      this.dropped++;
    }
    if (this.dropped) {
      this.droppedNote ??= this.el.insertBefore(renderEntry({ kind: 'meta', text: '' }), this.el.firstChild);
      this.droppedNote.lastElementChild!.textContent =
        `${this.dropped.toLocaleString('en')} earlier lines not shown (the last ${MAX_LINES.toLocaleString('en')} are kept)`;
    }
    if (atBottom) this.el.scrollTop = this.el.scrollHeight;
  }
}

function renderEntry(entry: Entry): HTMLElement {
  const line = document.createElement('div');
  const cls = entry.kind.startsWith('assert') ? `rb-assert rb-${entry.kind.slice(7)}` : `rb-${entry.kind}`;
  line.className = `rb-line ${cls}`;
  line.dataset.kind = entry.kind;
  const time = document.createElement('span');
  time.className = 'rb-t';
  time.textContent = entry.t === undefined ? '' : formatElapsed(entry.t);
  const text = document.createElement('span');
  text.className = 'rb-text';
  text.textContent = entry.text; // text, never HTML: a program may print markup
  line.append(time, text);
  return line;
}
