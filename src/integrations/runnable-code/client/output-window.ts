// Which output lines the view shows, as a plan the view applies to the DOM. The view shows a
// contiguous run [start, end) of the kept lines (numbered by seq, see Tail), and draws at most
// `frameBudget` lines per animation frame so no frame becomes a long task. While output floods
// in, a frame draws only the newest lines (nobody reads a flood as it scrolls by); once the run
// has ended, frames fill in the rest of the kept lines, the last `max`, newest first.

export interface Shown { start: number; end: number }
export interface Kept { start: number; total: number }

export interface RenderPlan {
  /** Remove every shown line first. */
  clear: boolean;
  /** Remove this many lines from the front (after `clear`, 0). */
  trimFront: number;
  /** Lines [start, end) to insert before the first shown one (empty when start === end). */
  prepend: Shown;
  /** Lines [start, end) to add at the end. */
  append: Shown;
  /** What is shown afterwards. */
  shown: Shown;
  /** Whether the view shows all it should; if not, plan again next frame. */
  done: boolean;
}

export interface WindowOptions { max: number; frameBudget: number; final: boolean }

export function planRender(shown: Shown, kept: Kept, opts: WindowOptions): RenderPlan {
  const { total } = kept;
  const none = { start: total, end: total };
  const target = Math.max(kept.start, total - opts.max); // the first line worth showing
  const fresh = total - shown.end;
  if (fresh > opts.frameBudget || shown.end < target || shown.end <= shown.start) {
    // A flood outran the view (or nothing is shown yet): start over from the newest lines.
    const start = Math.max(target, total - opts.frameBudget);
    return {
      clear: shown.end > shown.start, trimFront: 0, prepend: none, append: { start, end: total },
      shown: { start, end: total }, done: !opts.final || start === target,
    };
  }
  // Keep what is shown (minus what fell out of the kept lines) and add the fresh lines; once the
  // run has ended, fill in older kept lines with what is left of the budget.
  let start = Math.max(shown.start, target);
  if (opts.final) start = Math.max(target, start - (opts.frameBudget - fresh));
  return {
    clear: false,
    trimFront: Math.max(0, target - shown.start),
    prepend: start < shown.start ? { start, end: shown.start } : none,
    append: { start: shown.end, end: total },
    shown: { start, end: total },
    done: !opts.final || start === target,
  };
}
