// What a block shows about a finished run beyond its output: the run summary and a collapsible
// "Timeline" (threads' lanes), and for `chart=bars` blocks a chart of the table they printed.
// This part is loaded with every block, so it stays tiny: the views (and d3-scale) come with a
// dynamic import, only when a run ended with 2+ lanes, a deadlock, a chart to draw, or when the
// reader opens the Timeline of a one-thread run.
import type { RunEvent, RunResult, Timeline } from '../../../runtime/protocol.ts';
import { formatMs, laneCount } from './timeline-model.ts';

type TimelineModule = typeof import('./timeline-view.ts');
let timelineModule: Promise<TimelineModule> | null = null;
const loadTimeline = () => (timelineModule ??= import('./timeline-view.ts'));

/** A chart's table is at the end of the output; more than this much stdout is not a table to draw. */
const MAX_STDOUT = 64 * 1024;
/** A live timeline is redrawn whole at each update: past this many spans only its counts update. */
const LIVE_MAX_SPANS = 1500;

export class RunInsights {
  private readonly root: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly details: HTMLDetailsElement;
  private readonly brief: HTMLElement;
  private readonly body: HTMLElement;
  private readonly label: () => string;
  private result: RunResult | null = null;
  private rendered = false;
  private dispose: (() => void) | null = null;
  private stdout = '';
  private runs = 0;
  private readonly block: HTMLElement;

  /** Inserted right after the block's output region. */
  constructor(block: HTMLElement, output: HTMLElement, label: () => string) {
    this.block = block;
    this.label = label;
    this.root = el('div', 'rb-insights');
    this.root.hidden = true;
    this.root.dataset.insights = '';
    this.chart = el('div', 'rb-chart');
    this.chart.dataset.chartView = '';
    this.summary = el('div', 'rb-tl-summary');
    this.summary.dataset.runSummary = '';
    this.summary.setAttribute('aria-label', 'Run summary');
    this.summary.setAttribute('role', 'group');
    this.details = el('details', 'rb-timeline');
    this.details.dataset.timeline = '';
    const head = el('summary', 'rb-tl-head');
    this.brief = el('span', 'rb-tl-brief');
    head.append('Timeline', this.brief);
    this.body = el('div', 'rb-tl-main');
    this.details.append(head, this.body);
    this.root.append(this.chart, this.summary, this.details);
    for (const part of [this.chart, this.summary, this.details]) part.hidden = true;
    output.after(this.root);
    this.details.addEventListener('toggle', () => { if (this.details.open) void this.renderTimeline(); });
  }

  private get wantsChart(): boolean {
    return this.block.dataset.chart === 'bars';
  }

  start(): void {
    this.clear();
    this.runs++;
  }

  events(events: readonly RunEvent[]): void {
    for (const e of events) {
      if (e.kind === 'timeline') this.live(e.timeline, e.t);
      else if (this.wantsChart && e.kind === 'output' && e.stream === 'stdout' && !e.pid) this.stdout += e.text;
    }
    if (this.stdout.length > MAX_STDOUT) this.stdout = this.stdout.slice(-MAX_STDOUT);
  }

  /** The timeline so far, while the run goes on: its counts, and its lanes once there are two. */
  private live(timeline: Timeline, t: number): void {
    if (this.result || !timeline.lanes.length) return; // the final one is drawn already
    this.brief.textContent = ` · ${laneCount(timeline.lanes)} · ${timeline.switches} switches · so far`;
    this.details.hidden = false;
    this.root.hidden = false;
    this.details.dataset.live = '';
    if (timeline.lanes.length < 2 || timeline.spans.length > LIVE_MAX_SPANS) return;
    const run = this.runs;
    void loadTimeline().then((view) => {
      if (run !== this.runs || this.result) return;
      this.dispose?.();
      const soFar: RunResult = { status: 'passed', exitCode: 0, wallMs: t, asserts: [], timeline };
      this.dispose = view.showTimeline({ summary: this.summary, body: this.body }, soFar, this.label());
    });
  }

  finish(result: RunResult): void {
    this.result = result;
    delete this.details.dataset.live;
    this.dispose?.();  // a live view of the run so far
    this.dispose = null;
    const timeline = result.timeline;
    if (timeline && timeline.lanes.length) {
      const n = timeline.lanes.length;
      this.brief.textContent = ` · ${laneCount(timeline.lanes)} · ${timeline.switches} switches${stoppedNote(timeline)}`;
      this.details.hidden = false;
      this.root.hidden = false;
      // The deadlock's cycle is the point of such a run: show it at once.
      if (result.status === 'deadlock') this.details.open = true;
      if (n >= 2 || this.details.open || result.status === 'deadlock') void this.renderTimeline();
    }
    if (this.wantsChart && this.stdout) void this.renderChart(this.stdout);
  }

  clear(): void {
    this.dispose?.();
    this.dispose = null;
    this.result = null;
    this.rendered = false;
    this.stdout = '';
    delete this.details.dataset.live;
    this.root.hidden = true;
    for (const part of [this.chart, this.summary, this.details]) part.hidden = true;
    this.chart.replaceChildren();
    this.summary.replaceChildren();
    this.body.replaceChildren();
  }

  private async renderTimeline(): Promise<void> {
    const result = this.result;
    if (!result?.timeline || this.rendered) return;
    this.rendered = true;
    const run = this.runs;
    const view = await loadTimeline();
    if (run !== this.runs || this.result !== result) return; // a new run started meanwhile
    this.dispose = view.showTimeline({ summary: this.summary, body: this.body }, result, this.label());
  }

  private async renderChart(stdout: string): Promise<void> {
    const run = this.runs;
    const [{ lastPrintedTable }, { showBarChart }] = await Promise.all([import('./printed-table.ts'), import('./bar-chart-view.ts')]);
    const table = lastPrintedTable(stdout);
    if (!table || run !== this.runs) return;
    showBarChart(this.chart, table, this.label());
    this.root.hidden = false;
  }
}

/** Recording stops after so many events (the runtime's MAX_EVENTS): say how much was drawn. */
function stoppedNote(timeline: Timeline): string {
  return timeline.stoppedAt === undefined ? '' : ` · the first ${formatMs(timeline.stoppedAt)} (then too many switches to draw)`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}
