// The program a check runs: a small driver that hands the reader's code and some test blocks to
// pyrt/grading.py. The driver itself runs the reader's code and calls each test, so both run on
// the main thread's own frames and get time-sliced like any program (see grading.py).
import type { ExerciseTest } from './spec.ts';

const DRIVER = `from pyrt import grading as _grading
_grading.begin(SPEC)
try:
    exec(_grading.compile_reader(), globals())
except BaseException as _e:
    _grading.reader_failed(_e)
else:
    _grading.reader_done()
for _block, _name, _test in _grading.tests(globals()):
    try:
        _test()
    except BaseException as _e:
        _grading.test_failed(_block, _name, _e)
    else:
        _grading.test_passed(_block, _name)
`;

/** The driver for one run; `seed` (forced thread switches) is null for a plain run. */
export function checkProgram(readerCode: string, tests: readonly ExerciseTest[], seed: number | null): string {
  const spec = { code: readerCode, tests: tests.map((t) => ({ title: t.title ?? null, code: t.code })), race: seed };
  // A JSON string literal is a valid Python string literal.
  return DRIVER.replace('SPEC', () => JSON.stringify(JSON.stringify(spec))); // a function: no $-patterns
}
