// The wire between an interpreter (worker side, service.ts) and its process group (broker on the
// page / Node main thread, group.ts). One MessagePort per interpreter carries, in order, its
// output events, its queue/pipe traffic and its exit: so a child's last print and last put
// reach the group before the group learns that it exited.
import type { RunEvent } from '../protocol.ts';
import type { FileSet } from './shared-files.ts';

/** The put ring's channel number for a record that is a FileSet (file-sync.ts), not a message. */
export const FILES_RECORD = -1;

/** What a get resolves with: the message, or EMPTY (0: timed out) / EOF (1: writers gone); a peek: true. */
export type GetReply = Uint8Array | 0 | 1 | true;

/** A wait in a `select` (multiprocessing.connection.wait): a channel to read, or a process to end. */
export type Waitable = ['chan', number] | ['proc', number];

/** Requests expecting a reply carry `id`; the group answers `{ re: id, value }` or `{ re: id, error }`. */
export type ToGroup =
  | { op: 'events'; events: RunEvent[] }
  /** files: what a child wrote or removed in the shared directories (shared-files.ts). */
  /** events: the run's last batch of output (sent with its exit, after every other). */
  | { op: 'exit'; code: number; files?: FileSet; events?: RunEvent[] }
  /** writers: Pipe write ends in the payload, the child's from its start (closed when it ends).
   *  files: the parent's shared directories, which the child starts with. */
  | { id: number; op: 'spawn'; payload: Uint8Array; name: string; writers?: number[]; files?: FileSet }
  | { id: number; op: 'wait'; pid: number; ms: number }
  | { op: 'kill'; pid: number; sig: number }
  /** terminate()/kill() reached this process, which now unwinds (its files went just before). */
  | { op: 'signaled' }
  /** What this process changed in the shared files, before the messages it sends after (from a
   *  process without a put ring; with one, they come in it as a FILES_RECORD). */
  | { op: 'files'; files: FileSet }
  | { id?: number; op: 'put'; ch: number; data: Uint8Array; max: number; ms: number }
  | { id: number; op: 'get'; ch: number; ms: number; peek: boolean }
  /** From now on this process's unbounded puts come through this ring (put-ring.ts). */
  | { op: 'ring'; buffer: SharedArrayBuffer }
  /** Take the next message now, answered in the sender's take buffer (take-buffer.ts), not on
   *  the port; `buffer` comes with a process's first take. */
  | { op: 'take'; ch: number; buffer?: SharedArrayBuffer }
  | { id: number; op: 'size'; ch: number }
  | { op: 'open'; ch: number }
  | { op: 'close'; ch: number }
  /** A write end pickled by process `from` was unpickled here: it now belongs to this process. */
  | { op: 'adopt'; ch: number; from: number }
  | { op: 'task_done'; ch: number }
  | { id: number; op: 'join'; ch: number }
  | { id: number; op: 'select'; items: Waitable[]; ms: number }
  | { op: 'segment'; seg: number; buffer: SharedArrayBuffer }
  | { id: number; op: 'segment?'; seg: number }
  /** multiprocessing.shared_memory's names: claim one for a segment (false: taken), look one up, drop one. */
  | { id: number; op: 'name!'; name: string; seg: number }
  | { id: number; op: 'name?'; name: string }
  | { op: 'unname'; name: string };

/** How a main process's run ended, handed back with its result (RunResult.end). */
export interface RunEnd {
  /** Its last batch of output. */
  events?: RunEvent[];
  /** How many messages it sent to its group on the worker's link: all arrive before its end is
   *  handled, and none of this run's after it. */
  linkMessages: number;
}

/** To a process. A worker's link carries one run after another, and a message of an earlier
 *  run's group can arrive during the next run: a reply answers a request id no later run uses
 *  again; the others name the process they are for (`pid`), and are dropped by any other. */
export type ToWorker =
  /** more: after a get that took a message, how many still wait in its channel. */
  | { re: number; value?: unknown; error?: string; more?: number }
  | { op: 'signal'; pid: number; sig: number }
  /** A child ended: what it changed in the shared directories, before its exit is known here. */
  | { op: 'files'; pid: number; files: FileSet };

/** Who an interpreter is, given with its run request (RunRequest.process). */
export interface ProcessIdentity {
  pid: number;
  ppid: number;
  name: string;
  /** Workers the runtime can give this run (multiprocessing.cpu_count()). */
  cpus: number;
  /** A child: the pickled process object to bootstrap. Absent for the run's main program. */
  payload?: Uint8Array;
  /** A child: its parent's shared directories at spawn. */
  files?: FileSet;
}

/** What a run's Python learns of its process (pyrt.processes.host.identity), with its request. */
export function identityForPython(me: ProcessIdentity): { pid: number; ppid: number; name: string; cpus: number; child: boolean } {
  return { pid: me.pid, ppid: me.ppid, name: me.name, cpus: me.cpus, child: !!me.payload };
}
