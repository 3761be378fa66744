// The reference: `python3 file.py`, as a reader's terminal would run it.
import { spawn, spawnSync } from 'node:child_process';
import { dirname } from 'node:path';

export interface ProcessOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Killed at the timeout (what a deadlocked program does under CPython). */
  timedOut: boolean;
  ms: number;
}

export const PYTHON = process.env.PYTHON ?? 'python3';

/** [major, minor] of python3, or null when it is missing. */
export function pythonVersion(): [number, number] | null {
  const r = spawnSync(PYTHON, ['-c', 'import sys; print(*sys.version_info[:2])'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const [major, minor] = r.stdout.trim().split(' ').map(Number);
  return [major, minor];
}

/** Runs the file with its folder as the working directory. `unbuffered` keeps what a program
 *  printed before it hung (a killed process loses its stdio buffers). */
export function runCPython(file: string, timeoutMs: number, unbuffered = false): Promise<ProcessOutput> {
  const t0 = performance.now();
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...(unbuffered ? { PYTHONUNBUFFERED: '1' } : {}) };
  return new Promise((resolve) => {
    const child = spawn(PYTHON, [file], { cwd: dirname(file), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const exitCode = code ?? (signal ? 128 + 9 : 1);
      resolve({ stdout, stderr, exitCode, timedOut, ms: performance.now() - t0 });
    });
  });
}
