// The example checker's report: one table row per block (page, block, line, status, our time,
// CPython's time), then every failure under its file:line, then the totals.
import type { ExampleBlock } from './lessons.ts';

export interface CheckedBlock {
  block: ExampleBlock;
  /** file:line of the opening fence, relative to the working directory (clickable in editors). */
  where: string;
  problems: string[];
  skipped?: string;
  ours?: { status: string; ms: number };
  cpython?: { label: string; ms: number };
}

export function verdictOf(c: CheckedBlock): string {
  if (c.problems.length) return 'FAIL';
  if (c.skipped) return `skipped (${c.skipped})`;
  return c.block.options.ok && c.block.options.meta.exercise ? 'ok (exercise)' : 'ok';
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function blockName(b: ExampleBlock): string {
  const title = b.options.ok ? b.options.meta.title : undefined;
  const name = `#${b.index + 1}${title ? ` ${title}` : ''}`;
  return name.length > 44 ? `${name.slice(0, 43)}…` : name;
}

export function formatTable(all: readonly CheckedBlock[]): string {
  const rows = [['page', 'block', 'line', 'status', 'ours', 'CPython']];
  for (const c of all) {
    rows.push([
      c.block.page, blockName(c.block), String(c.block.line), verdictOf(c),
      c.ours ? `${c.ours.status} ${secs(c.ours.ms)}` : '-',
      c.cpython ? `${c.cpython.label} ${secs(c.cpython.ms)}` : '-',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** Prints the report; returns how many blocks failed. */
export function printReport(all: readonly CheckedBlock[], run: { python: string; seconds: number }): number {
  console.log(formatTable(all));
  const failed = all.filter((c) => c.problems.length);
  for (const c of failed) {
    console.log(`\n✗ ${c.where}  (${c.block.page}, python block ${blockName(c.block)})`);
    for (const p of c.problems) console.log(`  ${p}`);
  }
  const skipped = all.filter((c) => c.skipped);
  const norun = skipped.filter((c) => c.skipped === 'norun');
  if (norun.length) console.log(`\nNot run (norun): ${norun.map((c) => c.where).join(', ')}`);
  const tests = skipped.length - norun.length;
  if (tests) console.log(`Test blocks: ${tests}, run by their exercises' checks (below), not on their own.`);
  const sum = (pick: (c: CheckedBlock) => number | undefined) => all.reduce((t, c) => t + (pick(c) ?? 0), 0);
  console.log(`\n${all.length - failed.length - skipped.length} ok, ${failed.length} failed, ${skipped.length} not run; ` +
    `run time: ours ${secs(sum((c) => c.ours?.ms))}, CPython ${run.python} ${secs(sum((c) => c.cpython?.ms))}; ` +
    `wall ${run.seconds.toFixed(1)} s`);
  return failed.length;
}
