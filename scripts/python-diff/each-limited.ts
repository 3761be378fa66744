// Runs `fn` over `items`, at most `limit` at a time, in order of starting.
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>, onEach?: () => void): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      await fn(items[next++]!);
      onEach?.();
    }
  }));
}

/**
 * How many python3 references run at once: most reference programs sleep or wait (a deadlock
 * demonstration hangs for seconds), so more of them than cores finish sooner; the runtime's own
 * runs keep `--jobs`, since its timed programs must not compete for the CPU.
 */
export const REFERENCE_JOBS = 6;
