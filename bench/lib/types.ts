// One benchmark's outcome: the figure, the baseline measured in the same run, and the target.
export interface BenchResult {
  id: string;
  label: string;
  unit: string;
  figure: number;
  baseline: number;
  baselineLabel: string;
  /** figure / baseline */
  ratio: number;
  /** Human-readable target, e.g. "ratio <= 1.0". */
  target: string;
  pass: boolean;
}

export interface Bench {
  id: string;
  label: string;
  run(): Promise<BenchResult>;
}

export function result(
  b: Omit<BenchResult, 'ratio' | 'pass' | 'target'>,
  target: { max?: number; min?: number; /** says the target in other words ("<= +60 KB") */ label?: string },
): BenchResult {
  const ratio = b.figure / b.baseline;
  const pass = (target.max === undefined || ratio <= target.max) && (target.min === undefined || ratio >= target.min);
  const text = [target.min !== undefined ? `>= ${target.min}` : '', target.max !== undefined ? `<= ${target.max}` : '']
    .filter(Boolean).join(' and ');
  return { ...b, ratio, pass, target: target.label ?? (text ? `ratio ${text}` : 'for the record') };
}
