// A differential test declares what it needs in its leading comment lines:
//   # requires: 3.13           python3 older than this cannot be the reference: use <name>.expected
//   # normalize: sorted-lines  (also mask-hex, mask-floats, sorted-chars; comma-separated; a "(why)" may follow)
//   # exit: 1                  the exit status CPython gives (default 0)
//   # expect: deadlock         CPython hangs; the runtime must report a deadlock
//   # timeout: 30              seconds before a run is stopped (default 20)
//   # known-difference: why    the runtime is known to differ here (an open bug): reported, not
//                              failed, until the runtime matches CPython; then the line must go

export const NORMALIZATIONS = ['sorted-lines', 'sorted-chars', 'mask-hex', 'mask-floats'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

export interface TestHeader {
  requires?: [major: number, minor: number];
  normalize: Normalization[];
  exit: number;
  /** CPython hangs; the runtime must end with this status (a test file may only declare deadlock;
   *  the example checker also uses stopped, for a block meant to be stopped at its timeout). */
  expect?: 'deadlock' | 'stopped';
  timeoutS: number;
  /** An open bug: the runtime differs from CPython for this reason. */
  knownDifference?: string;
}

export const DEFAULT_TIMEOUT_S = 20;

const KEYS = ['requires', 'normalize', 'exit', 'expect', 'timeout', 'known-difference'];

/** Reads the `# key: value` lines at the top of a program; throws on a malformed one. */
export function parseHeader(source: string): TestHeader {
  const header: TestHeader = { normalize: [], exit: 0, timeoutS: DEFAULT_TIMEOUT_S };
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*([a-z-]+):\s*(.*)$/.exec(line);
    if (!m || !KEYS.includes(m[1])) continue; // an ordinary comment
    const [, key, raw] = m;
    const value = raw.replace(/\(.*$/, '').trim(); // drop a trailing "(why)"
    if (key === 'known-difference') {
      if (!raw.trim()) throw new Error('# known-difference: say what differs and why');
      header.knownDifference = raw.trim();
    } else if (key === 'requires') {
      const v = /^(\d+)\.(\d+)$/.exec(value);
      if (!v) throw new Error(`# requires: received \`${value}\`. Expected a version like 3.13`);
      header.requires = [Number(v[1]), Number(v[2])];
    } else if (key === 'normalize') {
      for (const name of value.split(/[\s,]+/).filter(Boolean)) {
        if (!(NORMALIZATIONS as readonly string[]).includes(name)) {
          throw new Error(`# normalize: received \`${name}\`. Expected one of: ${NORMALIZATIONS.join(', ')}`);
        }
        header.normalize.push(name as Normalization);
      }
    } else if (key === 'exit') {
      if (!/^\d+$/.test(value)) throw new Error(`# exit: received \`${value}\`. Expected a number`);
      header.exit = Number(value);
    } else if (key === 'expect') {
      if (value !== 'deadlock') throw new Error(`# expect: received \`${value}\`. Expected: deadlock`);
      header.expect = value;
    } else {
      const seconds = Number(value);
      if (!(seconds > 0)) throw new Error(`# timeout: received \`${value}\`. Expected a number of seconds`);
      header.timeoutS = seconds;
    }
  }
  return header;
}
