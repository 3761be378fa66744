// The options an author may write after ```python (the fence's meta), declared once.
// The Expressive Code plugin validates every python block against this at build time, and the
// example checker (issue 6) reads the same schema; a typo fails the build with file and line.
import { z } from 'astro/zod';

/** Statuses a block may be declared to end in (`passed` is the default, so not listed). */
export const EXPECTED_STATUSES = ['deadlock', 'error', 'failed', 'stopped'] as const;
/** Output normalisations (the example checker applies them before comparing with CPython):
 *  sorted-lines for thread interleaving, sorted-chars where CPython's print can merge two
 *  threads' lines (it writes text and newline separately), mask-floats for measured times, mask-hex for addresses. */
export const NORMALIZATIONS = ['sorted-lines', 'sorted-chars', 'mask-floats', 'mask-hex'] as const;
/** Charts a block may draw from what it printed: `bars` reads its last printed table (a header
 *  row, then rows of a label and numbers) and draws one group of bars per numeric column. */
export const CHARTS = ['bars'] as const;

/** Options Expressive Code itself understands; passed through untouched. */
const EC_OPTIONS = {
  title: z.string(),
  frame: z.string(),
  mark: z.string(),
  ins: z.string(),
  del: z.string(),
  wrap: z.boolean(),
  preserveIndent: z.boolean(),
  showLineNumbers: z.boolean(),
  startLineNumber: z.string(),
  collapse: z.string(),
};

/** A bare word in the meta (`exercise`), which Expressive Code reads as `true`. */
const flag = () => z.literal(true);
/** An exercise's name: unique on its page, the key of the reader's progress. */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const ID_ERROR = 'must be a name of lowercase letters, digits and dashes, like "challenge-1"';

export const blockMetaSchema = z.strictObject({
  ...EC_OPTIONS,
  /** The status the block is meant to end in (the deadlock demonstration, an error example). */
  expect: z.enum(EXPECTED_STATUSES),
  /** An editable starter for the reader to complete; with a name (`exercise=counter`) it is
   *  checked by the tests that name it (`test for="counter"`). */
  exercise: z.union([flag(), z.string().regex(ID, { error: ID_ERROR })]),
  /** A test block: Python with `def test_…()` functions, run by the Check of exercise `for`. */
  test: flag(),
  /** The exercise a test block checks (the name given by `exercise=…`). */
  for: z.string().regex(ID, { error: ID_ERROR }),
  /** A test block whose code is not shown on the page (its results are). */
  hidden: flag(),
  /** Run the test block's checks this many times under forced thread switches (races). */
  schedules: z.coerce.number({ error: 'must be a whole number of schedules' }).int().min(1).max(10),
  /** Link to the block's solution on the same page. */
  solution: z.string().regex(/^#[\w-]+$/, { error: 'must be an anchor on the page, like "#solution-1"' }),
  /** Display only: no Run button, not checked. */
  norun: flag(),
  /** Seconds after which the run is stopped. */
  timeout: z.coerce.number({ error: 'must be a number of seconds' }).positive().max(600),
  /** How output is normalised before comparison (threads interleave lines). */
  normalize: z.enum(NORMALIZATIONS),
  /** Draw a chart of the table the block prints (Challenge 10's measured times). */
  chart: z.enum(CHARTS),
}).partial();

export type BlockMeta = z.infer<typeof blockMetaSchema>;

/** One `key=value` (or bare flag) from a fence's meta. Keyless markers (`{1-3}`, `"text"`) have no key. */
export interface MetaEntry { key: string | undefined; value: string | boolean | RegExp }

export type ParsedMeta = { ok: true; meta: BlockMeta } | { ok: false; errors: string[] };

export function parseBlockMeta(entries: readonly MetaEntry[]): ParsedMeta {
  const raw: Record<string, unknown> = {};
  for (const { key, value } of entries) {
    if (key === undefined) continue; // text markers and line ranges: Expressive Code's business
    raw[key] = value instanceof RegExp ? value.source : value;
  }
  const parsed = blockMetaSchema.safeParse(raw);
  if (parsed.success) {
    const meta = parsed.data;
    const errors: string[] = [];
    if (meta.norun && (meta.expect || meta.exercise || meta.timeout !== undefined || meta.chart)) {
      errors.push('`norun` blocks never run, so `expect`, `exercise`, `timeout` and `chart` make no sense on them');
    }
    errors.push(...testBlockErrors(meta));
    return errors.length ? { ok: false, errors } : { ok: true, meta };
  }
  return { ok: false, errors: parsed.error.issues.map(describeIssue) };
}

/** A test block names its exercise and is nothing else; test-only options need `test`. */
function testBlockErrors(meta: BlockMeta): string[] {
  if (!meta.test) {
    const stray = (['for', 'hidden', 'schedules'] as const).filter((k) => meta[k] !== undefined);
    return stray.length ? [`${stray.map((k) => `\`${k}\``).join(', ')} only apply to test blocks: add \`test\``] : [];
  }
  const errors: string[] = [];
  if (!meta.for) errors.push('a `test` block must name its exercise: `test for="exercise-name"`');
  const others = (['expect', 'exercise', 'solution', 'norun', 'chart', 'normalize'] as const).filter((k) => meta[k] !== undefined);
  if (others.length) errors.push(`a \`test\` block is not run on its own, so ${others.map((k) => `\`${k}\``).join(', ')} make no sense on it`);
  return errors;
}

/** The name of an exercise block (`exercise=counter`), or undefined for a plain starter. */
export function exerciseName(meta: BlockMeta): string | undefined {
  return typeof meta.exercise === 'string' ? meta.exercise : undefined;
}

const ALLOWED_KEYS = Object.keys(blockMetaSchema.shape);

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `unknown option \`${k}\`; allowed options: ${ALLOWED_KEYS.join(', ')}`).join('\n');
  }
  const key = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_value' && issue.values.every((v) => v === true)) {
    return `\`${key}\` is a flag: write \`${key}\` alone, without a value`;
  }
  if (issue.code === 'invalid_value') {
    return `\`${key}\` must be one of: ${issue.values.map(String).join(', ')}`;
  }
  return `\`${key}\` ${issue.message}`;
}

/** data- attributes carrying the parsed options onto the rendered block. */
export function metaToDataAttributes(meta: BlockMeta): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (meta.expect) attrs['data-expected-status'] = meta.expect;
  if (meta.exercise) attrs['data-exercise'] = exerciseName(meta) ?? '';
  if (meta.test) attrs['data-test'] = meta.hidden ? 'hidden' : 'visible';
  if (meta.solution) attrs['data-solution'] = meta.solution;
  if (meta.norun) attrs['data-norun'] = '';
  if (meta.timeout !== undefined) attrs['data-timeout'] = String(meta.timeout);
  if (meta.normalize) attrs['data-normalize'] = meta.normalize;
  if (meta.chart) attrs['data-chart'] = meta.chart;
  return attrs;
}
