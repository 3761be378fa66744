// Issue 4's thread benchmarks: green threads under Node against CPython's real threads.
import { cpython, median, paired, REPEATS, runtime, runtimeFigures } from './lib/measure.ts';
import { result, type Bench } from './lib/types.ts';

function versusCpython(id: string, label: string, file: string, unit: string, max: number): Bench {
  return {
    id, label,
    async run() {
      const [ours, ref] = await paired(() => runtime(file), () => cpython(file));
      const scale = unit === 'us' ? 1e6 : 1;
      return result({ id, label, unit, figure: ours * scale, baseline: ref * scale, baselineLabel: 'python3' }, { max });
    },
  };
}

export const threadBenches: Bench[] = [
  versusCpython('queue-pingpong', 'Queue hand-off between two threads', 'queue_pingpong.py', 'us', 1.0),
  versusCpython('condition-handoff', 'Condition hand-off between two threads', 'condition_handoff.py', 'us', 1.0),
  {
    id: 'preemption-overhead',
    label: 'CPU loop with another thread alive vs alone (time slicing on)',
    async run() {
      const [alive, alone] = await paired(() => runtime('cpu_loop_threads_alive.py'), () => runtime('cpu_loop_alone.py'));
      return result({ id: this.id, label: this.label, unit: 's', figure: alive, baseline: alone, baselineLabel: 'runtime, no threads' }, { max: 1.03 });
    },
  },
  {
    id: 'timeline-overhead',
    label: 'Queue hand-off with the timeline recording (as on a page) vs without, alternating blocks in one run',
    async run() {
      // Blocks with recording on and off alternate inside each run (timeline_ab.py): separate
      // runs for each side measured the machine's drift (1.03-1.23 for the same code).
      const on: number[] = [];
      const off: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const [a, b] = await runtimeFigures('timeline_ab.py', { timeline: true }, ['BENCH', 'BASELINE']);
        on.push(a!);
        off.push(b!);
      }
      return result({ id: this.id, label: this.label, unit: 'us', figure: median(on) * 1e6, baseline: median(off) * 1e6, baselineLabel: 'runtime, not recording' }, { max: 1.05 });
    },
  },
  versusCpython('sleep-3x1', '3 threads x sleep(1), wall time', 'sleep_3x1.py', 's', 1.02),
  versusCpython('locked-increments', '100 threads x 1000 locked increments', 'locked_increments.py', 's', 2.0),
  versusCpython('thread-start-join', 'Thread start + join', 'thread_start_join.py', 'us', 1.0),
];
