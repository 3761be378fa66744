// Exercises as authors write them in MDX: the starter, its test blocks (visible, hidden, race)
// and the reference solution after the anchor its `solution` names; mistakes named by line.
import { describe, expect, it } from 'vitest';
import { exercisesIn } from '../../../src/exercises/in-source.ts';

const F = '```';
const lesson = [
  '# A lesson', '',
  `${F}python exercise=counter solution="#counter-solution" timeout=9`, 'counter = 0', F, '',
  `${F}python test for="counter" title="Visible"`, 'def test_a():', '    assert counter == 1', F, '',
  `${F}python test hidden for="counter" schedules=3`, 'def test_b(): pass', F, '',
  '<details>', '', '<a id="counter-solution"></a>', '',
  `${F}python`, 'counter = 1', F, '</details>',
].join('\n');

describe('exercisesIn', () => {
  it('gathers an exercise\'s starter, tests (in page order) and reference solution', () => {
    const { exercises, errors } = exercisesIn(lesson);
    expect(errors).toEqual([]);
    expect(exercises).toHaveLength(1);
    const [e] = exercises;
    expect(e!.spec).toEqual({
      id: 'counter', timeoutS: 9,
      tests: [
        { title: 'Visible', hidden: false, code: 'def test_a():\n    assert counter == 1' },
        { hidden: true, schedules: 3, code: 'def test_b(): pass' },
      ],
    });
    expect(e!.starter).toMatchObject({ line: 3, code: 'counter = 0' });
    expect(e!.solution).toMatchObject({ line: 20, code: 'counter = 1' });
  });

  it('names by line a test for no exercise, a name used twice, an exercise without tests', () => {
    const source = [
      `${F}python exercise=a`, 'x = 1', F,
      `${F}python exercise=a`, 'x = 2', F,
      `${F}python test for="b"`, 'def test_x(): pass', F,
    ].join('\n');
    expect(exercisesIn(source).errors).toEqual([
      'line 4: exercise name "a" is already used on line 1',
      'line 7: test block for "b", but no block on this page is `exercise=b`',
      'line 1: exercise "a" has no test block (`test for="a"`)',
    ]);
  });

  it('leaves plain exercise starters (a bare `exercise` flag) alone, and finds no solution for a missing anchor', () => {
    const source = [`${F}python exercise`, 'pass', F, `${F}python exercise=e solution="#nowhere"`, 'pass', F,
      `${F}python test for="e"`, 'def test_x(): pass', F].join('\n');
    const { exercises } = exercisesIn(source);
    expect(exercises.map((e) => e.spec.id)).toEqual(['e']);
    expect(exercises[0]!.solution).toBeUndefined();
  });
});
