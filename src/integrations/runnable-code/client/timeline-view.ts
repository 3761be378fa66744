// The timeline of a run, drawn under its block: one SVG lane per thread (tasks and processes as
// the runtime records them), spans drawn by state with colour, pattern AND height (so they read
// without colour too), a time axis that zooms (buttons, +/-, Ctrl+wheel) and pans (arrows, drag),
// details on hover and keyboard focus (roving tabindex over the spans), the deadlock's wait-for
// cycle drawn in red with arrows, and the same facts as a table for screen readers and copying.
// Loaded with a dynamic import only when a run has something to show (see run-insights.ts).
//
// d3-scale (not a charting framework): the linear scale, "nice" domains and round tick values are
// the fiddly part of an axis and d3-scale is small, dependency-light, tree-shakable and well kept;
// the SVG itself is a handful of rects we build directly, which keeps focus and ARIA in our hands
// (d3-axis would drag in d3-selection for a dozen lines of output). Bundled: nothing loads from
// another origin.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { RunResult } from '../../../runtime/protocol.ts';
import {
  buildModel, describeSpan, formatMs, formatTick, laneCount, panWindow, parallelismNote, STATE_LABELS, summarize, zoomWindow,
  type DrawnSpan, type RunSummary, type SpanState, type TimelineModel,
} from './timeline-model.ts';
import { htmlEl, svgEl, uniqueId } from './svg.ts';

const ROW_H = 28;
const AXIS_H = 24;
const PAD_R = 14;
/** Bar height by state: a third cue, besides colour and pattern. */
const BAR_H: Record<SpanState, number> = { running: 18, waiting: 14, sleeping: 14, runnable: 8, outside: 4 };
const LEGEND: SpanState[] = ['running', 'runnable', 'sleeping', 'waiting'];
const MAX_TABLE_ROWS = 2000;

export interface TimelineParts {
  /** Visible under the output: wall time, CPU per lane, switches, parallelism. */
  summary: HTMLElement;
  /** Inside the collapsible "Timeline" section. */
  body: HTMLElement;
}

/** Renders a finished run's summary and timeline; returns a function that tears the view down. */
export function showTimeline(parts: TimelineParts, result: RunResult, label: string): () => void {
  const timeline = result.timeline;
  if (!timeline) return () => {};
  const model = buildModel(timeline);
  renderSummary(parts.summary, summarize(model, result.wallMs), model);
  const view = new TimelineView(parts.body, model, label);
  return () => view.destroy();
}

export function renderSummary(host: HTMLElement, s: RunSummary, model: TimelineModel): void {
  const facts = htmlEl('p', { class: 'rb-tl-facts' });
  const items: [string, string][] = [
    ['Wall time', formatMs(s.wallMs)],
    ['CPU (running) time', formatMs(s.totalCpuMs)],
    ['Switches', String(s.switches)],
    ['Lanes', laneCount(model.rows.map((r) => r.lane))],
    ['Max parallelism', String(s.maxRunning)],
  ];
  for (const [k, v] of items) {
    const item = htmlEl('span', { class: 'rb-tl-fact' });
    item.append(htmlEl('span', { class: 'rb-tl-key' }, `${k} `), htmlEl('strong', {}, v));
    facts.append(item);
  }
  const cpu = htmlEl('p', { class: 'rb-tl-cpu' });
  cpu.append(htmlEl('span', { class: 'rb-tl-key' }, `CPU per ${s.kinds.length === 1 ? s.kinds[0] : 'lane'}: `));
  cpu.append(s.cpu.map((c) => `${c.name} ${formatMs(c.cpuMs)}`).join(' · '));
  const lesson = htmlEl('p', { class: 'rb-tl-lesson' }, parallelismNote(s));
  host.replaceChildren(facts, cpu, lesson);
  if (model.cycle.length) {
    const names = model.cycle.map((id) => model.rows.find((r) => r.lane.id === id)!.lane.name);
    host.append(htmlEl('p', { class: 'rb-tl-cycle', 'data-cycle': names.join(' ') },
      `Deadlock: wait-for cycle ${[...names, names[0]].join(' → ')}. Each waits for something the next one holds, so none can go on (drawn in red on the timeline).`));
  }
  host.hidden = false;
}

class TimelineView {
  private readonly host: HTMLElement;
  private readonly model: TimelineModel;
  private readonly uid = uniqueId('rb-tl');
  private readonly svg: SVGSVGElement;
  private readonly tip: HTMLElement;
  private readonly range: HTMLElement;
  private readonly resize: ResizeObserver;
  private view: [number, number];
  private width = 0;
  private x: ScaleLinear<number, number> = scaleLinear();
  /** The span that holds the tab stop (roving tabindex): [row, index in row]. */
  private active: [number, number] = [0, 0];
  private drag: { x: number; view: [number, number] } | null = null;

  constructor(host: HTMLElement, model: TimelineModel, label: string) {
    this.host = host;
    this.model = model;
    this.view = [0, Math.max(model.endMs, 1)];
    const firstRow = model.rows.findIndex((r) => r.spans.length);
    this.active = [Math.max(0, firstRow), 0];

    const controls = htmlEl('div', { class: 'rb-tl-controls', role: 'group', 'aria-label': 'Timeline zoom' });
    const btn = (action: string, text: string, title: string) =>
      htmlEl('button', { type: 'button', class: 'rb-btn rb-tl-btn', 'data-zoom': action, title, 'aria-label': title }, text);
    controls.append(
      btn('out', '−', 'Zoom out'), btn('in', '+', 'Zoom in'), btn('fit', 'Fit', 'Show the whole run'),
      btn('left', '◀', 'Earlier'), btn('right', '▶', 'Later'),
    );
    this.range = htmlEl('span', { class: 'rb-tl-range', 'aria-live': 'polite' });
    controls.append(this.range, legend(this.uid));
    controls.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
      if (action) this.zoomAction(action);
    });

    const frame = htmlEl('div', { class: 'rb-tl-frame' });
    this.svg = svgEl('svg', {
      class: 'rb-tl-svg', role: 'group', 'aria-roledescription': 'timeline',
      'aria-label': `${label}: timeline of ${laneCount(model.rows.map((r) => r.lane))}. Arrow keys move between spans, + and − zoom.`,
    });
    this.tip = htmlEl('div', { class: 'rb-tl-tip', 'aria-hidden': 'true', hidden: '' });
    frame.append(this.svg, this.tip);
    host.replaceChildren(controls, frame, textAlternative(model, label), help());

    this.svg.addEventListener('keydown', (e) => this.onKey(e));
    this.svg.addEventListener('focusin', (e) => this.showTip(e.target as Element));
    this.svg.addEventListener('focusout', () => this.hideTip());
    this.svg.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.svg.addEventListener('pointerleave', () => { if (!this.svg.contains(document.activeElement)) this.hideTip(); });
    this.svg.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.svg.addEventListener('pointerup', () => { this.drag = null; });
    this.svg.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    // Redraw at the new width (the sidebar opens, the window turns) rather than stretch text.
    this.resize = new ResizeObserver(() => { if (frame.clientWidth && frame.clientWidth !== this.width) this.draw(); });
    this.resize.observe(frame);
    this.draw();
  }

  destroy(): void {
    this.resize.disconnect();
    this.host.replaceChildren();
  }

  /** Right margin: room for the cycle's arrows beside the lanes' ends when there is a deadlock. */
  private get padR(): number {
    return this.model.cycle.length ? 18 + 14 * this.model.cycle.length : PAD_R;
  }

  private get plotX(): number {
    return Math.round(Math.min(170, Math.max(90, this.width * 0.28)));
  }

  private draw(): void {
    const frame = this.svg.parentElement!;
    this.width = frame.clientWidth || 640;
    const rows = this.model.rows;
    const height = AXIS_H + rows.length * ROW_H + 6;
    const plotX = this.plotX;
    const plotW = Math.max(40, this.width - plotX - this.padR);
    this.x = scaleLinear().domain(this.view).range([plotX, plotX + plotW]);
    const hadFocus = this.svg.contains(document.activeElement);
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    this.svg.setAttribute('width', String(this.width));
    this.svg.setAttribute('height', String(height));
    this.svg.replaceChildren(patterns(this.uid, plotX, plotW, height));

    // Axis: ticks at round times (d3's nice steps), labels with only the decimals they need.
    const ticks = this.x.ticks(Math.max(2, Math.floor(plotW / 90)));
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : this.view[1] - this.view[0];
    const axis = svgEl('g', { class: 'rb-tl-axis', 'aria-hidden': 'true' });
    for (const t of ticks) {
      const x = this.x(t);
      axis.append(
        svgEl('line', { class: 'rb-tl-grid', x1: x, x2: x, y1: AXIS_H - 4, y2: height - 4 }),
        svgEl('text', { x, y: AXIS_H - 9, 'text-anchor': 'middle' }, formatTick(t, step, ticks.at(-1))),
      );
    }
    this.svg.append(axis);

    const spansLayer = svgEl('g', { 'clip-path': `url(#${this.uid}-clip)` });
    rows.forEach((row, r) => {
      const y = AXIS_H + r * ROW_H;
      const band = svgEl('g', { class: 'rb-tl-lane', 'data-lane': row.lane.name, 'data-lane-id': row.lane.id });
      band.append(svgEl('rect', { class: 'rb-tl-band', x: 0, y, width: this.width, height: ROW_H }));
      const name = svgEl('text', { class: 'rb-tl-name', x: 6, y: y + ROW_H / 2 + 4, 'clip-path': `url(#${this.uid}-names)` }, row.lane.name);
      name.append(svgEl('title', {}, `${row.lane.name} (${row.lane.kind}): ${formatMs(row.cpuMs)} running`));
      band.append(name);
      this.svg.append(band);
      const lane = svgEl('g', { class: 'rb-tl-spans', role: 'list', 'aria-label': row.lane.name });
      row.spans.forEach((span, i) => {
        if (span.end < this.view[0] || span.start > this.view[1]) return; // off screen: not drawn
        lane.append(this.spanRect(span, r, i, y));
      });
      spansLayer.append(lane);
    });
    this.svg.append(spansLayer, ...this.cycleArrows());
    this.range.textContent = `${formatMs(this.view[0])} – ${formatMs(this.view[1])}`;
    this.ensureTabStop();
    if (hadFocus) this.focusActive();
  }

  private spanRect(span: DrawnSpan, r: number, i: number, y: number): SVGRectElement {
    const h = BAR_H[span.state];
    const x0 = this.x(span.start);
    const w = Math.max(1.5, this.x(span.end) - x0); // a 0.1 ms switch stays visible
    const patterned = span.state === 'runnable' || span.state === 'waiting' || span.state === 'sleeping';
    const fill = span.inCycle ? `url(#${this.uid}-cycle)` : patterned ? `url(#${this.uid}-${span.state})` : undefined;
    const name = this.model.rows[r]!.lane.name;
    return svgEl('rect', {
      class: `rb-tl-span rb-tl-${span.state}${span.inCycle ? ' rb-tl-in-cycle' : ''}`,
      x: x0, y: y + (ROW_H - h) / 2, width: w, height: h, rx: 2, fill,
      role: 'listitem', tabindex: -1, 'aria-label': describeSpan(span, name, formatMs),
      'data-row': r, 'data-i': i, 'data-state': span.state, 'data-start': span.start, 'data-end': span.end,
      ...(span.heldBy ? { 'data-held-by': span.heldBy } : {}),
    });
  }

  /**
   * The cycle's wait-for edges as elbow arrows in the right margin, from the end of each lane's
   * wait to the lane holding what it waits for; each edge has its own column, so the two edges
   * between the same pair of lanes stay apart.
   */
  private cycleArrows(): SVGElement[] {
    const { cycle, rows } = this.model;
    if (!cycle.length) return [];
    const g = svgEl('g', { class: 'rb-tl-arrows', 'aria-hidden': 'true' });
    const rowOf = (id: string) => rows.findIndex((r) => r.lane.id === id);
    const edge = this.x.range()[1]!;
    cycle.forEach((from, k) => {
      const to = cycle[(k + 1) % cycle.length]!;
      const y1 = AXIS_H + rowOf(from) * ROW_H + ROW_H / 2 - 3;
      const y2 = AXIS_H + rowOf(to) * ROW_H + ROW_H / 2 + 3;
      const x = edge + 10 + k * 14;
      g.append(svgEl('path', {
        class: 'rb-tl-arrow', d: `M ${edge + 1} ${y1} H ${x} V ${y2} H ${edge + 7}`, 'marker-end': `url(#${this.uid}-arrow)`,
      }));
    });
    return [g];
  }

  private rectOf(r: number, i: number): SVGRectElement | null {
    return this.svg.querySelector<SVGRectElement>(`rect[data-row="${r}"][data-i="${i}"]`);
  }

  private ensureTabStop(): void {
    const [r, i] = this.active;
    let rect = this.rectOf(r, i);
    if (!rect) { // the active span is off screen: the first visible span of its lane, or any
      rect = this.svg.querySelector<SVGRectElement>(`rect[data-row="${r}"]`) ?? this.svg.querySelector<SVGRectElement>('rect.rb-tl-span');
      if (rect) this.active = [Number(rect.dataset.row), Number(rect.dataset.i)];
    }
    rect?.setAttribute('tabindex', '0');
  }

  private focusActive(): void {
    const [r, i] = this.active;
    let rect = this.rectOf(r, i);
    if (!rect) { // moved off screen: pan to it
      const span = this.model.rows[r]!.spans[i]!;
      const w = this.view[1] - this.view[0];
      this.view = panWindow(this.view, this.model.endMs, (span.start + span.end) / 2 - w / 2 - this.view[0]);
      this.draw();
      rect = this.rectOf(r, i);
    }
    for (const el of this.svg.querySelectorAll('rect[tabindex="0"]')) el.setAttribute('tabindex', '-1');
    rect?.setAttribute('tabindex', '0');
    rect?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const rows = this.model.rows;
    let [r, i] = this.active;
    const span = rows[r]?.spans[i];
    const mid = span ? (span.start + span.end) / 2 : (this.view[0] + this.view[1]) / 2;
    const nearest = (row: number) => {
      const spans = rows[row]!.spans;
      let best = 0;
      spans.forEach((s, k) => { if (s.start <= mid) best = k; });
      return best;
    };
    const lane = (dir: number) => {
      for (let k = r + dir; k >= 0 && k < rows.length; k += dir) if (rows[k]!.spans.length) return k;
      return r;
    };
    switch (e.key) {
      case 'ArrowRight': i = Math.min(i + 1, (rows[r]?.spans.length ?? 1) - 1); break;
      case 'ArrowLeft': i = Math.max(0, i - 1); break;
      case 'ArrowDown': r = lane(1); i = nearest(r); break;
      case 'ArrowUp': r = lane(-1); i = nearest(r); break;
      case 'Home': i = 0; break;
      case 'End': i = (rows[r]?.spans.length ?? 1) - 1; break;
      case '+': case '=': this.zoom(0.5, mid); e.preventDefault(); return;
      case '-': case '_': this.zoom(2, mid); e.preventDefault(); return;
      case '0': this.zoomAction('fit'); e.preventDefault(); return;
      case 'Escape': this.hideTip(); return;
      default: return;
    }
    e.preventDefault();
    this.active = [r, i];
    this.focusActive();
  }

  private zoom(factor: number, at: number): void {
    this.view = zoomWindow(this.view, Math.max(this.model.endMs, 1), factor, at);
    this.hideTip();
    this.draw();
  }

  private zoomAction(action: string): void {
    const width = this.view[1] - this.view[0];
    const centre = (this.view[0] + this.view[1]) / 2;
    const end = Math.max(this.model.endMs, 1);
    if (action === 'in') this.zoom(0.5, centre);
    else if (action === 'out') this.zoom(2, centre);
    else if (action === 'fit') { this.view = [0, end]; this.draw(); }
    else if (action === 'left' || action === 'right') {
      this.view = panWindow(this.view, end, (action === 'left' ? -0.5 : 0.5) * width);
      this.draw();
    }
  }

  private onWheel(e: WheelEvent): void {
    // Plain wheel scrolls the page as readers expect; Ctrl/⌘+wheel (and pinch) zooms the time axis.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const at = this.x.invert(this.pointerX(e));
    this.zoom(e.deltaY < 0 ? 0.8 : 1.25, Math.min(Math.max(at, this.view[0]), this.view[1]));
  }

  private pointerX(e: MouseEvent): number {
    const box = this.svg.getBoundingClientRect();
    return ((e.clientX - box.left) / box.width) * this.width;
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || this.pointerX(e) < this.plotX) return;
    this.drag = { x: e.clientX, view: [...this.view] };
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.drag && e.buttons & 1) {
      const box = this.svg.getBoundingClientRect();
      const msPerPx = (this.drag.view[1] - this.drag.view[0]) / Math.max(1, (box.width / this.width) * (this.width - this.plotX - this.padR));
      const moved = panWindow(this.drag.view, Math.max(this.model.endMs, 1), (this.drag.x - e.clientX) * msPerPx);
      if (moved[0] !== this.view[0]) { this.view = moved; this.draw(); }
      return;
    }
    const target = e.target as Element;
    if (target.matches('rect.rb-tl-span')) this.showTip(target, e);
    else if (!this.svg.contains(document.activeElement)) this.hideTip();
  }

  private showTip(target: Element, e?: MouseEvent): void {
    if (!(target instanceof SVGRectElement) || !target.matches('.rb-tl-span')) return;
    const r = Number(target.dataset.row);
    const i = Number(target.dataset.i);
    const span = this.model.rows[r]?.spans[i];
    if (!span) return;
    if (!e) this.active = [r, i]; // keyboard focus moves the tab stop with it
    this.tip.replaceChildren(...tipLines(span, this.model.rows[r]!.lane.name));
    this.tip.hidden = false;
    const frame = this.svg.parentElement!.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const left = e ? e.clientX - frame.left : box.left - frame.left + Math.min(box.width, 40) / 2;
    const maxLeft = Math.max(0, frame.width - this.tip.offsetWidth - 4);
    this.tip.style.left = `${Math.min(Math.max(0, left - 20), maxLeft)}px`;
    const below = box.bottom - frame.top + 6;
    const above = box.top - frame.top - this.tip.offsetHeight - 6;
    this.tip.style.top = `${above >= 0 ? above : below}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }
}

/** What a span's detail is, by state: a running span's is the pool task it runs. */
const DETAIL_LABELS: Record<DrawnSpan['state'], string> = {
  running: 'Task', runnable: 'Waits for', waiting: 'Waits for', sleeping: 'In', outside: 'Waits for',
};

function tipLines(span: DrawnSpan, lane: string): HTMLElement[] {
  const lines = [
    htmlEl('strong', {}, `${lane}: ${STATE_LABELS[span.state]}`),
    htmlEl('span', {}, `${formatMs(span.start)} – ${formatMs(span.end)} (${formatMs(span.end - span.start)})`),
  ];
  if (span.detail) lines.push(htmlEl('span', {}, `${DETAIL_LABELS[span.state]}: ${span.detail}`));
  if (span.heldBy) lines.push(htmlEl('span', {}, `Held by: ${span.heldBy}`));
  if (span.inCycle) lines.push(htmlEl('span', { class: 'rb-tl-tip-cycle' }, 'Part of the deadlock cycle'));
  return lines;
}

/** Patterns (hatches and dots) for the states that are not running, the cycle's, clips and the arrowhead. */
function patterns(uid: string, plotX: number, plotW: number, height: number): SVGDefsElement {
  const defs = svgEl('defs');
  const hatch = (name: string, angle: number, size: number, extra?: SVGElement) => {
    const p = svgEl('pattern', { id: `${uid}-${name}`, class: `rb-tl-pat-${name}`, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: `rotate(${angle})` });
    p.append(svgEl('rect', { class: 'rb-tl-pat-bg', width: size, height: size }));
    p.append(extra ?? svgEl('line', { class: 'rb-tl-pat-fg', x1: 0, y1: 0, x2: 0, y2: size }));
    return p;
  };
  defs.append(
    hatch('waiting', 45, 6),
    hatch('runnable', -45, 5),
    hatch('sleeping', 0, 6, svgEl('circle', { class: 'rb-tl-pat-dot', cx: 3, cy: 3, r: 1.3 })),
    hatch('cycle', 45, 5),
  );
  const clip = svgEl('clipPath', { id: `${uid}-clip` });
  clip.append(svgEl('rect', { x: plotX, y: 0, width: plotW + PAD_R, height }));
  const names = svgEl('clipPath', { id: `${uid}-names` });
  names.append(svgEl('rect', { x: 0, y: 0, width: plotX - 8, height }));
  const marker = svgEl('marker', { id: `${uid}-arrow`, class: 'rb-tl-arrowhead', viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svgEl('path', { d: 'M 0 0 L 10 5 L 0 10 z' }));
  defs.append(clip, names, marker);
  return defs;
}

function legend(uid: string): HTMLElement {
  const list = htmlEl('ul', { class: 'rb-tl-legend', 'aria-label': 'Legend' });
  for (const state of LEGEND) {
    const item = htmlEl('li');
    const swatch = svgEl('svg', { width: 22, height: 14, 'aria-hidden': 'true' });
    const h = BAR_H[state] * 0.7;
    swatch.append(svgEl('rect', {
      class: `rb-tl-span rb-tl-${state}`, x: 1, y: (14 - h) / 2, width: 20, height: h, rx: 2,
      fill: state === 'running' ? undefined : `url(#${uid}-${state})`,
    }));
    item.append(swatch, STATE_LABELS[state]);
    list.append(item);
  }
  return list;
}

/** The text alternative: every lane's spans as a table (collapsed; first MAX_TABLE_ROWS spans). */
function textAlternative(model: TimelineModel, label: string): HTMLElement {
  const details = htmlEl('details', { class: 'rb-tl-text' });
  const total = model.rows.reduce((n, r) => n + r.spans.length, 0);
  details.append(htmlEl('summary', {}, `Timeline as a table (${total} spans)`));
  const table = htmlEl('table', { class: 'rb-tl-table' });
  table.append(htmlEl('caption', {}, `${label}: what each lane did, in time order per lane`));
  const head = htmlEl('tr');
  for (const h of ['Lane', 'State', 'From', 'To', 'Duration', 'Waits on', 'Held by']) head.append(htmlEl('th', { scope: 'col' }, h));
  const thead = htmlEl('thead');
  thead.append(head);
  table.append(thead);
  const body = htmlEl('tbody');
  let shown = 0;
  for (const row of model.rows) {
    for (const s of row.spans) {
      if (shown++ >= MAX_TABLE_ROWS) break;
      const tr = htmlEl('tr', s.inCycle ? { class: 'rb-tl-row-cycle' } : {});
      tr.append(htmlEl('th', { scope: 'row' }, row.lane.name));
      for (const cell of [
        STATE_LABELS[s.state] + (s.inCycle ? ' (deadlock cycle)' : ''), formatMs(s.start), formatMs(s.end),
        formatMs(s.end - s.start), s.detail ?? '', s.heldBy ?? '',
      ]) tr.append(htmlEl('td', {}, cell));
      body.append(tr);
    }
  }
  table.append(body);
  details.append(table);
  if (total > MAX_TABLE_ROWS) details.append(htmlEl('p', {}, `The first ${MAX_TABLE_ROWS} of ${total} spans are listed.`));
  return details;
}

function help(): HTMLElement {
  return htmlEl('p', { class: 'rb-tl-help' },
    'Hover or focus a span for details. Keys: arrows move between spans and lanes, + and − zoom, 0 fits. Ctrl+wheel zooms, drag pans.');
}
