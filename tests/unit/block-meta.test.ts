import { describe, expect, it } from 'vitest';
import { exerciseName, metaToDataAttributes, parseBlockMeta, type MetaEntry } from '../../src/schemas/block-meta.ts';

const entries = (o: Record<string, string | boolean>): MetaEntry[] => Object.entries(o).map(([key, value]) => ({ key, value }));

describe('block meta schema', () => {
  it('accepts every documented option', () => {
    const r = parseBlockMeta(entries({
      title: 'Deadlock', expect: 'deadlock', exercise: true, solution: '#solution-1', timeout: '5', normalize: 'sorted-lines',
    }));
    expect(r).toEqual({
      ok: true,
      meta: { title: 'Deadlock', expect: 'deadlock', exercise: true, solution: '#solution-1', timeout: 5, normalize: 'sorted-lines' },
    });
  });

  it('ignores keyless markers (line ranges, "text", /regex/)', () => {
    expect(parseBlockMeta([{ key: undefined, value: '1-3' }, { key: undefined, value: /x+/ }])).toEqual({ ok: true, meta: {} });
  });

  it('names the allowed values for a bad value', () => {
    const r = parseBlockMeta(entries({ expect: 'dedlock' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toBe('`expect` must be one of: deadlock, error, failed, stopped');
  });

  it('names the allowed options for a typo', () => {
    const r = parseBlockMeta(entries({ exercize: true }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^unknown option `exercize`; allowed options: .*\bexercise\b.*\bnorun\b/);
  });

  it('rejects a value on a flag, a non-number timeout, a solution that is not an anchor', () => {
    const errors = (o: Record<string, string | boolean>) => {
      const r = parseBlockMeta(entries(o));
      return r.ok ? [] : r.errors;
    };
    expect(errors({ norun: 'yes' })).toEqual(['`norun` is a flag: write `norun` alone, without a value']);
    expect(errors({ timeout: 'soon' })).toEqual(['`timeout` must be a number of seconds']);
    expect(errors({ timeout: '-1' })[0]).toMatch(/^`timeout`/);
    expect(errors({ solution: 'solution-1' })[0]).toMatch(/anchor/);
    expect(errors({ normalize: 'sorted' })).toEqual(['`normalize` must be one of: sorted-lines, sorted-chars, mask-floats, mask-hex']);
  });

  it('rejects options that contradict norun', () => {
    expect(parseBlockMeta(entries({ norun: true, expect: 'error' })).ok).toBe(false);
    expect(parseBlockMeta(entries({ norun: true, chart: 'bars' })).ok).toBe(false);
  });

  it('accepts chart=bars and names the allowed charts otherwise', () => {
    expect(parseBlockMeta(entries({ chart: 'bars' }))).toEqual({ ok: true, meta: { chart: 'bars' } });
    expect(metaToDataAttributes({ chart: 'bars' })).toEqual({ 'data-chart': 'bars' });
    const r = parseBlockMeta(entries({ chart: 'pie' }));
    expect(r.ok ? [] : r.errors).toEqual(['`chart` must be one of: bars']);
  });

  it('maps options to data- attributes', () => {
    expect(metaToDataAttributes({ expect: 'deadlock', exercise: true, timeout: 3, normalize: 'sorted-lines', solution: '#s' })).toEqual({
      'data-expected-status': 'deadlock', 'data-exercise': '', 'data-timeout': '3', 'data-normalize': 'sorted-lines', 'data-solution': '#s',
    });
  });

  describe('exercise tests (issue 7)', () => {
    const errors = (o: Record<string, string | boolean>) => {
      const r = parseBlockMeta(entries(o));
      return r.ok ? [] : r.errors;
    };

    it('accepts a named exercise and its visible, hidden and race test blocks', () => {
      expect(parseBlockMeta(entries({ exercise: 'challenge-1', solution: '#s' }))).toEqual({ ok: true, meta: { exercise: 'challenge-1', solution: '#s' } });
      expect(parseBlockMeta(entries({ test: true, for: 'challenge-1', hidden: true, schedules: '3' })))
        .toEqual({ ok: true, meta: { test: true, for: 'challenge-1', hidden: true, schedules: 3 } });
      expect(exerciseName({ exercise: 'challenge-1' })).toBe('challenge-1');
      expect(exerciseName({ exercise: true })).toBeUndefined();
      expect(metaToDataAttributes({ exercise: 'c-1' })).toEqual({ 'data-exercise': 'c-1' });
      expect(metaToDataAttributes({ test: true, for: 'c-1', hidden: true })).toEqual({ 'data-test': 'hidden' });
    });

    it('wants a test block to name its exercise, and nothing that makes it a program', () => {
      expect(errors({ test: true })).toEqual(['a `test` block must name its exercise: `test for="exercise-name"`']);
      expect(errors({ test: true, for: 'a', expect: 'error', exercise: true }))
        .toEqual(['a `test` block is not run on its own, so `expect`, `exercise` make no sense on it']);
      expect(errors({ for: 'a', hidden: true })).toEqual(['`for`, `hidden` only apply to test blocks: add `test`']);
    });

    it('rejects a badly formed exercise name and a bad number of schedules', () => {
      expect(errors({ exercise: 'Challenge 1' })[0]).toMatch(/lowercase letters, digits and dashes/);
      expect(errors({ test: true, for: 'a', schedules: '0' })[0]).toMatch(/^`schedules`/);
      expect(errors({ test: true, for: 'a', schedules: 'many' })).toEqual(['`schedules` must be a whole number of schedules']);
    });
  });
});
