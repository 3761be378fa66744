// A block's output region (role=log): output lines as they arrive, stdout and stderr told apart,
// each with its time since the run started; assert results line by line. Always text
// (textContent), never HTML. Rendering is batched per animation frame and bounded (the last
// MAX_LINES lines, at most FRAME_BUDGET drawn per frame, see output-window.ts), so a flood
// cannot freeze the page.
import type { AssertEvent, RunEvent, RunResult } from '../../../runtime/protocol.ts';
import { formatElapsed } from './format.ts';
import { LineSplitter, Tail, type OutputLine } from './output-lines.ts';
import { planRender, type Shown } from './output-window.ts';

export const MAX_LINES = 5000;
/** New lines drawn per animation frame while output floods in (the newest; the rest at the end). */
const FRAME_BUDGET = 120;
/** While a flood outruns the view, it is redrawn this often. */
const FLOOD_PAUSE_MS = 200;

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
  private readonly kept = new Tail<Entry>(MAX_LINES);
  private splitter = new LineSplitter();
  private shown: Shown = { start: 0, end: 0 };
  /** The shown lines, in chunks of one frame's lines each (see Chunk). */
  private chunks: Chunk[] = [];
  private final = false;
  private frame = 0;
  private floodPause = 0;
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
    clearTimeout(this.floodPause);
    this.frame = this.floodPause = 0;
    this.kept.clear();
    this.splitter = new LineSplitter();
    this.shown = { start: 0, end: 0 };
    this.chunks = [];
    this.final = false;
    this.droppedNote = null;
    this.el.replaceChildren();
    this.el.hidden = true;
  }

  events(events: readonly RunEvent[]): void {
    for (const e of events) {
      if (e.kind === 'output') {
        this.kept.push(this.splitter.push(e.stream, e.text, e.t).map(lineEntry));
      } else if (e.kind === 'assert') {
        this.kept.push([{ kind: e.passed ? 'assert-pass' : 'assert-fail', text: assertText(e), t: e.t }]);
      }
    }
    this.schedule();
  }

  /** Ends a run: flushes unterminated lines and says how it ended when stderr did not (a crashed
   *  worker). The last lines show at once; older kept ones fill in over the next frames. */
  finish(result: RunResult, note?: string): void {
    this.kept.push(this.splitter.flush().map(lineEntry));
    // (A deadlock report and a traceback already came on stderr.)
    if (result.error?.type === 'WorkerCrashed') this.kept.push([{ kind: 'stderr', text: result.error.message }]);
    if (note) this.kept.push([{ kind: 'meta', text: note }]);
    this.final = true;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.floodPause);
    this.frame = this.floodPause = 0;
    this.render();
    if (!this.kept.total) this.el.append(renderEntry({ kind: 'meta', text: 'No output.' }));
  }

  private schedule(): void {
    if (!this.frame && !this.floodPause) this.frame = requestAnimationFrame(() => this.render());
  }

  /** Brings the DOM to the planned window: a fragment per frame, never line-by-line removal. */
  private render(): void {
    this.frame = 0;
    const plan = planRender(this.shown, this.kept, { max: MAX_LINES, frameBudget: FRAME_BUDGET, final: this.final });
    const atBottom = this.el.scrollTop + this.el.clientHeight >= this.el.scrollHeight - 4;
    if (plan.clear) {
      for (const c of this.chunks) c.el.remove();
      this.chunks = [];
    }
    this.trimFront(plan.trimFront);
    if (plan.prepend.end > plan.prepend.start) {
      const chunk = newChunk(this.kept.slice(plan.prepend.start, plan.prepend.end));
      this.el.insertBefore(chunk.el, this.chunks[0]?.el ?? null);
      this.chunks.unshift(chunk);
    }
    if (plan.append.end > plan.append.start) {
      const chunk = newChunk(this.kept.slice(plan.append.start, plan.append.end));
      this.el.append(chunk.el);
      this.chunks.push(chunk);
    }
    this.shown = plan.shown;
    if (this.shown.start) {
      this.droppedNote ??= this.el.insertBefore(renderEntry({ kind: 'meta', text: '' }), this.el.firstChild);
      const kept = plan.done && this.final ? ` (the last ${MAX_LINES.toLocaleString('en')} are kept)` : '';
      this.droppedNote.lastElementChild!.textContent = `${this.shown.start.toLocaleString('en')} earlier lines not shown${kept}`;
    }
    if (atBottom) this.el.scrollTop = this.el.scrollHeight;
    if (!plan.done) this.schedule();
    else if (plan.clear && !this.final) {
      // A flood: draw its newest lines a few times a second, not every frame.
      this.floodPause = window.setTimeout(() => { this.floodPause = 0; this.schedule(); }, FLOOD_PAUSE_MS);
    }
  }

  private trimFront(n: number): void {
    while (n > 0 && this.chunks.length) {
      const chunk = this.chunks[0];
      if (n >= chunk.count) {
        chunk.el.remove();
        this.chunks.shift();
        n -= chunk.count;
        continue;
      }
      const range = document.createRange();
      range.setStartBefore(chunk.el.firstElementChild!);
      range.setEndAfter(chunk.el.children[n - 1]);
      range.deleteContents();
      chunk.count -= n;
      n = 0;
    }
  }
}

/** The lines drawn in one frame, in one element (display: contents, so each line lays out as a
 *  child of the log). One element, not hundreds: the page's MutationObservers (Expressive Code,
 *  Astro's prefetch) then do their work once per frame instead of once per line. */
interface Chunk { el: HTMLElement; count: number }

function newChunk(entries: readonly Entry[]): Chunk {
  const el = document.createElement('div');
  el.className = 'rb-chunk';
  for (const entry of entries) el.append(renderEntry(entry));
  return { el, count: entries.length };
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
