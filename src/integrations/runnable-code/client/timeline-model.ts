// A run's timeline (RunResult.timeline) turned into what the timeline view draws and says: one
// row per lane with its spans in time order, the wait-for cycle of a deadlock, and the run's
// summary (CPU time per lane, switches, how many lanes ran at once). Pure functions, no DOM, so
// the unit tests check exactly what a reader sees.
import type { Timeline, TimelineLane, TimelineSpan } from '../../../runtime/protocol.ts';

export type SpanState = TimelineSpan['state'];

export interface DrawnSpan {
  lane: string;
  state: SpanState;
  start: number;
  end: number;
  /** What it waited on ("Lock lock2, held by task2", "time.sleep(1)"), when the runtime knows. */
  detail?: string;
  /** The name of the lane holding what it waits on. */
  heldBy?: string;
  /** The lane id of that holder, when it is one of the run's lanes (for the cycle's arrows). */
  heldByLane?: string;
  /** This span is one edge of a deadlock's wait-for cycle. */
  inCycle: boolean;
}

export interface LaneRow {
  lane: TimelineLane;
  spans: DrawnSpan[];
  /** Time the lane spent running (holding the interpreter). */
  cpuMs: number;
}

export interface TimelineModel {
  rows: LaneRow[];
  /** The last moment any span covers (ms since the run began). */
  endMs: number;
  switches: number;
  /** Lane ids of a deadlock's wait-for cycle, in order (each waits for the next; the last for the first). */
  cycle: string[];
}

export const STATE_LABELS: Record<SpanState, string> = {
  running: 'running',
  runnable: 'ready (waiting its turn)',
  waiting: 'waiting',
  sleeping: 'sleeping',
  outside: 'outside Python',
};

// The runtime writes str(None) when a runnable span has nothing to wait on; it says nothing.
const cleanDetail = (detail: string | undefined) => (detail && detail !== 'None' ? detail : undefined);

export function buildModel(timeline: Timeline): TimelineModel {
  const byName = new Map<string, string>();
  for (const lane of timeline.lanes) if (!byName.has(lane.name)) byName.set(lane.name, lane.id);
  const rows = new Map<string, LaneRow>(timeline.lanes.map((lane) => [lane.id, { lane, spans: [], cpuMs: 0 }]));
  let endMs = 0;
  for (const s of timeline.spans) {
    let row = rows.get(s.lane);
    if (!row) { // a span of a lane the runtime did not list: still show it rather than drop it
      row = { lane: { id: s.lane, kind: 'thread', name: s.lane }, spans: [], cpuMs: 0 };
      rows.set(s.lane, row);
    }
    const detail = cleanDetail(s.detail);
    const heldByLane = s.heldBy === undefined ? undefined : byName.get(s.heldBy);
    row.spans.push({
      lane: s.lane, state: s.state, start: s.start, end: s.end, inCycle: false,
      ...(detail ? { detail } : {}),
      ...(s.heldBy !== undefined ? { heldBy: s.heldBy } : {}),
      ...(heldByLane ? { heldByLane } : {}),
    });
    if (s.state === 'running') row.cpuMs += s.end - s.start;
    endMs = Math.max(endMs, s.end);
  }
  for (const row of rows.values()) row.spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const list = [...rows.values()];
  const cycle = findWaitCycle(list);
  for (const row of list) {
    if (!cycle.includes(row.lane.id)) continue;
    const last = row.spans.at(-1);
    if (last) last.inCycle = true;
  }
  return { rows: list, endMs, switches: timeline.switches, cycle };
}

/**
 * A deadlock's wait-for cycle: each lane whose last span is a wait on something another lane holds
 * points at that lane; following the pointers from some lane comes back to it. Only last spans
 * count, because a deadlock is the state the run ended in (earlier waits were satisfied).
 * Returns the lane ids in cycle order, starting from the cycle's first lane in the lane order.
 */
export function findWaitCycle(rows: readonly LaneRow[]): string[] {
  const next = new Map<string, string>();
  for (const row of rows) {
    const last = row.spans.at(-1);
    if (last?.state === 'waiting' && last.heldByLane) next.set(row.lane.id, last.heldByLane);
  }
  for (const row of rows) {
    const path: string[] = [];
    let at: string | undefined = row.lane.id;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = next.get(at);
    }
    if (at === undefined) continue;
    const cycle = path.slice(path.indexOf(at));
    const order = rows.map((r) => r.lane.id);
    const first = cycle.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b));
    const i = cycle.indexOf(first);
    return [...cycle.slice(i), ...cycle.slice(0, i)];
  }
  return [];
}

/** The most spans covering one moment (one ending as another starts do not overlap). */
export function maxOverlap(spans: readonly Pick<TimelineSpan, 'start' | 'end'>[]): number {
  const edges: [number, number][] = [];
  for (const s of spans) if (s.end > s.start) edges.push([s.start, 1], [s.end, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // ends first at a tie
  let now = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (now += d));
  return most;
}

export interface LaneCpu { id: string; name: string; kind: TimelineLane['kind']; cpuMs: number }

export interface RunSummary {
  wallMs: number;
  lanes: number;
  kinds: TimelineLane['kind'][];
  cpu: LaneCpu[];
  totalCpuMs: number;
  switches: number;
  /** The most lanes running at one moment: parallelism. */
  maxRunning: number;
  /** The most lanes started and not finished at one moment (running, ready, waiting or sleeping): concurrency. */
  maxInProgress: number;
  /** The most lanes sleeping or waiting at one moment. */
  maxBlocked: number;
}

export function summarize(model: TimelineModel, wallMs: number): RunSummary {
  const all = model.rows.flatMap((r) => r.spans);
  // In progress per lane: from its first span to its last, outside spans excluded.
  const inProgress = model.rows.flatMap((r) => {
    const inside = r.spans.filter((s) => s.state !== 'outside');
    return inside.length ? [{ start: inside[0]!.start, end: Math.max(...inside.map((s) => s.end)) }] : [];
  });
  const cpu = model.rows.map((r) => ({ id: r.lane.id, name: r.lane.name, kind: r.lane.kind, cpuMs: r.cpuMs }));
  return {
    wallMs,
    lanes: model.rows.length,
    kinds: [...new Set(model.rows.map((r) => r.lane.kind))],
    cpu,
    totalCpuMs: cpu.reduce((t, c) => t + c.cpuMs, 0),
    switches: model.switches,
    maxRunning: maxOverlap(all.filter((s) => s.state === 'running')),
    maxInProgress: maxOverlap(inProgress),
    maxBlocked: maxOverlap(all.filter((s) => s.state === 'sleeping' || s.state === 'waiting')),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 threads", "2 threads and 1 process": the lanes by kind. */
export function laneCount(lanes: readonly Pick<TimelineLane, 'kind'>[]): string {
  const words = { thread: 'thread', task: 'task', process: 'process' } as const;
  const parts = (Object.keys(words) as TimelineLane['kind'][])
    .map((k) => [k, lanes.filter((l) => l.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => (k === 'process' ? `${n} process${n === 1 ? '' : 'es'}` : plural(n, words[k])));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'no lanes');
}

/** The sentence a reader should take away about parallelism (the GIL lesson for threads). */
export function parallelismNote(s: RunSummary): string {
  const onlyThreads = s.kinds.every((k) => k === 'thread');
  if (s.lanes < 2) return 'One thread: nothing ran alongside it.';
  if (onlyThreads && s.maxRunning <= 1) {
    const overlap = s.maxInProgress > 1
      ? ` ${s.maxInProgress} were in progress at once${s.maxBlocked > 1 ? ` (${s.maxBlocked} sleeping or waiting together)` : ''}: that is concurrency, not parallelism.`
      : '';
    return `Parallelism 1: the threads took turns, never running Python at the same moment, because one interpreter lock (the GIL) lets one thread run at a time.${overlap}`;
  }
  return `Parallelism ${s.maxRunning}: up to ${plural(s.maxRunning, onlyThreads ? 'thread' : 'lane')} ran at the same moment.`;
}

/** One span in words, for its tooltip, its aria-label and the table. */
export function describeSpan(span: DrawnSpan, laneName: string, fmt: (ms: number) => string): string {
  const words = [`${laneName}: ${STATE_LABELS[span.state]} from ${fmt(span.start)} to ${fmt(span.end)} (${fmt(span.end - span.start)})`];
  if (span.detail) words.push(`${span.state === 'sleeping' ? 'in' : span.state === 'running' ? 'task' : 'on'} ${span.detail}`);
  if (span.heldBy && !span.detail?.includes(`held by ${span.heldBy}`)) words.push(`held by ${span.heldBy}`);
  if (span.inCycle) words.push('part of the deadlock cycle');
  return words.join(', ');
}

/** "0.5 ms", "12 ms", "1.25 s": a time on the timeline (finer than a wall time). */
export function formatMs(ms: number): string {
  const a = Math.abs(ms);
  if (a >= 1000) return `${(ms / 1000).toFixed(a >= 10_000 ? 1 : 2)} s`;
  if (a >= 10 || a === 0) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/**
 * Tick labels for an axis whose ticks are `step` ms apart, up to `max` ms: one unit for the whole
 * axis (seconds once it reaches 1 s) and as few decimals as tell the ticks apart.
 */
export function formatTick(ms: number, step: number, max = ms): string {
  if (step >= 1000 || Math.abs(max) >= 1000) {
    const decimals = Math.max(0, Math.min(3, Math.ceil(-Math.log10(step / 1000) - 1e-9)));
    return `${(ms / 1000).toFixed(decimals)} s`;
  }
  const decimals = Math.max(0, Math.min(3, Math.ceil(-Math.log10(step) - 1e-9)));
  return `${ms.toFixed(decimals)} ms`;
}

/**
 * A zoomed window of [0, end]: `factor` < 1 zooms in around `at`, > 1 out; never narrower than
 * `minWidth` ms nor outside the run.
 */
export function zoomWindow(view: readonly [number, number], end: number, factor: number, at: number, minWidth = 0.5): [number, number] {
  const width = Math.min(end, Math.max(minWidth, (view[1] - view[0]) * factor));
  const ratio = view[1] > view[0] ? (at - view[0]) / (view[1] - view[0]) : 0.5;
  return clampWindow(at - width * ratio, width, end);
}

/** The window moved by `delta` ms, kept inside the run. */
export function panWindow(view: readonly [number, number], end: number, delta: number): [number, number] {
  return clampWindow(view[0] + delta, view[1] - view[0], end);
}

function clampWindow(from: number, width: number, end: number): [number, number] {
  const start = Math.min(Math.max(0, from), Math.max(0, end - width));
  return [start, start + width];
}
