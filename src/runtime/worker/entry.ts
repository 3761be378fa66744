// Worker entry: one interpreter per worker, exposed through the typed Comlink protocol.
// The same file runs as a module Web Worker in the browser and as a worker_thread on Node.
import type { BootOptions, BootProgress, RunEvent, RunRequest, RunResult, WorkerApi } from '../protocol.ts';
import { expose, type Endpoint } from '../comlink.ts';
import { IN_NODE } from './environment.ts';
import { Interpreter } from './interpreter.ts';
import { installProcesses, type ProcessesService } from '../processes/service.ts';

let interpreter: Promise<Interpreter> | null = null;
let processes: ProcessesService | null = null;
/** This worker's link to the page's process groups (BootOptions.link). */
let link: MessagePort | undefined;

const api: WorkerApi = {
  async boot(opts: BootOptions, onProgress?: (p: BootProgress) => void) {
    link ??= opts.link;
    interpreter ??= Interpreter.boot(opts, onProgress).then(warmUp);
    return (await interpreter).info;
  },
  async run(req: RunRequest, onEvents: ((events: RunEvent[]) => void) | undefined, port?: MessagePort): Promise<RunResult> {
    if (!interpreter) throw new Error('run() before boot(): call boot() first');
    const interp = await interpreter;
    processes ??= installProcesses(interp.context, link);
    // With a process group, the run's events go through its port, in order with its messages.
    const events = processes.begin(req.process, port, onEvents ?? (() => {}));
    let result: RunResult | null = null;
    const t0 = performance.now();
    try {
      result = await interp.run(req, events);
      return result;
    } catch (e) {
      // os._exit(status) ended the interpreter: the program's exit, not a crash. Its output and
      // exit code went out at the call; the worker cannot run again.
      const status = processes.exitStatus;
      if (status === undefined) throw e;
      result = { status: status === 0 ? 'passed' : 'error', exitCode: status & 0xff, wallMs: performance.now() - t0, asserts: [], recycle: true };
      return result;
    } finally {
      const end = processes.end(result ? result.exitCode : 1);
      if (end && result) result.end = end;
    }
  },
  async runBare(code: string): Promise<string> {
    if (!interpreter) throw new Error('runBare() before boot(): call boot() first');
    return (await interpreter).runBare(code);
  },
};

/** One empty run before the first real one: what a first run imports and sets up is then paid
 *  during the (idle) boot, not after the reader's click (first run 50 ms -> 7 ms under Node). */
async function warmUp(interp: Interpreter): Promise<Interpreter> {
  processes ??= installProcesses(interp.context, link);
  await interp.run({ code: '', filename: '<warm-up>', timeline: true }, () => {});
  await interp.prepared();
  interp.context.pyodide.runPython('import pyrt.runner; pyrt.runner.warmed()');
  return interp;
}

expose(api, await workerEndpoint());

if (!IN_NODE) {
  // self.close() ends a Web Worker without any event on the page's side, which would leave its
  // run "running" forever: tell the pool first (spawn-browser.ts listens).
  const scope = globalThis as unknown as { close(): void; postMessage(m: unknown): void };
  const close = scope.close.bind(scope);
  scope.close = () => {
    scope.postMessage({ workerClosed: true });
    close();
  };
}

async function workerEndpoint(): Promise<Endpoint | undefined> {
  if (!IN_NODE) return undefined; // the worker's global scope
  const threadsModule = 'node:worker_threads';
  const { parentPort } = await import(/* @vite-ignore */ threadsModule);
  const { default: nodeEndpoint } = await import('comlink/dist/esm/node-adapter.mjs');
  return nodeEndpoint(parentPort);
}
