// The process group as a broker, with a fake launcher standing in for the pool's workers:
// spawning and the cap, exit codes and waits, output relayed with the child's pid, writers
// closed when a process ends, terminate, and close() ending every child.
import { describe, expect, it } from 'vitest';
import type { RunEvent, RunRequest } from '../../../src/runtime/protocol.ts';
import { ProcessGroup, TERMINATE_GRACE_MS, type ChildLauncher, type LaunchedChild } from '../../../src/runtime/processes/group.ts';
import { TakeBuffer, TakeKind } from '../../../src/runtime/processes/take-buffer.ts';
import { PutRing, RING_CAPACITY } from '../../../src/runtime/processes/put-ring.ts';
import { FILES_RECORD } from '../../../src/runtime/processes/messages.ts';
import { encodeFileSet, type FileSet } from '../../../src/runtime/processes/shared-files.ts';
import { WorkerLink } from '../../../src/runtime/processes/worker-link.ts';

interface FakeChild extends LaunchedChild {
  req: RunRequest;
  port: MessagePort;
  finish(code: number | null): void;
  killed: boolean;
  signals: number[];
}

function setup(maxChildren = 2) {
  const children: FakeChild[] = [];
  const launcher: ChildLauncher = {
    launch(req, port) {
      let finish: (c: number | null) => void = () => {};
      const done = new Promise<number | null>((resolve) => { finish = resolve; });
      const child: FakeChild = {
        req, port, done, started: Promise.resolve(), running: true, killed: false, signals: [],
        finish: (c) => finish(c),
        signal(sig) { this.signals.push(sig); return true; },
        kill() { this.killed = true; finish(null); },
      };
      children.push(child);
      return child;
    },
  };
  const events: RunEvent[] = [];
  let pid = 100;
  const group = new ProcessGroup({
    launcher, request: { code: 'x = 1', filename: '/t.py' }, onEvents: (e) => events.push(...e),
    cpus: 2, maxChildren, allocPid: () => ++pid,
  });
  // The main process talks to its group over its worker's link, as in the pool.
  const { port1, port2: port } = new MessageChannel();
  const link = new WorkerLink(port1);
  const { identity } = group.attachRoot(link);
  const replies = new Map<number, unknown>();
  /** What the main process got, in order: a message's op, or 'reply'. */
  const received: string[] = [];
  port.onmessage = (e: MessageEvent) => {
    received.push(e.data.op ?? 'reply');
    if ('re' in e.data) replies.set(e.data.re, e.data.value);
  };
  let nextId = 1;
  const ask = async (msg: Record<string, unknown>): Promise<unknown> => {
    const id = nextId++;
    port.postMessage({ ...msg, id });
    // A wait on a child that does not unwind answers after TERMINATE_GRACE_MS (1 s).
    const deadline = performance.now() + 5000;
    while (!replies.has(id) && performance.now() < deadline) await tick();
    return replies.get(id);
  };
  return { group, port, link, identity, children, events, ask, received };
}

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('ProcessGroup', () => {
  it('starts children with the program request and their identity, up to the cap', async () => {
    const { group, children, ask, identity } = setup(2);
    expect(identity).toMatchObject({ pid: 101, ppid: 1, name: 'MainProcess', cpus: 2 });
    const payload = new Uint8Array([1, 2, 3]);
    expect(await ask({ op: 'spawn', payload, name: 'Process-1' })).toBe(102);
    expect(await ask({ op: 'spawn', payload, name: 'Process-2' })).toBe(103);
    expect(await ask({ op: 'spawn', payload, name: 'Process-3' })).toMatchObject({ error: expect.stringContaining('at most 2') });
    expect(children[0]!.req).toMatchObject({ code: 'x = 1', filename: '/t.py', process: { pid: 102, ppid: 101, name: 'Process-1' } });
    group.close();
  });

  it('tells exit codes to waiters, after the messages the child sent before exiting', async () => {
    const { group, children, ask, events } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    expect(await ask({ op: 'wait', pid: 102, ms: 0 })).toBe(null);
    const waiting = ask({ op: 'wait', pid: 102, ms: -1 });
    const child = children[0]!.port;
    child.postMessage({ op: 'events', events: [{ kind: 'output', stream: 'stdout', text: 'hi\n', t: 1 }] });
    child.postMessage({ op: 'put', ch: 5, data: new Uint8Array([42]), max: 0, ms: 0 });
    child.postMessage({ op: 'exit', code: 3 });
    expect(await waiting).toBe(3);
    expect(events).toMatchObject([{ kind: 'output', text: 'hi\n', pid: 102, process: 'P' }]);
    expect(await ask({ op: 'get', ch: 5, ms: 0, peek: false })).toEqual(new Uint8Array([42]));
    group.close();
  });

  it('counts a crashed worker as SIGKILL and closes the write ends the process held', async () => {
    const { group, children, ask } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    const child = children[0]!;
    child.port.postMessage({ op: 'open', ch: 9 });
    await tick();
    const reading = ask({ op: 'get', ch: 9, ms: -1, peek: false });
    child.finish(null);
    expect(await reading).toBe(1); // EOF
    expect(await ask({ op: 'wait', pid: 102, ms: -1 })).toBe(-9);
    group.close();
  });

  it('says on stderr why a child could not run when its worker failed outside Python', async () => {
    const { group, children, ask, events } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    const child = children[0]!;
    Object.assign(child, { failure: 'EBUSY: a mount point' });
    child.finish(null);
    expect(await ask({ op: 'wait', pid: 102, ms: -1 })).toBe(-9);
    expect(events).toMatchObject([{ kind: 'output', stream: 'stderr', pid: 102, text: 'Process P (pid 102) could not run: EBUSY: a mount point\n' }]);
    group.close();
  });

  it("hands a child's files to its parent before the parent learns that it exited", async () => {
    const { group, children, ask, port, received } = setup();
    const files = { files: [['/tmp/out.txt', new Uint8Array([104, 105])]], dirs: ['/tmp/d'], removed: ['/tmp/old'] };
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P', files: { files: [], dirs: [] } });
    expect(children[0]!.req.process?.files).toEqual({ files: [], dirs: [] });
    received.length = 0;
    const waiting = ask({ op: 'wait', pid: 102, ms: -1 });
    children[0]!.port.postMessage({ op: 'exit', code: 0, files });
    expect(await waiting).toBe(0);
    expect(received).toEqual(['files', 'reply']);
    group.close();
  });

  it('answers a take in the taker\'s buffer at once, lending the messages after it; then EMPTY, then EOF', async () => {
    const { group, port, ask } = setup();
    const buffer = new TakeBuffer();
    port.postMessage({ op: 'open', ch: 7 });
    const put = (...bs: number[]) => { for (const b of bs) port.postMessage({ op: 'put', ch: 7, data: new Uint8Array([b]), max: 0, ms: 0 }); };
    put(1, 2);
    // An ordinary get says how many messages are left behind the one it took.
    const replies: unknown[] = [];
    const onReply = port.onmessage!;
    port.onmessage = (e: MessageEvent) => { replies.push(e.data); onReply.call(port, e); };
    expect(await ask({ op: 'get', ch: 7, ms: 0, peek: false })).toEqual(new Uint8Array([1]));
    expect(replies.at(-1)).toMatchObject({ more: 1 });
    const take = async (first = false) => {
      buffer.arm();
      port.postMessage({ op: 'take', ch: 7, buffer: first ? buffer.sab : undefined });
      for (let i = 0; i < 200 && Atomics.load(new Int32Array(buffer.sab, 0, 1), 0) === 0; i++) await tick();
      return buffer.await(1000);
    };
    // Lending pays in a stream: with a few messages waiting, each is taken on its own.
    put(3);
    expect(await take(true)).toEqual(new Uint8Array([2]));
    expect(buffer.more).toBe(1);
    expect(buffer.next()).toBeUndefined();
    expect(await take()).toEqual(new Uint8Array([3]));
    expect(buffer.more).toBe(0);
    // With many waiting, the ones after the asked one are lent; what is left of a loan goes back
    // before anyone else reads the channel: each message is taken once.
    put(...Array.from({ length: 40 }, (_, i) => 10 + i));
    expect(await take()).toEqual(new Uint8Array([10]));
    expect(buffer.next()).toEqual(new Uint8Array([11]));
    expect(await ask({ op: 'size', ch: 7 })).toBe(38);
    expect(buffer.next()).toBeUndefined(); // taken back
    for (let i = 12; i < 50; i++) expect(await ask({ op: 'get', ch: 7, ms: 0, peek: false })).toEqual(new Uint8Array([i]));
    expect(await take()).toBe(TakeKind.Empty);
    port.postMessage({ op: 'close', ch: 7 });
    expect(await take()).toBe(TakeKind.Eof);
    group.close();
  });

  it("sends a process's file changes to every other one, ahead of the message it put after them", async () => {
    const { group, children, ask, port, received } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'A' });
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'B' });
    const [a, b] = children as [FakeChild, FakeChild];
    const atB: unknown[] = [];
    b.port.onmessage = (e: MessageEvent) => atB.push(e.data);
    const files: FileSet = { files: [['/tmp/part-1.txt', new Uint8Array([49])]], dirs: [], removed: [] };
    // A writes through its put ring: the files record, then the message.
    const ring = new PutRing();
    a.port.postMessage({ op: 'ring', buffer: ring.sab });
    await ask({ op: 'size', ch: 9 });
    ring.write(FILES_RECORD, encodeFileSet(files));
    ring.write(9, new Uint8Array([7]));
    received.length = 0;
    // The main process's take comes through the port, after the files, not in its buffer.
    const buffer = new TakeBuffer();
    buffer.arm();
    port.postMessage({ op: 'take', ch: 9, buffer: buffer.sab });
    for (let i = 0; i < 200 && Atomics.load(new Int32Array(buffer.sab, 0, 1), 0) === 0; i++) await tick();
    expect(buffer.await(1000)).toBe(TakeKind.TooBig);
    expect(await ask({ op: 'get', ch: 9, ms: 0, peek: false })).toEqual(new Uint8Array([7]));
    expect(received).toEqual(['files', 'reply']);
    await tick();
    expect(atB).toContainEqual({ op: 'files', pid: 103, files });
    group.close();
  });

  it('takes puts from a process\'s ring in order with what it posts after them', async () => {
    const { group, port, ask } = setup();
    const ring = new PutRing();
    port.postMessage({ op: 'open', ch: 8 });
    port.postMessage({ op: 'ring', buffer: ring.sab });
    await ask({ op: 'size', ch: 8 }); // the group has the ring
    const big = new Uint8Array(RING_CAPACITY / 2 + 3).map((_, i) => i % 251);
    ring.write(8, new Uint8Array([1]));
    ring.write(8, big);
    port.postMessage({ op: 'close', ch: 8 }); // the last writer: EOF, but after the puts
    expect(await ask({ op: 'get', ch: 8, ms: 0, peek: false })).toEqual(new Uint8Array([1]));
    expect(await ask({ op: 'get', ch: 8, ms: 0, peek: false })).toEqual(big);
    expect(await ask({ op: 'get', ch: 8, ms: 0, peek: false })).toBe(1); // EOF
    // Without a port message, the group drains when the ring grows (Atomics.waitAsync).
    const reader = ask({ op: 'get', ch: 9, ms: -1, peek: false });
    await tick();
    ring.write(9, new Uint8Array([9]));
    expect(await reader).toEqual(new Uint8Array([9]));
    group.close();
  });

  it('terminates: signals the child, then tears it down if it does not unwind', async () => {
    const { group, children, ask, port } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    const child = children[0]!;
    const seen: unknown[] = [];
    child.port.onmessage = (e: MessageEvent) => seen.push(e.data);
    port.postMessage({ op: 'kill', pid: 102, sig: 15 }); // no reply: the wait tells
    expect(await ask({ op: 'wait', pid: 102, ms: -1 })).toBe(-15);
    expect(seen).toContainEqual({ op: 'signal', pid: 102, sig: 15 });
    expect(child.signals).toEqual([15]);
    expect(child.killed).toBe(true);
    group.close();
  });

  it('gives a signalled child that answers more than the grace to unwind, and its parent its files at once', async () => {
    const { group, children, ask, port, received } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'PoolWorker-1' });
    const child = children[0]!;
    received.length = 0;
    port.postMessage({ op: 'kill', pid: 102, sig: 15 });
    const files = { files: [['/tmp/part-0.txt', new Uint8Array([48])]], dirs: [], removed: [] };
    child.port.postMessage({ op: 'files', files });
    child.port.postMessage({ op: 'signaled' });
    await new Promise((r) => setTimeout(r, TERMINATE_GRACE_MS + 300)); // a loaded machine's slow unwinding
    expect(child.killed).toBe(false);
    expect(received).toEqual(['files']);
    const waiting = ask({ op: 'wait', pid: 102, ms: -1 });
    child.port.postMessage({ op: 'exit', code: -15 });
    expect(await waiting).toBe(-15);
    expect(received).toEqual(['files', 'reply']);
    group.close();
  });

  it("waits for a child's exit message however long after its run's result it comes", async () => {
    const { group, children, ask, port, received } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    received.length = 0;
    const waiting = ask({ op: 'wait', pid: 102, ms: -1 });
    children[0]!.finish(0);
    await new Promise((r) => setTimeout(r, 1300)); // (it was given 1 s: under load, files were lost)
    children[0]!.port.postMessage({ op: 'exit', code: 0, files: { files: [['/tmp/x', new Uint8Array([1])]], dirs: [] } });
    expect(await waiting).toBe(0);
    expect(received).toEqual(['files', 'reply']);
    group.close();
  });

  it('select() answers when a channel becomes readable or a process ends', async () => {
    const { group, children, ask, port } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    expect(await ask({ op: 'select', items: [['chan', 4], ['proc', 102]], ms: 0 })).toEqual([]);
    const sel = ask({ op: 'select', items: [['chan', 4], ['proc', 102]], ms: -1 });
    port.postMessage({ op: 'put', ch: 4, data: new Uint8Array([1]), max: 0, ms: 0 });
    expect(await sel).toEqual([0]);
    const sel2 = ask({ op: 'select', items: [['proc', 102]], ms: -1 });
    children[0]!.port.postMessage({ op: 'exit', code: 0 });
    expect(await sel2).toEqual([0]);
    group.close();
  });

  it('close() ends every child still running and the root wait', async () => {
    const { group, children, ask } = setup();
    await ask({ op: 'spawn', payload: new Uint8Array(), name: 'P' });
    group.close();
    expect(children[0]!.killed).toBe(true);
    expect(group.rootHasExited).toBe(true);
  });
});

describe('a worker link', () => {
  it('ends the main process once all it sent on the link is in, then carries the next run', async () => {
    const first = setup();
    first.port.postMessage({ op: 'events', events: [{ kind: 'output', stream: 'stdout', text: 'sent\n', t: 1 }] });
    // The result (another port) can come before the message: the end waits for it.
    const ended = first.group.endRoot(3, { linkMessages: 1, events: [{ kind: 'output', stream: 'stdout', text: 'last\n', t: 2 }] });
    expect(ended).toBeInstanceOf(Promise);
    expect(first.group.rootHasExited).toBe(false);
    await ended;
    expect(first.group.rootHasExited).toBe(true);
    expect(first.events).toMatchObject([{ text: 'sent\n' }, { text: 'last\n' }]);
    first.group.close();
    const events: RunEvent[] = [];
    const next = new ProcessGroup({
      launcher: { launch: () => { throw new Error('no children here'); } },
      request: { code: '', filename: '/t.py' }, onEvents: (e) => events.push(...e), cpus: 2, maxChildren: 2, allocPid: () => 500,
    });
    expect(next.attachRoot(first.link).identity.pid).toBe(500);
    first.port.postMessage({ op: 'events', events: [{ kind: 'output', stream: 'stdout', text: 'again\n', t: 1 }] });
    for (let i = 0; i < 50 && !events.length; i++) await tick();
    expect(events).toMatchObject([{ text: 'again\n' }]);
    expect(next.endRoot(0, { linkMessages: 1 })).toBeUndefined(); // all in: ended at once
    expect(next.rootHasExited).toBe(true);
    next.close();
    first.port.close();
    first.link.close();
  });
});
