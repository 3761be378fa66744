// The worker half of processes (Python half: src/runtime/python/pyrt/processes/). Each run gets
// a MessagePort to its process group (group.ts); this service carries the run's output events
// and the Python side's requests over it, in order, and answers Python with promises that
// pyrt.blocking.wait_for suspends on. A terminate() from the group ends the main thread's wait,
// so a process blocked on a queue unwinds at once (pyrt.processes.signals.deliver_signal).
import type { RunEvent } from '../protocol.ts';
import type { EventSender } from '../worker/output.ts';
import type { InterpreterContext } from '../worker/interpreter.ts';
import { FILES_RECORD, type GetReply, type ProcessIdentity, type RunEnd, type ToGroup, type ToWorker, type Waitable } from './messages.ts';
import { SHM_HEADER, SharedSegments, sharedMemoryUsable } from './shared-memory.ts';
import { encodeFileSet } from './shared-files.ts';
import { FileSync } from './file-sync.ts';
import { TakeBuffer, TakeKind } from './take-buffer.ts';
import { PutRing, putRingUsable } from './put-ring.ts';

/** A take is answered at once unless the group's thread is busy; past this, something is wrong. */
const TAKE_TIMEOUT_MS = 30_000;

interface Pending { resolve: (v: unknown) => void; reject: (e: Error) => void; ch?: number }
interface PyBytes { toJs(): Uint8Array }
/** A request before it gets its id (Omit over each member of the union). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
interface PyFunction { (...args: unknown[]): unknown; destroy(): void }

export function installProcesses(ctx: InterpreterContext, link?: MessagePort): ProcessesService {
  const service = new ProcessesService(ctx, link);
  ctx.pyodide.registerJsModule('pyrt_processes_js', service.pythonApi());
  ctx.pyodide.runPython('import pyrt.processes; pyrt.processes.install()');
  return service;
}

export class ProcessesService {
  private readonly ctx: InterpreterContext;
  private port: MessagePort | null = null;
  private identity: ProcessIdentity | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly shm = new SharedSegments();
  /** The run's shared files: this process's changes go out before its messages. */
  private readonly files: FileSync;
  /** This run's buffer for synchronous takes (null: not possible here). A new one every run: a
   *  group that learns late that this worker's process ended (its exit and its result travel on
   *  different channels) or that closes late still writes into the buffers it knows, and one
   *  reused by the next run would lose that run a message. */
  private takes: TakeBuffer | null | undefined;
  /** The channel whose messages the last take lent (take-buffer.ts). */
  private loanCh: number | undefined;
  /** Where this run's unbounded puts go (put-ring.ts); null: over the port. */
  private ring: PutRing | null | undefined;
  private exited: number | undefined;
  /** Per channel, how many messages the group last said were waiting: take those at once. */
  private readonly waiting = new Map<number, number>();
  /** pyrt.processes.signals.deliver_signal, looked up once (a pyimport costs ~0.1 ms). */
  private deliverSignal: PyFunction | undefined;

  /** The run's final batch of events, sent with its end. */
  private lastEvents: RunEvent[] | undefined;
  /** Messages this run posted to its group. */
  private sent = 0;
  /** How the main process's run ended (end()), once it did. */
  private runEnd: RunEnd | undefined;
  /** This worker's link to the page's process groups (BootOptions.link), if it has one. */
  private readonly link: MessagePort | null;

  constructor(ctx: InterpreterContext, link?: MessagePort) {
    this.ctx = ctx;
    this.link = link ?? null;
    this.files = new FileSync(ctx.pyodide.FS);
    link?.addEventListener('message', (e: MessageEvent) => {
      if (this.port === link) this.receive(e.data as ToWorker);
    });
    link?.start();
  }

  /** Start of a run: returns where its events go (the group's port when there is one). */
  begin(identity: ProcessIdentity | undefined, port: MessagePort | undefined,
    onEvents: (events: RunEvent[]) => void): EventSender {
    this.identity = identity ?? null;
    this.shm.clear();
    this.takes = undefined;
    this.loanCh = undefined;
    this.ring = undefined;
    this.waiting.clear();
    this.exited = undefined;
    this.sent = 0;
    this.runEnd = undefined;
    this.files.begin(identity?.files && port ? identity.files : null);
    // A child's run brings its own port; the main process talks over the worker's link.
    const via = port ?? (identity ? this.link : null);
    if (!via) {
      this.port = null;
      return onEvents;
    }
    this.port = via;
    if (port) port.onmessage = (e: MessageEvent) => this.receive(e.data as ToWorker);
    // The last batch goes with the end of the run (one message fewer a run).
    return (events, last) => {
      if (last) this.lastEvents = events;
      else this.send({ op: 'events', events });
    };
  }

  /**
   * The run is over, with this exit code: the group learns it after the run's last output. A
   * child says so in an exit message on its port; the main process's run hands back its last
   * output, and how many messages it sent on the link, with its result (the RunEnd returned:
   * the same on every call for this run).
   */
  end(exitCode: number): RunEnd | undefined {
    const port = this.port;
    if (!port) return this.runEnd;
    const files = port === this.link ? undefined : this.files.changes();
    this.ctx.sink.flush();
    const events = this.lastEvents;
    this.lastEvents = undefined;
    if (port === this.link) {
      this.runEnd = { events, linkMessages: this.sent };
    } else {
      port.postMessage({ op: 'exit', code: exitCode, files, events } satisfies ToGroup);
      port.onmessage = null;
    }
    this.port = null;
    this.rejectAll('the run ended');
    return this.runEnd;
  }

  /** The module Python imports as `pyrt_processes_js`. */
  pythonApi() {
    return {
      payload: () => this.identity?.payload ?? null,
      linked: () => this.port !== null,
      exiting: (status: number) => this.exiting(status),
      signaled: () => this.signaled(),
      shared_memory: () => sharedMemoryUsable(),
      spawn: (data: PyBytes, name: string, writers: ArrayLike<number>) => {
        this.shareFiles();
        return this.request({ op: 'spawn', payload: bytes(data), name, writers: Array.from(writers), files: this.files.forChild() });
      },
      wait: (pid: number, ms: number) => this.request({ op: 'wait', pid, ms }),
      kill: (pid: number, sig: number) => this.post({ op: 'kill', pid, sig }),
      put: (ch: number, data: PyBytes, max: number, ms: number) => {
        this.shareFiles();
        return max > 0 ? this.request({ op: 'put', ch, data: bytes(data), max, ms }) : this.putNow(ch, bytes(data));
      },
      // A put of a bytes object, read where it lies in wasm memory (host.py, _find_bytes_offset).
      put_at: (ch: number, address: number, length: number) => {
        this.shareFiles();
        return this.putNow(ch, this.heap().slice(address, address + length));
      },
      bytes_at_ok: (address: number, probe: PyBytes) => {
        const want = bytes(probe);
        const got = this.heap().subarray(address, address + want.length);
        return want.every((b, i) => got[i] === b);
      },
      get: (ch: number, ms: number, peek: boolean) => this.request({ op: 'get', ch, ms, peek }, ch) as Promise<GetReply>,
      take: (ch: number) => this.take(ch),
      size: (ch: number) => this.request({ op: 'size', ch }),
      open: (ch: number) => this.post({ op: 'open', ch }),
      close: (ch: number) => this.post({ op: 'close', ch }),
      adopt: (ch: number, from: number) => this.post({ op: 'adopt', ch, from }),
      task_done: (ch: number) => this.request({ op: 'task_done', ch }),
      join: (ch: number) => this.request({ op: 'join', ch }),
      // Shared memory (Lock, Value, Array, SharedMemory): see shared-memory.ts.
      seg_new: (seg: number, size: number) => {
        const buffer = this.shm.create(seg, size);
        this.post({ op: 'segment', seg, buffer });
      },
      seg_has: (seg: number) => this.shm.has(seg),
      seg_fetch: (seg: number) => this.request({ op: 'segment?', seg }).then((buffer) => {
        if (buffer instanceof SharedArrayBuffer) this.shm.add(seg, buffer);
        return buffer instanceof SharedArrayBuffer;
      }),
      seg_size: (seg: number) => this.shm.size(seg),
      seg_sync: (seg: number, local: PyBytes) => this.shm.sync(seg, bytes(local), SHM_HEADER),
      shm_claim: (name: string, seg: number) => this.request({ op: 'name!', name, seg }),
      shm_lookup: (name: string) => this.request({ op: 'name?', name }),
      shm_unname: (name: string) => this.post({ op: 'unname', name }),
      seg_read: (seg: number, offset: number, length: number) => this.shm.read(seg, offset, length),
      // Writes other processes can see (a release, a Value) publish this process's output first,
      // as they would find it already printed on CPython's terminal.
      seg_write: (seg: number, offset: number, data: PyBytes) => this.published(() => this.shm.write(seg, offset, bytes(data))),
      seg_load: (seg: number, i: number) => this.shm.load(seg, i),
      seg_store: (seg: number, i: number, v: number) => this.published(() => this.shm.store(seg, i, v)),
      seg_cas: (seg: number, i: number, expected: number, v: number) => this.shm.compareExchange(seg, i, expected, v),
      seg_add: (seg: number, i: number, delta: number) => this.published(() => this.shm.add32(seg, i, delta)),
      seg_notify: (seg: number, i: number, n: number) => this.shm.notify(seg, i, n),
      seg_wait: (seg: number, i: number, value: number, ms: number) => this.shm.waitWhile(seg, i, value, ms),
      select: (items: Waitable[], ms: number) => this.request({ op: 'select', items: Array.from(items, (i) => [i[0], i[1]] as Waitable), ms }),
    };
  }

  private receive(msg: ToWorker): void {
    if ('re' in msg) {
      const p = this.pending.get(msg.re);
      if (!p) return;
      this.pending.delete(msg.re);
      if (msg.more !== undefined && p.ch !== undefined) this.waiting.set(p.ch, msg.more);
      if (isErrorReply(msg.value)) p.reject(new Error(msg.value.error));
      else p.resolve(msg.value);
      return;
    }
    if (msg.pid !== this.identity?.pid) return; // for the process of an earlier run
    if (msg.op === 'files') {
      this.files.receive(msg.files); // another process's, before the messages it sent after them
      return;
    }
    if (msg.op === 'signal') {
      // This process waits (else this message could not run): end its main thread's wait.
      this.deliverSignal ??= this.ctx.pyodide.pyimport('pyrt.processes.signals').deliver_signal as PyFunction;
      this.deliverSignal(msg.sig);
    }
  }

  /** Set by os._exit(status): the interpreter ends now, and its run with it (entry.ts). */
  get exitStatus(): number | undefined {
    return this.exited;
  }

  /** os._exit(status): nothing runs on this interpreter after it, so the output so far and the
   *  exit code (and the files, which a real exit leaves behind) go out now. */
  private exiting(status: number): void {
    this.exited = status;
    this.ctx.sink.flush();
    this.end(status);
  }

  /** terminate()/kill() reached this process (signals.py): what it wrote so far is shared now,
   *  as a killed process's files stay on disk, and the group gives it time to unwind. */
  private signaled(): void {
    if (!this.port || this.port === this.link) return;
    this.shareFiles();
    this.post({ op: 'signaled' });
  }

  /** This process's file changes go out ahead of what it sends next: in the put ring when it has
   *  one (the group reads its puts from there, in order), else on the port. */
  private shareFiles(): void {
    if (!this.port) return;
    const files = this.files.changes();
    if (!files) return;
    if (this.ring) this.ring.write(FILES_RECORD, encodeFileSet(files));
    else this.post({ op: 'files', files });
  }

  /**
   * A message the group said is waiting, taken without suspending (take-buffer.ts): the message,
   * EOF, or undefined to get it the ordinary way (none waits, too big, no shared memory).
   */
  private take(ch: number): Uint8Array | GetReply | undefined {
    if (!this.port) return undefined;
    if (this.loanCh === ch) {
      const lent = this.takes!.next();
      if (lent) return lent;
      this.loanCh = undefined;
    }
    if (!(this.waiting.get(ch)! > 0)) return undefined;
    const first = this.takes === undefined; // the group gets the buffer with the run's first take
    if (first) this.takes = sharedMemoryUsable() ? new TakeBuffer() : null;
    if (!this.takes) return undefined;
    this.takes.arm();
    this.post({ op: 'take', ch, buffer: first ? this.takes.sab : undefined });
    const reply = this.takes.await(TAKE_TIMEOUT_MS);
    this.waiting.set(ch, this.takes.more);
    if (reply instanceof Uint8Array) {
      this.loanCh = ch; // the answer may have lent the messages after this one
      return reply;
    }
    return reply === TakeKind.Eof ? 1 : undefined;
  }

  /** Wasm memory as it is now (it is replaced when it grows). */
  private heap(): Uint8Array {
    return (this.ctx.pyodide as unknown as { _module: { HEAPU8: Uint8Array } })._module.HEAPU8;
  }

  /** An unbounded put: through the ring when there can be one, else on the port. */
  private putNow(ch: number, data: Uint8Array): undefined {
    if (this.ring === undefined && this.port) {
      this.ring = putRingUsable() ? new PutRing() : null;
      if (this.ring) this.post({ op: 'ring', buffer: this.ring.sab });
    }
    if (!this.ring) return this.post({ op: 'put', ch, data, max: 0, ms: 0 }, true);
    this.ctx.sink.flush(); // what it printed before the put is out before the put is
    this.ring.write(ch, data);
    return undefined;
  }

  private request(msg: WithoutId<ToGroup>, ch?: number): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ch });
      this.post({ ...msg, id } as ToGroup);
    });
  }

  /** Output printed before this message must reach the group before it: flush first. */
  private post(msg: ToGroup, transferData = false): undefined {
    const port = this.port;
    if (!port) throw new Error('multiprocessing is not available here (no process group)');
    this.ctx.sink.flush();
    this.send(msg, transferData && 'data' in msg ? [msg.data.buffer as ArrayBuffer] : []);
    return undefined;
  }

  private send(msg: ToGroup, transfer: Transferable[] = []): void {
    this.port!.postMessage(msg, transfer);
    this.sent++;
  }

  private published<T>(write: () => T): T {
    if (this.port) this.ctx.sink.flush();
    return write();
  }

  private rejectAll(why: string): void {
    if (!this.pending.size) return; // most runs: no Error made (its stack trace costs)
    const error = new Error(why);
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

function bytes(data: PyBytes | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : data.toJs();
}

function isErrorReply(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && typeof (v as { error?: unknown }).error === 'string';
}
