// How times read on a block: "+0.52s" beside each output line, "1.23 s" for a run's wall time.

/** Time since the run started, for an output line: "+0.52s", "+12.3s", "+2m05s". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `+${s.toFixed(2)}s`;
  if (s < 60) return `+${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `+${m}m${String(Math.floor(s - m * 60)).padStart(2, '0')}s`;
}

/** A run's wall time: "38 ms", "1.23 s", "1 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(2)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}

/** The badge's words for each status. */
export const STATUS_LABELS = {
  idle: 'not run',
  running: 'running',
  passed: 'passed',
  failed: 'failed',
  error: 'error',
  stopped: 'stopped',
  deadlock: 'deadlock',
} as const;
