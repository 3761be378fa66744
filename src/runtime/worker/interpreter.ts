// One Python interpreter (Pyodide) and what it needs to run a reader's program: the runtime's
// Python files, output streams, the signal buffer (Stop) and the run bootstrap (pyrt.runner).
import type { PyodideAPI } from 'pyodide';
import type { BootInfo, BootOptions, BootProgress, RunRequest, RunResult, Timeline } from '../protocol.ts';
import { identityForPython } from '../processes/messages.ts';
import { hasJspi } from './environment.ts';
import { EventSink, type EventSender } from './output.ts';
import { loadInterpreter } from './pyodide-loader.ts';
import { loadPythonFiles, PYTHON_ROOT } from './python-files.ts';
import { SignalBuffer } from './signals.ts';
import { installThreads, type ThreadsService } from './threads.ts';

/** What runtime services (threads, processes) get to plug into an interpreter. */
export interface InterpreterContext {
  pyodide: PyodideAPI;
  signals: SignalBuffer;
  sink: EventSink;
  jspi: boolean;
  /** The shared Stop slot (SharedArrayBuffer), when the page is cross-origin isolated. */
  interrupt?: Int32Array;
}

/** How often a run that records its timeline sends it so far (a live view), while Python waits. */
const LIVE_TIMELINE_MS = 500;
/** The most of a run's time the live view may take: a summary that took c ms is followed by
 *  none for c / LIVE_TIMELINE_SHARE ms (a record of 2,000 events takes about 40 ms). */
const LIVE_TIMELINE_SHARE = 0.02;

interface PyCallable {
  callPromising?: (...args: unknown[]) => Promise<unknown>;
  (...args: unknown[]): unknown;
  destroy(): void;
}

export class Interpreter {
  private readonly mounted = new Set<string>();
  private readonly ctx: InterpreterContext;
  private readonly threads: ThreadsService | null;
  readonly info: BootInfo;
  /** pyrt.runner.prepare running after the last run's result went back (see prepareNext). */
  private preparing: Promise<void> | null = null;
  private prepare: PyCallable | undefined;
  /** Python functions called at every run, looked up once (a pyimport costs ~0.1 ms). */
  private runProgram: PyCallable | undefined;
  private liveSummary: PyCallable | undefined;

  private constructor(ctx: InterpreterContext, threads: ThreadsService | null, info: BootInfo) {
    this.ctx = ctx;
    this.threads = threads;
    this.info = info;
  }

  static async boot(opts: BootOptions, onProgress?: (p: BootProgress) => void): Promise<Interpreter> {
    const t0 = performance.now();
    const [pyodide, files] = await Promise.all([loadInterpreter(opts.indexURL, onProgress), loadPythonFiles()]);
    const sink = new EventSink();
    pyodide.setStdout({ write: (bytes: Uint8Array) => sink.write('stdout', bytes), isatty: false });
    pyodide.setStderr({ write: (bytes: Uint8Array) => sink.write('stderr', bytes), isatty: false });
    for (const [path, text] of Object.entries(files)) {
      const full = `${PYTHON_ROOT}/${path}`;
      pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
      pyodide.FS.writeFile(full, text);
    }
    const signals = new SignalBuffer(opts.interrupt);
    signals.addPoller(() => sink.poll());
    pyodide.setInterruptBuffer(signals.buffer as unknown as Int32Array);
    const jspi = hasJspi();
    const ctx: InterpreterContext = { pyodide, signals, sink, jspi, interrupt: opts.interrupt };
    pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(PYTHON_ROOT)})`);
    // Green threads need stack switching; without JSPI, starting a thread fails as in stock Pyodide.
    const threads = jspi ? installThreads(ctx) : null;
    // What a run's Python calls back, given once: a JS object passed at each call is wrapped
    // (and the wrapper freed) at each call.
    const host = {
      report_assert: (line: number, passed: boolean, source: string, message?: string) =>
        sink.push({ kind: 'assert', line, passed, source, message: message ?? undefined, t: sink.now() }),
    };
    (pyodide.pyimport('pyrt.runner').boot as PyCallable)(host);
    const info: BootInfo = {
      pythonVersion: pyodide.runPython('import sys; sys.version.split()[0]') as string,
      pyodideVersion: pyodide.version,
      bootMs: performance.now() - t0,
      jspi,
    };
    onProgress?.({ phase: 'ready', loaded: 1, total: 1 });
    return new Interpreter(ctx, threads, info);
  }

  get context(): InterpreterContext {
    return this.ctx;
  }

  async run(req: RunRequest, onEvents: EventSender): Promise<RunResult> {
    if (this.preparing) await this.preparing;
    const { pyodide, sink, signals } = this.ctx;
    for (const dir of req.mounts ?? []) this.mount(dir);
    signals.clearShared();
    const t0 = performance.now();
    sink.begin(onEvents);
    // Timers fire only while every thread waits: armed at the first wait, so a run that never
    // waits (most blocks) sets up none.
    const threads = this.threads;
    const interrupt = this.ctx.interrupt;
    const stopTimers = threads?.whenParked(() => {
      const stopWatching = interrupt ? threads.watchInterrupts(interrupt) : undefined;
      const stopLive = req.timeline ? this.sendLiveTimeline() : undefined;
      return () => { stopWatching?.(); stopLive?.(); };
    });
    const runProgram = (this.runProgram ??= pyodide.pyimport('pyrt.runner').run_program as PyCallable);
    // The request and the result cross as JSON text: a JSON round trip costs a few us where
    // converting the dicts (toPy, toJs) cost 0.1-0.4 ms a run.
    const request = JSON.stringify({
      code: req.code,
      filename: req.filename ?? '<stdin>',
      args: req.args ?? [],
      cwd: req.cwd ?? null,
      path_dir: req.pathDir ?? null,
      report_asserts: req.reportAsserts ?? true,
      timeline: req.timeline ?? false,
      process: req.process ? identityForPython(req.process) : null,
    });
    try {
      // A promising call gives the program its own suspendable stack (green threads, run_sync).
      const outcome = this.ctx.jspi && runProgram.callPromising
        ? await runProgram.callPromising(request)
        : runProgram(request);
      const result = JSON.parse(outcome as string) as RunResult;
      result.wallMs = performance.now() - t0;
      return result;
    } finally {
      stopTimers?.();
      sink.end();
      this.prepareNext();
    }
  }

  /** Resolves once the last run's clean-up and the next run's resets are done. */
  async prepared(): Promise<void> {
    if (this.preparing) await this.preparing;
  }

  /** The resets the next run needs (a fresh `threading`, the scheduler's state: about 1.5 ms),
   *  made a macrotask after this run's result has gone back, so no reader waits for them; a run
   *  that arrives meanwhile waits. */
  private prepareNext(): void {
    this.preparing = new Promise((resolve) => setTimeout(() => {
      this.ctx.signals.clearShared(); // a Stop or terminate() for the run that just ended
      try {
        (this.prepare ??= this.ctx.pyodide.pyimport('pyrt.runner').prepare as PyCallable)();
      } catch (e) {
        console.error('preparing the next run failed:', e);
      } finally {
        this.preparing = null;
        resolve();
      }
    }, 0));
  }

  runBare(code: string): string {
    const { pyodide, sink } = this.ctx;
    let out = '';
    sink.begin((events) => { for (const e of events) if (e.kind === 'output') out += e.text; });
    try {
      pyodide.runPython(code);
    } finally {
      sink.end();
    }
    return out;
  }

  /** The timeline so far, every LIVE_TIMELINE_MS: a timer callback runs only when no Python runs
   *  (every thread waits or sleeps, or a time slice ended), when reading the record is safe. */
  private sendLiveTimeline(): () => void {
    const { pyodide, sink } = this.ctx;
    const liveSummary = (this.liveSummary ??= pyodide.pyimport('pyrt.threads.timeline').live_summary as PyCallable);
    let nextAt = 0;
    const timer = setInterval(() => {
      const t0 = performance.now();
      if (t0 < nextAt) return;
      const snapshot = liveSummary() as string | undefined;
      if (snapshot) sink.push({ kind: 'timeline', timeline: JSON.parse(snapshot) as Timeline, t: sink.now() });
      nextAt = t0 + (performance.now() - t0) / LIVE_TIMELINE_SHARE;
    }, LIVE_TIMELINE_MS);
    return () => clearInterval(timer);
  }

  private mount(dir: string): void {
    if (this.mounted.has(dir)) return;
    const { pyodide } = this.ctx;
    pyodide.FS.mkdirTree(dir);
    pyodide.mountNodeFS(dir, dir);
    this.mounted.add(dir);
  }
}
