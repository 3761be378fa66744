// The timeline model: the rows, cycle and summary the timeline view draws and says, from
// timelines shaped like the runtime's (the spans below are trimmed from real runs).
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/runtime/protocol.ts';
import {
  buildModel, describeSpan, formatMs, formatTick, laneCount, maxOverlap, panWindow, parallelismNote, summarize, zoomWindow,
} from '../../src/integrations/runnable-code/client/timeline-model.ts';
import { lastPrintedTable } from '../../src/integrations/runnable-code/client/printed-table.ts';

const lanes = (...names: string[]): Timeline['lanes'] => names.map((name, i) => ({ id: `t${i}`, kind: 'thread', name }));

/** Challenge 1: three threads sleep 1 s together while MainThread joins them. */
const sleepers: Timeline = {
  lanes: lanes('MainThread', 'T0', 'T1', 'T2'),
  switches: 11,
  spans: [
    { lane: 't0', state: 'running', start: 0, end: 190 },
    { lane: 't1', state: 'running', start: 191, end: 205 },
    { lane: 't0', state: 'waiting', start: 190, end: 206, detail: 'a notify() on a Condition (its own waiter lock)' },
    { lane: 't0', state: 'running', start: 206, end: 217 },
    { lane: 't2', state: 'running', start: 218, end: 224 },
    { lane: 't3', state: 'running', start: 225, end: 229 },
    { lane: 't1', state: 'sleeping', start: 205, end: 1205, detail: 'time.sleep(1)' },
    { lane: 't2', state: 'sleeping', start: 224, end: 1236, detail: 'time.sleep(1)' },
    { lane: 't3', state: 'sleeping', start: 229, end: 1259, detail: 'time.sleep(1)' },
    { lane: 't0', state: 'waiting', start: 229, end: 1260, detail: 'T0 to finish (join)', heldBy: 'T0' },
    { lane: 't1', state: 'running', start: 1205, end: 1207 },
    { lane: 't2', state: 'runnable', start: 1236, end: 1237, detail: 'None' },
    { lane: 't2', state: 'running', start: 1237, end: 1238 },
    { lane: 't3', state: 'running', start: 1259, end: 1260 },
    { lane: 't0', state: 'running', start: 1260, end: 1452 },
  ],
};

/** Challenge 9: task1 holds lock1 and waits for lock2; task2 the other way round. */
const deadlock: Timeline = {
  lanes: lanes('MainThread', 'task1', 'task2'),
  switches: 7,
  spans: [
    { lane: 't0', state: 'running', start: 0, end: 186 },
    { lane: 't1', state: 'running', start: 190, end: 197 },
    { lane: 't2', state: 'running', start: 201, end: 202 },
    { lane: 't1', state: 'sleeping', start: 197, end: 292, detail: 'time.sleep(0.1)' },
    { lane: 't2', state: 'sleeping', start: 202, end: 303, detail: 'time.sleep(0.1)' },
    { lane: 't0', state: 'waiting', start: 207, end: 454, detail: 'task1 to finish (join)', heldBy: 'task1' },
    { lane: 't1', state: 'waiting', start: 292, end: 454, detail: 'Lock lock2, held by task2', heldBy: 'task2' },
    { lane: 't2', state: 'waiting', start: 308, end: 454, detail: 'Lock lock1, held by task1', heldBy: 'task1' },
  ],
};

describe('buildModel', () => {
  it('makes one row per lane, spans in time order, CPU time from running spans', () => {
    const m = buildModel(sleepers);
    expect(m.rows.map((r) => r.lane.name)).toEqual(['MainThread', 'T0', 'T1', 'T2']);
    expect(m.rows[0]!.spans.map((s) => s.state)).toEqual(['running', 'waiting', 'running', 'waiting', 'running']);
    expect(m.rows[1]!.cpuMs).toBe(14 + 2);
    expect(m.endMs).toBe(1452);
    expect(m.cycle).toEqual([]);
  });

  it('drops the runtime\'s "None" detail and links a holder to its lane', () => {
    const m = buildModel(sleepers);
    expect(m.rows[2]!.spans.find((s) => s.state === 'runnable')!.detail).toBeUndefined();
    expect(m.rows[0]!.spans[3]!.heldByLane).toBe('t1');
  });

  it('finds a deadlock\'s wait-for cycle and marks only its waits', () => {
    const m = buildModel(deadlock);
    expect(m.cycle).toEqual(['t1', 't2']); // MainThread waits on task1 but is not in the cycle
    const marked = m.rows.flatMap((r) => r.spans.filter((s) => s.inCycle).map((s) => `${r.lane.name}:${s.detail}`));
    expect(marked).toEqual(['task1:Lock lock2, held by task2', 'task2:Lock lock1, held by task1']);
  });

  it('finds a longer cycle and starts it from the first lane listed', () => {
    const t: Timeline = {
      lanes: lanes('MainThread', 'a', 'b', 'c'),
      switches: 3,
      spans: [
        { lane: 't0', state: 'waiting', start: 0, end: 10, heldBy: 'c' },
        { lane: 't3', state: 'waiting', start: 0, end: 10, heldBy: 'a' },
        { lane: 't1', state: 'waiting', start: 0, end: 10, heldBy: 'b' },
        { lane: 't2', state: 'waiting', start: 0, end: 10, heldBy: 'c' },
      ],
    };
    expect(buildModel(t).cycle).toEqual(['t1', 't2', 't3']);
  });

  it('sees no cycle when a wait was satisfied earlier', () => {
    const t: Timeline = {
      lanes: lanes('a', 'b'),
      switches: 2,
      spans: [
        { lane: 't0', state: 'waiting', start: 0, end: 5, heldBy: 'b' },
        { lane: 't0', state: 'running', start: 5, end: 10 },
        { lane: 't1', state: 'waiting', start: 0, end: 10, heldBy: 'a' },
      ],
    };
    expect(buildModel(t).cycle).toEqual([]);
  });
});

describe('summarize', () => {
  it('says threads ran one at a time (the GIL) though all four were in progress together', () => {
    const s = summarize(buildModel(sleepers), 1495);
    expect(s).toMatchObject({ wallMs: 1495, lanes: 4, kinds: ['thread'], switches: 11, maxRunning: 1, maxInProgress: 4, maxBlocked: 4 });
    expect(s.cpu.map((c) => c.name)).toEqual(['MainThread', 'T0', 'T1', 'T2']);
    expect(s.totalCpuMs).toBe(190 + 11 + 192 + 16 + 7 + 5);
    expect(parallelismNote(s)).toBe('Parallelism 1: the threads took turns, never running Python at the same moment, because one interpreter lock (the GIL) lets one thread run at a time. 4 were in progress at once (4 sleeping or waiting together): that is concurrency, not parallelism.');
  });

  it('counts lanes that ran at the same moment (processes)', () => {
    const t: Timeline = {
      lanes: [{ id: 'p1', kind: 'process', name: 'p1' }, { id: 'p2', kind: 'process', name: 'p2' }],
      switches: 0,
      spans: [{ lane: 'p1', state: 'running', start: 0, end: 10 }, { lane: 'p2', state: 'running', start: 5, end: 15 }],
    };
    const s = summarize(buildModel(t), 15);
    expect(s.maxRunning).toBe(2);
    expect(parallelismNote(s)).toBe('Parallelism 2: up to 2 lanes ran at the same moment.');
  });

  it('maxOverlap: touching spans do not overlap', () => {
    expect(maxOverlap([{ start: 0, end: 5 }, { start: 5, end: 9 }])).toBe(1);
    expect(maxOverlap([{ start: 0, end: 5 }, { start: 4, end: 9 }, { start: 4.5, end: 4.6 }])).toBe(3);
    expect(maxOverlap([])).toBe(0);
  });

  it('names lanes by kind', () => {
    expect(laneCount(sleepers.lanes)).toBe('4 threads');
    expect(laneCount([{ kind: 'thread' }, { kind: 'process' }, { kind: 'process' }])).toBe('1 thread and 2 processes');
  });
});

describe('words and numbers', () => {
  it('describes a span with what it waits on and who holds it, once', () => {
    const m = buildModel(deadlock);
    const [task1] = m.rows[1]!.spans.slice(-1);
    expect(describeSpan(task1!, 'task1', formatMs)).toBe(
      'task1: waiting from 292 ms to 454 ms (162 ms), on Lock lock2, held by task2, part of the deadlock cycle');
    const sleep = m.rows[1]!.spans[1]!;
    expect(describeSpan(sleep, 'task1', formatMs)).toBe('task1: sleeping from 197 ms to 292 ms (95 ms), in time.sleep(0.1)');
    expect(describeSpan({ ...sleep, state: 'waiting', detail: undefined, heldBy: 'x' }, 'a', formatMs)).toMatch(/, held by x$/);
  });

  it('formats times and ticks with the decimals they need', () => {
    expect([formatMs(0), formatMs(0.42), formatMs(12.4), formatMs(1234), formatMs(12_345)]).toEqual(['0 ms', '0.4 ms', '12 ms', '1.23 s', '12.3 s']);
    expect(formatTick(500, 100)).toBe('500 ms');
    expect(formatTick(400, 200)).toBe('400 ms');
    expect(formatTick(0, 500, 1500)).toBe('0.0 s');
    expect(formatTick(1500, 500, 1500)).toBe('1.5 s');
    expect(formatTick(2000, 1000)).toBe('2 s');
    expect(formatTick(2.5, 0.5)).toBe('2.5 ms');
  });

  it('zooms around a point and pans inside the run', () => {
    expect(zoomWindow([0, 1000], 1000, 0.5, 500)).toEqual([250, 750]);
    expect(zoomWindow([0, 1000], 1000, 0.5, 0)).toEqual([0, 500]);
    expect(zoomWindow([250, 750], 1000, 4, 500)).toEqual([0, 1000]);
    expect(zoomWindow([0, 1], 1000, 0.01, 0.5)[1] - zoomWindow([0, 1], 1000, 0.01, 0.5)[0]).toBe(0.5);
    expect(panWindow([250, 750], 1000, 400)).toEqual([500, 1000]);
    expect(panWindow([250, 750], 1000, -400)).toEqual([0, 500]);
  });
});

describe('lastPrintedTable', () => {
  const challenge10 = [
    'some line before',
    'model         start-up (s)  IO-bound (s)  CPU-bound (s)',
    'sequential            0.00          2.01           1.52',
    'threads               0.11          0.51           1.60',
    'processes             2.30          0.55           0.61',
    'asyncio               0.00          0.50           1.49',
    '',
  ].join('\n');

  it('reads Challenge 10\'s table', () => {
    expect(lastPrintedTable(challenge10)).toEqual({
      columns: ['model', 'start-up (s)', 'IO-bound (s)', 'CPU-bound (s)'],
      rows: [
        { label: 'sequential', values: [0, 2.01, 1.52] },
        { label: 'threads', values: [0.11, 0.51, 1.6] },
        { label: 'processes', values: [2.3, 0.55, 0.61] },
        { label: 'asyncio', values: [0, 0.5, 1.49] },
      ],
    });
  });

  it('takes the last table, labels with spaces, and ignores prose and short tables', () => {
    const text = `a  b\nx 1\ny 2\n\nname  value\nthread pool  1,200\nprocess pool  3.5e2\n`;
    expect(lastPrintedTable(text)).toEqual({
      columns: ['name', 'value'],
      rows: [{ label: 'thread pool', values: [1200] }, { label: 'process pool', values: [350] }],
    });
    expect(lastPrintedTable('Finished T0\nFinished T1\n')).toBeNull();
    expect(lastPrintedTable('model  t\nonly 1\n')).toBeNull();
  });
});
