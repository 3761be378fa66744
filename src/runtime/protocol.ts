// The page <-> worker protocol: types only, imported by both sides (and by the Node CLI).
// Message kinds are string literals so a logged message reads as words.
import type { ProcessIdentity, RunEnd } from './processes/messages.ts';

export type StreamName = 'stdout' | 'stderr';

/** How a run ended; also the block's `data-status` once it has run. */
export type RunStatus = 'passed' | 'failed' | 'error' | 'stopped' | 'deadlock';
/** Every status a block can show. */
export type BlockStatus = 'idle' | 'running' | RunStatus;
export const BLOCK_STATUSES: readonly BlockStatus[] = [
  'idle', 'running', 'passed', 'failed', 'error', 'stopped', 'deadlock',
];

export interface RunRequest {
  /** Python source of the program. */
  code: string;
  /** Shown in tracebacks; an absolute path on the CLI, `<block N>` on a page. */
  filename?: string;
  /** sys.argv[1:] */
  args?: string[];
  /** Host directories to mount at the same path (Node only): the file's folder and the cwd. */
  mounts?: string[];
  /** Working directory (Node only). */
  cwd?: string;
  /** Directory put first on sys.path (the script's folder). */
  pathDir?: string;
  /** Report each `assert` (rewrites asserts in the main module). Default true. */
  reportAsserts?: boolean;
  /** Record what each thread did and when (RunResult.timeline). */
  timeline?: boolean;
  /** Which process this run is (multiprocessing); a child's carries its pickled process object. */
  process?: ProcessIdentity;
}

export interface OutputEvent {
  kind: 'output'; stream: StreamName; text: string; t: number;
  /** Printed by a child process (multiprocessing): its pid and name. Absent for the main program. */
  pid?: number; process?: string;
}
/** One executed `assert` line: the first result per line, then every failure. */
export interface AssertEvent {
  kind: 'assert'; line: number; passed: boolean; source: string; message?: string; t: number;
}
/** The timeline so far, sent now and then while a run that records one goes on (a live view). */
export interface TimelineEvent { kind: 'timeline'; timeline: Timeline; t: number }
export type RunEvent = OutputEvent | AssertEvent | TimelineEvent;

export interface AssertRecord { line: number; source: string; passed: number; failed: number; message?: string }

/** One lane per thread (later: asyncio task, process) of a run's timeline. */
export interface TimelineLane { id: string; kind: 'thread' | 'task' | 'process'; name: string }
/** What a lane did from `start` to `end` (ms since the run began). */
export interface TimelineSpan {
  lane: string;
  state: 'running' | 'runnable' | 'waiting' | 'sleeping' | 'outside';
  start: number;
  end: number;
  /** What it waited on ("Lock lock2", "time.sleep(1)"). */
  detail?: string;
  /** The thread holding the lock it waited on. */
  heldBy?: string;
}
export interface Timeline {
  lanes: TimelineLane[]; spans: TimelineSpan[]; switches: number;
  /** ms since the run began when recording stopped (too many events to draw); absent if it did not. */
  stoppedAt?: number;
}

export interface PythonError { type: string; message: string; traceback: string }

/** What an exercise check run found (pyrt/grading.py), on the result of that run only. */
export interface GradeSummary {
  /** The reader's top-level code: did it finish, and if not, why (error, deadlock, stopped). */
  reader: { ok: boolean; kind: 'error' | 'deadlock' | 'stopped' | null; error: string | null; elapsed: number | null };
  /** Each test function called, in order; `block` indexes the test blocks sent with the run. */
  tests: { block: number; name: string; passed: boolean; message: string | null }[];
  /** The seed of the forced thread switches (a race run), or null. */
  race: number | null;
  /** How many thread switches the race run forced. */
  switches: number;
}

export interface RunResult {
  status: RunStatus;
  /** What `python3 file.py` would exit with. */
  exitCode: number;
  wallMs: number;
  asserts: AssertRecord[];
  error?: PythonError;
  /** What each thread did and when, when the request asked for it. */
  timeline?: Timeline;
  /** The deadlock report, when status is 'deadlock'. */
  deadlock?: string;
  /** The interpreter should be replaced before the next run (abandoned stacks, crash). */
  recycle?: boolean;
  /** An exercise check's findings (the run was a check's driver program). */
  grades?: GradeSummary;
  /** Between the worker and the pool only: how the main process's run ended on the link. */
  end?: RunEnd;
}

export interface BootOptions {
  /** Where pyodide.mjs and its assets are served from (browser); unused on Node. */
  indexURL?: string;
  /** Int32Array on a SharedArrayBuffer: [0] = signal slot (2 = SIGINT). Absent without isolation. */
  interrupt?: Int32Array;
  /** The worker's end of its link to the page's process groups: the run's main process talks to
   *  its group here (one port for the worker's life: a new one per run cost ~0.4 ms a run). */
  link?: MessagePort;
}

export interface BootProgress { phase: 'download' | 'start' | 'ready'; loaded: number; total: number }
export interface BootInfo { pythonVersion: string; pyodideVersion: string; bootMs: number; jspi: boolean }

/** What a worker exposes through Comlink. */
export interface WorkerApi {
  boot(opts: BootOptions, onProgress?: (p: BootProgress) => void): Promise<BootInfo>;
  /** Events are batched: each call carries the events since the last one, in order. */
  /** `processes`: the run's port to its process group (a child's; the main process uses the
   *  worker's link); events then travel on it, in order. */
  /** With a port, `onEvents` may be undefined (a Comlink proxy per run would hold a MessagePort open). */
  run(req: RunRequest, onEvents: ((events: RunEvent[]) => void) | undefined, processes?: MessagePort): Promise<RunResult>;
  /** Runs `code` on the worker's bare Pyodide (`runPython`, none of the runner: no asserts,
   *  threads, timeline or processes) and returns what it printed: the baseline `npm run bench`
   *  compares a run's round trip with. */
  runBare(code: string): Promise<string>;
}
