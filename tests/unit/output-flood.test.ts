// The bounds that keep a flood of output (a million lines, one 50 MB line) from costing the
// page its memory or its responsiveness: what the worker sends, what the view keeps, and what
// it draws per frame.
import { describe, expect, it } from 'vitest';
import { LineSplitter, Tail } from '../../src/integrations/runnable-code/client/output-lines.ts';
import { planRender, type Shown } from '../../src/integrations/runnable-code/client/output-window.ts';
import { EventSink, MAX_BATCH_CHARS } from '../../src/runtime/worker/output.ts';
import type { OutputEvent, RunEvent } from '../../src/runtime/protocol.ts';

describe('Tail', () => {
  it('keeps the last items of a million pushed one by one, numbered as they came', () => {
    const tail = new Tail<number>(5000);
    for (let i = 0; i < 1_000_000; i++) tail.push([i]);
    expect(tail.total).toBe(1_000_000);
    expect(tail.start).toBe(995_000);
    expect(tail.slice(995_000, 995_003)).toEqual([995_000, 995_001, 995_002]);
    expect(tail.slice(999_998, 1_000_000)).toEqual([999_998, 999_999]);
  });

  it('takes a million in one push without spreading them into arguments', () => {
    const tail = new Tail<number>(3);
    tail.push([1]);
    tail.push(Array.from({ length: 1_000_000 }, (_, i) => i));
    expect(tail.slice(tail.start, tail.total)).toEqual([999_997, 999_998, 999_999]);
    expect(tail.start).toBe(1_000_001 - 3);
  });

  it('refuses lines it no longer keeps', () => {
    const tail = new Tail<number>(2);
    tail.push([1, 2, 3]);
    expect(() => tail.slice(0, 2)).toThrow(RangeError);
    tail.clear();
    expect([tail.total, tail.start]).toEqual([0, 0]);
  });
});

describe('planRender', () => {
  const opts = { max: 5000, frameBudget: 300, final: false };
  const kept = (total: number) => ({ total, start: Math.max(0, total - 5000) });
  const none = (n: number): Shown => ({ start: n, end: n });

  it('appends a trickle of lines', () => {
    expect(planRender({ start: 0, end: 100 }, kept(150), opts)).toEqual({
      clear: false, trimFront: 0, prepend: none(150), append: { start: 100, end: 150 }, shown: { start: 0, end: 150 }, done: true,
    });
  });

  it('trims the front past the kept lines, in one piece', () => {
    const plan = planRender({ start: 0, end: 5000 }, kept(5100), opts);
    expect(plan).toMatchObject({ clear: false, trimFront: 100, append: { start: 5000, end: 5100 }, shown: { start: 100, end: 5100 } });
  });

  it('during a flood draws only the newest frameBudget lines', () => {
    expect(planRender({ start: 0, end: 300 }, kept(100_000), opts)).toEqual({
      clear: true, trimFront: 0, prepend: none(100_000), append: { start: 99_700, end: 100_000 },
      shown: { start: 99_700, end: 100_000 }, done: true,
    });
  });

  it('keeps drawing on from a flood window without filling in behind it while the run goes on', () => {
    const plan = planRender({ start: 99_700, end: 100_000 }, kept(100_100), opts);
    expect(plan).toMatchObject({ clear: false, trimFront: 0, prepend: none(100_100), shown: { start: 99_700, end: 100_100 } });
  });

  it('once the run ended, fills in the kept lines over several frames, newest first', () => {
    const final = { ...opts, final: true };
    let plan = planRender({ start: 99_700, end: 100_000 }, kept(100_200), final);
    expect(plan).toEqual({
      clear: false, trimFront: 0, prepend: { start: 99_600, end: 99_700 }, append: { start: 100_000, end: 100_200 },
      shown: { start: 99_600, end: 100_200 }, done: false,
    });
    let frames = 1;
    while (!plan.done) {
      plan = planRender(plan.shown, kept(100_200), final);
      expect(plan.append.end - plan.append.start).toBe(0);
      expect(plan.prepend.end - plan.prepend.start).toBeLessThanOrEqual(300);
      frames++;
    }
    expect(plan.shown).toEqual({ start: 95_200, end: 100_200 });
    expect(frames).toBe(1 + Math.ceil(4400 / 300));
  });

  it('at the end of a flood that outran the view, starts over from the newest kept lines', () => {
    const plan = planRender({ start: 10_000, end: 10_300 }, kept(1_000_000), { ...opts, final: true });
    expect(plan).toMatchObject({ clear: true, append: { start: 999_700, end: 1_000_000 }, done: false });
  });

  it('a short run is drawn whole in its first frame', () => {
    expect(planRender(none(0), kept(42), { ...opts, final: true })).toMatchObject({ clear: false, append: { start: 0, end: 42 }, done: true });
  });

  it('never shows more than max lines nor draws more than the budget in a frame', () => {
    let shown: Shown = none(0);
    let total = 0;
    const drawn = (p: ReturnType<typeof planRender>) => p.append.end - p.append.start + p.prepend.end - p.prepend.start;
    for (const burst of [3, 700, 20, 4999, 1, 12_000, 0, 250]) {
      total += burst;
      const plan = planRender(shown, kept(total), opts);
      expect(drawn(plan)).toBeLessThanOrEqual(300);
      expect(plan.shown.end - plan.shown.start).toBeLessThanOrEqual(5000);
      shown = plan.shown;
    }
    for (let plan = planRender(shown, kept(total), { ...opts, final: true }); ; plan = planRender(shown, kept(total), { ...opts, final: true })) {
      expect(drawn(plan)).toBeLessThanOrEqual(300);
      shown = plan.shown;
      if (plan.done) break;
    }
    expect(shown).toEqual({ start: total - 5000, end: total });
  });
});

describe('LineSplitter with a 50 MB line', () => {
  it('keeps 10,000 characters of it and counts the rest', () => {
    const s = new LineSplitter();
    const chunk = 'x'.repeat(MAX_BATCH_CHARS);
    for (let i = 0; i < 50; i++) expect(s.push('stdout', chunk, i)).toEqual([]);
    const [line] = s.push('stdout', 'y\n', 50);
    expect(line.text.length).toBe(10_000);
    expect(line.truncated).toBe(50 * MAX_BATCH_CHARS + 1 - 10_000);
  });
});

describe('EventSink (the worker side)', () => {
  function collect(): { sink: EventSink; messages: RunEvent[][] } {
    const messages: RunEvent[][] = [];
    const sink = new EventSink();
    sink.begin((events) => messages.push(events));
    return { sink, messages };
  }
  const encode = (s: string) => new TextEncoder().encode(s);

  it('sends a 50 MB line whole, in messages of at most MAX_BATCH_CHARS', () => {
    const { sink, messages } = collect();
    sink.write('stdout', encode(`${'x'.repeat(50_000_000)}\n`));
    sink.end();
    const sizes = messages.map((m) => m.reduce((n, e) => n + (e as OutputEvent).text.length, 0));
    expect(sizes.reduce((a, b) => a + b)).toBe(50_000_001);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BATCH_CHARS);
    expect(messages.length).toBeGreaterThanOrEqual(48);
  });

  it('merges a burst of prints into few events and loses none of them', () => {
    const { sink, messages } = collect();
    for (let i = 0; i < 100_000; i++) sink.write('stdout', encode(`${i}\n`));
    sink.write('stderr', encode('oops\n'));
    sink.end();
    const events = messages.flat() as OutputEvent[];
    const stdout = events.filter((e) => e.stream === 'stdout').map((e) => e.text).join('');
    expect(stdout).toBe(Array.from({ length: 100_000 }, (_, i) => `${i}\n`).join(''));
    expect(events.at(-1)).toMatchObject({ stream: 'stderr', text: 'oops\n' });
    expect(events.length).toBeLessThan(10_000); // not 100,000: a burst shares events
  });

  it('keeps chunks of different streams, or far apart in time, in their own events', async () => {
    const { sink, messages } = collect();
    sink.write('stdout', encode('a'));
    sink.write('stderr', encode('b'));
    sink.write('stdout', encode('c'));
    await new Promise((r) => setTimeout(r, 10));
    sink.write('stdout', encode('d'));
    sink.end();
    expect(messages.flat().map((e) => (e as OutputEvent).text)).toEqual(['a', 'b', 'c', 'd']);
  });
});
