// The child processes of a run on its timeline: a lane per process, from the moment start() asked
// for it, through its worker being handed over, to its exit. A child records its own timeline
// (its request inherits `timeline`), so its main thread's lane becomes the process's lane (when it
// ran, and when it waited, e.g. a Pool worker waiting for its next task) and its other threads
// and tasks get lanes of their own, every time shifted onto the main program's clock.
import type { Timeline, TimelineLane, TimelineSpan } from '../protocol.ts';

export interface ChildRecord {
  pid: number;
  name: string;
  /** ms since the main program started: start() asked for it, it began running, it ended. */
  spawnAt: number;
  startAt: number | null;
  exitAt: number | null;
  exitCode: number | null;
  /** The child's own timeline (times since its own start), if it finished its run. */
  timeline?: Timeline;
}

export function processLanes(children: readonly ChildRecord[], endAt: number): Timeline {
  const lanes: TimelineLane[] = [];
  const spans: TimelineSpan[] = [];
  let switches = 0;
  for (const c of children) {
    const id = `p${c.pid}`;
    lanes.push({ id, kind: 'process', name: `${c.name} (pid ${c.pid})` });
    const end = c.exitAt ?? endAt;
    const start = c.startAt ?? end;
    if (start > c.spawnAt) {
      spans.push({ lane: id, state: 'runnable', start: c.spawnAt, end: start, detail: 'starting: a worker is handed over' });
    }
    if (c.startAt === null) continue;
    const own = c.timeline;
    const main = own?.lanes[0];
    if (!own || !main) {
      spans.push({ lane: id, state: 'running', start, end, ...(c.exitCode !== null && { detail: `exit code ${c.exitCode}` }) });
      continue;
    }
    switches += own.switches;
    const laneIds = new Map(own.lanes.map((l, i) => [l.id, i === 0 ? id : `${id}-${l.id}`]));
    for (const l of own.lanes.slice(1)) lanes.push({ id: laneIds.get(l.id)!, kind: l.kind, name: `${c.name}: ${l.name}` });
    for (const s of own.spans) {
      // A child's clock starts a little after the group saw it start: never past its exit.
      spans.push({ ...s, lane: laneIds.get(s.lane) ?? id, start: Math.min(start + s.start, end), end: Math.min(start + s.end, end) });
    }
  }
  return { lanes, spans, switches };
}

/** The main program's timeline with its children's lanes after its own. */
export function withProcesses(main: Timeline, children: Timeline): Timeline {
  return { ...main, lanes: [...main.lanes, ...children.lanes], spans: [...main.spans, ...children.spans], switches: main.switches + children.switches };
}
