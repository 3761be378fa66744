// The pure parts of a check: which runs it makes, the driver program it sends, and how the runs'
// findings become one line per test for the reader.
import { describe, expect, it } from 'vitest';
import { planRuns, type ExerciseSpec } from '../../../src/exercises/spec.ts';
import { checkProgram } from '../../../src/exercises/program.ts';
import { checkReport, type FinishedRun } from '../../../src/exercises/report.ts';
import type { GradeSummary, RunResult } from '../../../src/runtime/protocol.ts';

const spec: ExerciseSpec = {
  id: 'counter',
  tests: [
    { title: 'plain', hidden: false, code: 'def test_a(): pass' },
    { title: 'race', hidden: true, schedules: 3, code: 'def test_b(): pass' },
    { title: 'race 2', hidden: false, schedules: 1, code: 'def test_c(): pass' },
  ],
  timeoutS: 5,
};

const grades = (tests: GradeSummary['tests'], reader: Partial<GradeSummary['reader']> = {}): GradeSummary => ({
  reader: { ok: true, kind: null, error: null, elapsed: 0.1, ...reader }, tests, race: null, switches: 0,
});
const result = (status: RunResult['status'], g?: GradeSummary, extra: Partial<RunResult> = {}): RunResult => ({
  status, exitCode: status === 'passed' ? 0 : 1, wallMs: 10, asserts: [], ...(g ? { grades: g } : {}), ...extra,
});

describe('planRuns', () => {
  it('makes one plain run, then one run per schedule with the race blocks that ask for it', () => {
    expect(planRuns(spec)).toEqual([
      { blocks: [0], seed: null },
      { blocks: [1, 2], seed: 1, schedule: { n: 1, of: 3 } },
      { blocks: [1], seed: 2, schedule: { n: 2, of: 3 } },
      { blocks: [1], seed: 3, schedule: { n: 3, of: 3 } },
    ]);
  });

  it('still runs the reader\'s code once when there are only race tests', () => {
    expect(planRuns({ id: 'x', tests: [{ hidden: false, schedules: 2, code: '' }] }).map((r) => r.seed)).toEqual([1, 2]);
    expect(planRuns({ id: 'x', tests: [] })).toEqual([{ blocks: [], seed: null }]);
  });
});

describe('checkProgram', () => {
  it('embeds the reader\'s code and the tests as one JSON string literal, $-patterns and quotes intact', () => {
    const code = 'print("$\' $& \\\\n")\n';
    const program = checkProgram(code, [{ hidden: false, code: 'def test_x(): pass' }], 7);
    const literal = /_grading\.begin\((".*")\)/.exec(program)![1]!;
    expect(JSON.parse(JSON.parse(literal))).toEqual({ code, tests: [{ title: null, code: 'def test_x(): pass' }], race: 7 });
    expect(program).toMatch(/exec\(_grading\.compile_reader\(\), globals\(\)\)/);
  });
});

describe('checkReport', () => {
  const [plain, race1, race2] = planRuns(spec);

  it('passes when every test passed in every run', () => {
    const runs: FinishedRun[] = [
      { plan: plain!, result: result('passed', grades([{ block: 0, name: 'a', passed: true, message: null }])) },
      { plan: race1!, result: result('passed', grades([
        { block: 0, name: 'b', passed: true, message: null }, { block: 1, name: 'c', passed: true, message: null }])) },
    ];
    const report = checkReport(spec, runs);
    expect(report.passed).toBe(true);
    expect(report.items.map((i) => [i.name, i.passed, i.hidden, i.schedules])).toEqual([
      ['Your code runs to the end', true, false, undefined], ['a', true, false, undefined], ['b', true, true, 3], ['c', true, false, 3],
    ]);
  });

  it('fails a race test that fails in any schedule, keeping the first failure and naming the schedule', () => {
    const runs: FinishedRun[] = [
      { plan: race1!, result: result('passed', grades([{ block: 0, name: 'b', passed: true, message: null }])) },
      { plan: race2!, result: result('failed', grades([{ block: 0, name: 'b', passed: false, message: 'expected 4000, got 3120' }])) },
    ];
    const item = checkReport(spec, runs).items.find((i) => i.name === 'b')!;
    expect(item).toMatchObject({ passed: false, hidden: true, message: 'expected 4000, got 3120 [forced thread switches: schedule 2 of 3]' });
  });

  it('reports a deadlock in the reader\'s code as such, and the tests as not run', () => {
    const g = grades([], { ok: false, kind: 'deadlock', error: 'MainThread waits for Lock lock1' });
    const report = checkReport(spec, [{ plan: plain!, result: result('passed', g) }]);
    expect(report.passed).toBe(false);
    expect(report.items[0]).toMatchObject({ name: 'Your code runs to the end', passed: false });
    expect(report.items[0]!.message).toMatch(/^deadlock: your code never finished, every thread is blocked\nMainThread waits for Lock lock1/);
    expect(report.items[1]).toMatchObject({ name: 'plain: not run', passed: false, message: 'not run: your code did not finish' });
  });

  it('fails a program that never ends after the tests (threads left blocked), and one stopped at its time limit', () => {
    const ok = grades([{ block: 0, name: 'a', passed: true, message: null }]);
    const stuck = checkReport(spec, [{ plan: plain!, result: result('deadlock', ok, { deadlock: 'Thread-1 waits in Queue.get' }) }]);
    expect(stuck.passed).toBe(false);
    expect(stuck.items.at(-1)!.message).toMatch(/^the program never ends: .*\nThread-1 waits in Queue.get$/);
    const slow = checkReport(spec, [{ plan: plain!, result: result('stopped') }]);
    expect(slow.items).toEqual([expect.objectContaining({ passed: false, message: expect.stringMatching(/^stopped: did not finish within 5 s/) }), expect.anything()]);
  });

  it('does not count an exercise with no test at all as solved', () => {
    expect(checkReport({ id: 'x', tests: [] }, [{ plan: { blocks: [], seed: null }, result: result('passed', grades([])) }]).passed).toBe(false);
  });
});
