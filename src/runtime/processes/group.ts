// A process group: the main program of one run and every process it starts, directly or not.
// Lives where the worker pool lives (the page, or Node's main thread) and is the broker between
// them: it starts children on pool workers, relays their output into the run's events (tagged
// with the process), carries queue and pipe messages, and ends every child when the run ends.
import type { OutputEvent, RunEvent, RunRequest, Timeline } from '../protocol.ts';
import { Channel } from './channel.ts';
import { FILES_RECORD, type ProcessIdentity, type RunEnd, type ToGroup, type ToWorker, type Waitable } from './messages.ts';
import { decodeFileSet, type FileSet } from './shared-files.ts';
import { RingReader } from './put-ring.ts';
import type { WorkerLink } from './worker-link.ts';
import { answerTake, LEND_ABOVE, revoke, TAKE_BATCH, TAKE_CAPACITY, TakeKind } from './take-buffer.ts';
import { processLanes, type ChildRecord } from './process-timeline.ts';

/** How long a terminated process has to show that the signal reached it (the `signaled`
 *  message, with its files) before its worker is torn down: one that does not answer is stuck
 *  outside Python. */
export const TERMINATE_GRACE_MS = 1000;
/** How long one that answered may take to unwind (a loaded machine can take seconds): torn down
 *  only then, it keeps its files but loses its timeline. */
const UNWIND_GRACE_MS = 5000;
const SIGTERM = 15;
const DEBUG = typeof process === 'object' && !!process.env?.PYRT_DEBUG;

/** Starts a child's run on a worker of its own (the pool implements it). */
export interface ChildLauncher {
  launch(req: RunRequest, port: MessagePort): LaunchedChild;
}

export interface LaunchedChild {
  /** Resolves when the run is over: its exit code, or null when the worker died. Never rejects. */
  readonly done: Promise<number | null>;
  /** Resolves when the child's interpreter is about to run the program. */
  readonly started: Promise<void>;
  /** Raise a signal in the running interpreter; false when there is no shared signal slot. */
  signal(sig: number): boolean;
  /** Tear the worker down now; a child not started yet just never starts (its worker is kept). */
  kill(): void;
  /** Whether its program runs (false while its worker still boots). */
  readonly running: boolean;
  /** The child's own timeline, once its run is over (when the run records one). */
  readonly timeline?: Timeline;
  /** Why its run failed outside Python (an error of the runtime), once `done` resolved null. */
  readonly failure?: string;
}

export interface GroupOptions {
  launcher: ChildLauncher;
  /** The main program's request: children inherit its source, file name, folders and argv. */
  request: RunRequest;
  onEvents: (events: RunEvent[]) => void;
  /** multiprocessing.cpu_count() */
  cpus: number;
  /** Most child processes alive at once; past it start() raises a clear error. */
  maxChildren: number;
  /** Hands out process ids, unique across the runs of a page. */
  allocPid: () => number;
}

/** A child's run posts its exit message (with its files) before its result comes back, on
 *  another channel, so the exit always comes: this is only a safety net against a lost one. */
const EXIT_MESSAGE_GRACE_MS = 30_000;

interface Member {
  pid: number;
  name: string;
  /** The process that started it (none for the main program). */
  ppid?: number;
  port: MessagePort;
  /** Its worker's link, when its port is that (it lives on after this run): this group stops
   *  listening on it, and never closes it. */
  link?: WorkerLink;
  /** Messages received from it, and who waits for more (endRoot). */
  received: number;
  onReceived?: () => void;
  /** Where its synchronous takes are answered (take-buffer.ts), from its first one. */
  takeBuffer?: SharedArrayBuffer;
  /** What its last take lent it (messages after the one it asked for), from which channel. */
  loan?: { ch: number; items: Uint8Array[] };
  /** Its unbounded puts, once it sent the first (put-ring.ts). */
  ring?: RingReader;
  exitcode: number | null;
  onExit: Set<() => void>;
  writers: Map<number, number>;
  child?: LaunchedChild;
  /** Added to a child's event times so they count from the main program's start. */
  tOffset: number;
  /** Set when terminate()/kill() was asked: the exit code it ends with. */
  killedWith?: number;
  /** For the timeline: ms since the main program started. */
  spawnAt: number;
  startAt: number | null;
  exitAt: number | null;
  killTimer?: ReturnType<typeof setTimeout>;
  /** Files were posted to it since the last reply it got (see shareFiles). */
  filesPending?: boolean;
  /** Waits for the exit message of a child whose run already returned. */
  exitTimer?: ReturnType<typeof setTimeout>;
}

export class ProcessGroup {
  private readonly members = new Map<number, Member>();
  private readonly channels = new Map<number, Channel>();
  private readonly segments = new Map<number, SharedArrayBuffer>();
  private readonly names = new Map<string, number>();
  private readonly opts: GroupOptions;
  private readonly t0 = performance.now();
  private closed = false;
  private rootPid = 0;
  /** Whether the main program has ended (endRoot) or the group closed. */
  rootHasExited = false;

  constructor(opts: GroupOptions) {
    this.opts = opts;
  }

  /** The main program's identity, for its run request; it talks to the group over `link`, its
   *  worker's link. */
  attachRoot(link: WorkerLink): { identity: ProcessIdentity } {
    const pid = this.opts.allocPid();
    this.rootPid = pid;
    this.addMember(pid, 'MainProcess', 0, link);
    return { identity: { pid, ppid: 1, name: 'MainProcess', cpus: this.opts.cpus } };
  }

  /**
   * The main program's run is over (its result came, with how it ended): once every message it
   * sent on the link has been handled, its last output is relayed and it has exited. Returns
   * what resolves then, or undefined when that is now.
   */
  endRoot(code: number, end: RunEnd): Promise<void> | undefined {
    const root = this.members.get(this.rootPid);
    if (!root || root.exitcode !== null) return undefined;
    const finish = () => {
      if (end.events) this.relay(root, end.events);
      this.exited(root, code);
    };
    if (root.received >= end.linkMessages) return void finish();
    return new Promise((resolve) => {
      root.onReceived = () => {
        if (root.received < end.linkMessages) return;
        root.onReceived = undefined;
        finish();
        resolve();
      };
    });
  }

  /** Whether the run started any child process. */
  get hasChildren(): boolean {
    return this.members.size > 1;
  }

  /** Children still alive. */
  get alive(): number {
    let n = 0;
    for (const m of this.members.values()) if (m.child && m.exitcode === null) n++;
    return n;
  }

  /** The lanes of the run's child processes, once each has handed back its own timeline (or
   *  `waitMs` passed: a child still running is drawn up to now). Call before close(). */
  async processTimeline(waitMs: number): Promise<Timeline> {
    const children = [...this.members.values()].filter((m) => m.child);
    if (children.length) {
      const done = Promise.all(children.map((m) => m.child!.done));
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([done, new Promise((r) => { timer = setTimeout(r, waitMs); })]);
      clearTimeout(timer);
    }
    const records: ChildRecord[] = children.map((m) => ({
      pid: m.pid, name: m.name, spawnAt: m.spawnAt, startAt: m.startAt, exitAt: m.exitAt, exitCode: m.exitcode, timeline: m.child!.timeline,
    }));
    return processLanes(records, performance.now() - this.t0);
  }

  /** End every child now (the run ended or was stopped) and let go of every port and timer. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const m of this.members.values()) {
      clearTimeout(m.killTimer);
      clearTimeout(m.exitTimer);
      m.ring?.close();
      // No process stays blocked on a take (one that ended may already run elsewhere: not it).
      if (m.takeBuffer && m.exitcode === null) answerTake(m.takeBuffer, TakeKind.Closed);
      if (m.child && m.exitcode === null) m.child.kill();
      if (m.link) {
        m.link.listen(null);
      } else {
        m.port.onmessage = null;
        m.port.close();
      }
    }
    for (const ch of this.channels.values()) ch.dispose();
    this.members.clear();
    this.channels.clear();
    this.segments.clear();
    this.rootHasExited = true;
  }

  private addMember(pid: number, name: string, tOffset: number, link?: WorkerLink): { port?: MessagePort; member: Member } {
    const channel = link ? undefined : new MessageChannel();
    const port = link?.port ?? channel!.port1;
    const member: Member = { pid, name, port, link, received: 0, exitcode: null, onExit: new Set(), writers: new Map(), tOffset,
      spawnAt: tOffset, startAt: null, exitAt: null };
    const onMessage = (data: unknown) => {
      this.receive(member, data as ToGroup);
      member.received++;
      member.onReceived?.();
    };
    if (link) link.listen(onMessage);
    else port.onmessage = (e: MessageEvent) => onMessage(e.data);
    this.members.set(pid, member);
    return { port: channel?.port2, member };
  }

  private receive(m: Member, msg: ToGroup): void {
    if (this.closed) return;
    // Puts made before this message was posted are in their channels before it is handled, and
    // a channel it names has its lent messages back.
    this.drainRings();
    if ('ch' in msg) this.reclaim(msg.ch);
    const reply = (value: unknown, transfer: Transferable[] = [], more?: number) => {
      if (!('id' in msg) || msg.id === undefined) return;
      m.port.postMessage({ re: msg.id, value, more } satisfies ToWorker, transfer);
      m.filesPending = false; // it reads this reply after the files posted before it
    };
    const answer = (value: unknown) => {
      if (value instanceof Promise) value.then((v) => { if (!this.closed) reply(v, transferOf(v)); });
      else reply(value, transferOf(value));
    };
    switch (msg.op) {
      case 'events': return this.relay(m, msg.events);
      case 'exit':
        if (msg.events) this.relay(m, msg.events);
        return this.exited(m, msg.code, msg.files);
      case 'spawn': return answer(this.spawn(m, msg.payload, msg.name, msg.writers ?? [], msg.files));
      case 'wait': return answer(this.waitExit(m, msg.pid, msg.ms));
      case 'kill': return this.kill(msg.pid, msg.sig);
      case 'signaled': return this.signaled(m);
      case 'files': return this.shareFiles(m, msg.files);
      case 'put': {
        const ch = this.channel(msg.ch);
        if (msg.max > 0 && ch.maxsize === 0) ch.maxsize = msg.max;
        return answer(ch.put(m.pid, msg.data, msg.ms));
      }
      case 'ring': {
        m.ring = new RingReader(msg.buffer, (ch, data) => {
          if (ch === FILES_RECORD) this.shareFiles(m, decodeFileSet(data));
          else this.channel(ch).put(m.pid, data, 0);
        });
        return;
      }
      case 'get': {
        // A message taken says how many more wait: the process takes those without a reply event.
        const ch = this.channel(msg.ch);
        const send = (v: unknown) => reply(v, transferOf(v), v instanceof Uint8Array ? ch.size : undefined);
        const got = ch.get(m.pid, msg.ms, msg.peek);
        if (got instanceof Promise) got.then((v) => { if (!this.closed) send(v); });
        else send(got);
        return;
      }
      case 'take': {
        m.takeBuffer ??= msg.buffer;
        if (!m.takeBuffer) return;
        this.reclaim(undefined, m); // the answer overwrites what it was lent
        const ch = this.channel(msg.ch);
        // Files were posted to it since its last reply: the message comes on the port, after them.
        if (m.filesPending) return answerTake(m.takeBuffer, TakeKind.TooBig, ch.size);
        if (ch.size === 0) return answerTake(m.takeBuffer, ch.writers === 0 ? TakeKind.Eof : TakeKind.Empty);
        if (4 + ch.nextLength > TAKE_CAPACITY) return answerTake(m.takeBuffer, TakeKind.TooBig, ch.size);
        const batch = ch.takeBatch(TAKE_BATCH, TAKE_CAPACITY, LEND_ABOVE); // a message waits: taken at once
        m.loan = { ch: msg.ch, items: batch.slice(1) };
        return answerTake(m.takeBuffer, batch, ch.size);
      }
      case 'size': return answer(this.channel(msg.ch).size);
      case 'open': {
        this.channel(msg.ch).openWriter();
        m.writers.set(msg.ch, (m.writers.get(msg.ch) ?? 0) + 1);
        return;
      }
      case 'close': {
        const n = m.writers.get(msg.ch) ?? 0;
        if (n <= 0) return;
        m.writers.set(msg.ch, n - 1);
        this.channel(msg.ch).closeWriter();
        return;
      }
      case 'adopt': {
        const from = this.members.get(msg.from);
        const n = from?.writers.get(msg.ch) ?? 0;
        if (!from || n <= 0) return; // its sender already ended: that end is closed
        from.writers.set(msg.ch, n - 1);
        m.writers.set(msg.ch, (m.writers.get(msg.ch) ?? 0) + 1);
        return;
      }
      case 'task_done': return answer(this.channel(msg.ch).taskDone());
      case 'join': return answer(this.channel(msg.ch).join(m.pid) ?? true);
      case 'select': return answer(this.select(m, msg.items, msg.ms));
      case 'segment': this.segments.set(msg.seg, msg.buffer); return;
      case 'segment?': return answer(this.segments.get(msg.seg) ?? null);
      case 'name!': {
        if (this.names.has(msg.name)) return answer(false);
        this.names.set(msg.name, msg.seg);
        return answer(true);
      }
      case 'name?': return answer(this.names.get(msg.name) ?? null);
      case 'unname': this.names.delete(msg.name); return;
    }
  }

  private relay(m: Member, events: RunEvent[]): void {
    if (m.pid === this.rootPid) {
      this.opts.onEvents(events);
      return;
    }
    this.opts.onEvents(events.map((e) => e.kind === 'output'
      ? { ...e, t: e.t + m.tOffset, pid: m.pid, process: m.name } satisfies OutputEvent
      : { ...e, t: e.t + m.tOffset }));
  }

  private spawn(parent: Member, payload: Uint8Array, name: string, writers: number[], files?: FileSet): number | { error: string } {
    if (this.alive >= this.opts.maxChildren) {
      return { error: `this page can run at most ${this.opts.maxChildren} processes at once` };
    }
    const pid = this.opts.allocPid();
    const { port, member } = this.addMember(pid, name, performance.now() - this.t0);
    member.ppid = parent.pid;
    for (const ch of writers) {
      this.channel(ch).openWriter();
      member.writers.set(ch, (member.writers.get(ch) ?? 0) + 1);
    }
    const identity: ProcessIdentity = { pid, ppid: parent.pid, name, cpus: this.opts.cpus, payload, files };
    const base = this.opts.request;
    const child = this.opts.launcher.launch({ ...base, process: identity }, port!);
    member.child = child;
    child.started.then(() => { member.tOffset = member.startAt = performance.now() - this.t0; });
    // A worker that dies (crash, out of memory, torn down) ends its process like SIGKILL would.
    child.done.then((code) => {
      if (member.exitcode !== null) return;
      if (code === null) {
        // A runtime error, not the program's: say so on stderr, as a crashed process would.
        if (child.failure && member.killedWith === undefined) {
          this.relay(member, [{ kind: 'output', stream: 'stderr', text: `Process ${name} (pid ${pid}) could not run: ${child.failure}\n`, t: performance.now() - this.t0 - member.tOffset }]);
        }
        return this.exited(member, member.killedWith ?? -9);
      }
      // A run that ended normally sent its exit (with its files) on the port, which may arrive
      // after this result (another channel): give it that moment.
      member.exitTimer = setTimeout(() => this.exited(member, member.killedWith ?? code), EXIT_MESSAGE_GRACE_MS);
    });
    return pid;
  }

  private exited(m: Member, code: number, files?: FileSet): void {
    if (m.exitcode !== null) return;
    m.ring?.drain(); // what it put before it ended is in the channels, as in a pipe
    m.ring?.close();
    this.reclaim(undefined, m); // and what it was lent and did not take
    if (files) this.shareFiles(m, files); // before anything that tells the parent it ended (same port)
    if (DEBUG) console.error(`[group] ${m.pid} ${m.name} exited ${code} killedWith=${m.killedWith} t=${(performance.now() - this.t0).toFixed(0)}`);
    clearTimeout(m.killTimer);
    clearTimeout(m.exitTimer);
    m.exitcode = m.killedWith ?? code;
    m.exitAt = performance.now() - this.t0;
    for (const [ch, n] of m.writers) for (let i = 0; i < n; i++) this.channels.get(ch)?.closeWriter();
    m.writers.clear();
    for (const ch of this.channels.values()) ch.forget(m.pid);
    for (const f of [...m.onExit]) f();
    m.onExit.clear();
    if (m.pid === this.rootPid) this.rootHasExited = true;
  }

  /** What `from` changed in the shared files goes to every other live process, ahead of anything
   *  it sends after (a take answered in memory would overtake them: see 'take'). */
  private shareFiles(from: Member, files: FileSet): void {
    for (const m of this.members.values()) {
      if (m === from || m.exitcode !== null) continue;
      m.port.postMessage({ op: 'files', pid: m.pid, files } satisfies ToWorker);
      m.filesPending = true;
    }
  }

  /** terminate()/kill() reached `m` (its files came just before): it may unwind for longer. */
  private signaled(m: Member): void {
    if (m.killTimer === undefined || m.exitcode !== null) return;
    clearTimeout(m.killTimer);
    m.killTimer = setTimeout(() => this.tearDown(m), UNWIND_GRACE_MS);
  }

  private waitExit(waiter: Member, pid: number, ms: number): Promise<number | null> | number | null {
    const target = this.members.get(pid);
    if (!target) return -9;
    if (target.exitcode !== null || ms === 0) return target.exitcode;
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => { clearTimeout(timer); target.onExit.delete(done); waiter.onExit.delete(done); resolve(target.exitcode); };
      target.onExit.add(done);
      waiter.onExit.add(done); // the waiter itself ending drops the wait
      if (ms > 0) timer = setTimeout(done, ms);
    });
  }

  /** terminate() / kill(): unwind the process's Python (signal), then tear its worker down. */
  private kill(pid: number, sig: number): void {
    const m = this.members.get(pid);
    if (!m?.child || m.exitcode !== null || m.killedWith !== undefined) return;
    m.killedWith = -sig;
    if (!m.child.running) { // still waiting for its worker: it simply never starts
      m.child.kill();
      this.exited(m, -sig);
      return;
    }
    m.port.postMessage({ op: 'signal', pid: m.pid, sig } satisfies ToWorker); // reaches it if it waits on us
    m.child.signal(SIGTERM); // reaches it if it computes
    m.killTimer = setTimeout(() => this.tearDown(m), TERMINATE_GRACE_MS);
  }

  /** A signalled process that did not end in its grace: its worker goes, and it ends killed. */
  private tearDown(m: Member): void {
    if (m.exitcode !== null) return;
    if (DEBUG) console.error(`[group] ${m.pid} did not unwind: tearing its worker down`);
    m.child!.kill();
    this.exited(m, m.killedWith!);
  }

  private select(waiter: Member, items: Waitable[], ms: number): Promise<number[]> | number[] {
    const ready = () => items.flatMap(([kind, id], i) => {
      const member = this.members.get(id);
      const ok = kind === 'chan' ? this.channel(id).ready : !member || member.exitcode !== null;
      return ok ? [i] : [];
    });
    for (const [kind, id] of items) if (kind === 'chan') this.reclaim(id);
    const now = ready();
    if (now.length || ms === 0) return now;
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unhook: (() => void)[] = [];
      const check = (force = false) => {
        const r = ready();
        if (!r.length && !force) return;
        clearTimeout(timer);
        for (const u of unhook) u();
        resolve(r);
      };
      const onChange = () => check();
      for (const [kind, id] of items) {
        const set = kind === 'chan' ? this.channel(id).watchers : this.members.get(id)?.onExit;
        set?.add(onChange);
        unhook.push(() => set?.delete(onChange));
      }
      const onGone = () => check(true);
      waiter.onExit.add(onGone);
      unhook.push(() => waiter.onExit.delete(onGone));
      if (ms > 0) timer = setTimeout(() => check(true), ms);
    });
  }

  /** Lent messages of channel `ch` not taken yet go back to it (every loan of it, or `only`'s). */
  private reclaim(ch: number | undefined, only?: Member): void {
    for (const m of only ? [only] : this.members.values()) {
      if (!m.loan || (ch !== undefined && m.loan.ch !== ch)) continue;
      const back = revoke(m.takeBuffer!, m.loan.items);
      this.channels.get(m.loan.ch)?.giveBack(back);
      m.loan = undefined;
    }
  }

  private drainRings(): void {
    for (const m of this.members.values()) m.ring?.drain();
  }

  private channel(id: number): Channel {
    let ch = this.channels.get(id);
    if (!ch) this.channels.set(id, (ch = new Channel()));
    return ch;
  }
}

function transferOf(value: unknown): Transferable[] {
  return value instanceof Uint8Array && !(value.buffer instanceof SharedArrayBuffer) ? [value.buffer] : [];
}
