// How a green thread's stack suspends: a poll() of one descriptor that is nobody's file.
//
// run_sync(promise) wraps the promise in an asyncio Future and that in a PyProxy before it
// suspends, and unwraps both when it resumes: seven Python calls and four conversions, about
// half of a thread hand-off (Queue hand-off 61 -> 34 us under Node without them). Pyodide's
// socket layer suspends a poll() syscall on whatever promise SOCKFS.pollAsync returns, with
// nothing in between (socket_syscalls.c, __wrap___syscall_poll). So each thread slot has a
// descriptor of its own, SUSPEND_FD + slot, and a thread suspends by polling it: the hook asks
// `suspend(slot)` for the promise to wait on (wait-slots.ts says what the slot holds).
import type { PyodideAPI } from 'pyodide';

/** poll() on SUSPEND_FD + slot is the thread in that slot suspending (no stream has these). */
export const SUSPEND_FD = 2 ** 30;

type PollAsync = (fds: number, nfds: number, timeout: number) => Promise<number> | null;
interface EmscriptenModule { SOCKFS: { pollAsync?: PollAsync }; HEAP32: Int32Array }

export function installSuspendPoll(
  pyodide: PyodideAPI, slots: () => number, suspend: (slot: number) => Promise<void>,
): void {
  const module = (pyodide as unknown as { _module: EmscriptenModule })._module;
  const sockfs = module.SOCKFS;
  const inner = sockfs.pollAsync?.bind(sockfs); // Node's sockets, when Pyodide installed them
  sockfs.pollAsync = (fds, nfds, timeout) => {
    if (nfds === 1) {
      const slot = module.HEAP32[fds >> 2]! - SUSPEND_FD;
      // 0: no descriptor is ready (Python then reads its slot's state).
      if (slot >= 0 && slot < slots()) return suspend(slot).then(() => 0);
    }
    // null: Emscripten's own poll(), as Pyodide's hook answers for what is not a Node socket.
    return inner ? inner(fds, nfds, timeout) : null;
  };
}
