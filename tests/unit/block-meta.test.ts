import { describe, expect, it } from 'vitest';
import { metaToDataAttributes, parseBlockMeta, type MetaEntry } from '../../src/schemas/block-meta.ts';

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
});
