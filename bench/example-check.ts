// Issue 9's example check: every python block of both lessons run by `npm run check:examples`
// (the runtime under Node, then python3), the sum of the blocks' run times, ours against
// CPython's, as the check's summary line reports them. Exercises are checked too but not summed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { result, type Bench } from './lib/types.ts';

const ROOT = resolve(import.meta.dirname, '..');

export const exampleCheckBench: Bench = {
  id: 'example-check',
  label: "Every example of both lessons (npm run check:examples): blocks' total run time",
  async run() {
    const script = resolve(ROOT, 'scripts/check-examples.ts');
    const out = spawnSync(process.execPath, [script, '--no-record'], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
    const m = /run time: ours ([\d.]+) s, CPython \S+ ([\d.]+) s/.exec(out.stdout);
    if (out.status !== 0 || !m) throw new Error(`check:examples failed (exit ${out.status}):\n${out.stdout.slice(-2000)}\n${out.stderr.slice(-1000)}`);
    // Both sums hold the examples' sleeps; CPython's also its 3 s wait on each deadlock demo (our
    // runtime reports the deadlock at once). No slower than CPython, then.
    return result({ id: this.id, label: this.label, unit: 's', figure: Number(m[1]), baseline: Number(m[2]), baselineLabel: 'python3' }, { max: 1 });
  },
};
