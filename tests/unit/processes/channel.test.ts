// The broker's channel: order, bounded puts, timeouts, EOF once every writer closed, tasks.
import { describe, expect, it } from 'vitest';
import { Channel, EMPTY, EOF } from '../../../src/runtime/processes/channel.ts';

const msg = (n: number) => new Uint8Array([n]);
const first = (v: unknown) => (v instanceof Uint8Array ? v[0] : v);

describe('Channel', () => {
  it('keeps messages in order and serves waiting readers first come, first served', async () => {
    const ch = new Channel();
    const a = ch.get(1, -1);
    const b = ch.get(2, -1);
    ch.put(9, msg(1), -1);
    ch.put(9, msg(2), -1);
    ch.put(9, msg(3), -1);
    expect(first(await a)).toBe(1);
    expect(first(await b)).toBe(2);
    expect(first(ch.get(1, 0))).toBe(3);
    expect(ch.get(1, 0)).toBe(EMPTY);
  });

  it('times a get out', async () => {
    const ch = new Channel();
    const t0 = performance.now();
    expect(await ch.get(1, 50)).toBe(EMPTY);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(40);
    ch.put(1, msg(7), -1); // the timed-out reader must not have taken it
    expect(first(ch.get(1, 0))).toBe(7);
  });

  it('makes a bounded put wait for room, or fail at once / after its timeout', async () => {
    const ch = new Channel();
    ch.maxsize = 1;
    expect(ch.put(1, msg(1), -1)).toBe(true);
    expect(ch.put(1, msg(2), 0)).toBe(false);
    expect(await ch.put(1, msg(2), 30)).toBe(false);
    const waiting = ch.put(1, msg(3), -1);
    expect(first(ch.get(2, 0))).toBe(1);
    expect(await waiting).toBe(true);
    expect(first(ch.get(2, 0))).toBe(3);
  });

  it('peeks without taking (poll) and reports readability', async () => {
    const ch = new Channel();
    const peek = ch.get(1, -1, true);
    expect(ch.ready).toBe(false);
    ch.put(2, msg(5), -1);
    expect(await peek).toBe(true);
    expect(ch.ready).toBe(true);
    expect(first(ch.get(1, 0))).toBe(5);
  });

  it('gives EOF once every counted writer closed, after what is queued', async () => {
    const ch = new Channel();
    ch.openWriter();
    ch.openWriter();
    const waiting = ch.get(1, -1);
    ch.closeWriter();
    ch.put(3, msg(1), -1);
    expect(first(await waiting)).toBe(1);
    ch.put(3, msg(2), -1);
    ch.closeWriter();
    expect(first(ch.get(1, 0))).toBe(2);
    expect(ch.get(1, 0)).toBe(EOF);
    expect(ch.ready).toBe(true);
  });

  it('counts unfinished tasks for JoinableQueue.join', async () => {
    const ch = new Channel();
    ch.put(1, msg(1), -1);
    ch.put(1, msg(2), -1);
    let joined = false;
    const join = Promise.resolve(ch.join(1)).then(() => { joined = true; });
    expect(ch.taskDone()).toBe(true);
    await Promise.resolve();
    expect(joined).toBe(false);
    expect(ch.taskDone()).toBe(true);
    await join;
    expect(joined).toBe(true);
    expect(ch.taskDone()).toBe(false); // too many times
  });

  it('forgets the waits of a process that ended', async () => {
    const ch = new Channel();
    void ch.get(7, -1);
    ch.forget(7);
    ch.put(1, msg(4), -1);
    expect(first(ch.get(8, 0))).toBe(4);
  });
});
