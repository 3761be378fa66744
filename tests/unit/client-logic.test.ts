import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/integrations/runnable-code/client/output-lines.ts';
import { formatDuration, formatElapsed } from '../../src/integrations/runnable-code/client/format.ts';
import { clearEdit, editKey, hashCode, loadEdit, normalizePath, saveEdit } from '../../src/integrations/runnable-code/client/storage.ts';
import { needsThreads } from '../../src/integrations/runnable-code/client/code-features.ts';
import { assertText } from '../../src/integrations/runnable-code/client/output-view.ts';

describe('LineSplitter', () => {
  it('joins chunks into lines stamped with their first chunk time', () => {
    const s = new LineSplitter();
    expect(s.push('stdout', 'hel', 10)).toEqual([]);
    expect(s.push('stdout', 'lo\nwor', 20)).toEqual([{ stream: 'stdout', text: 'hello', t: 10 }]);
    expect(s.push('stdout', 'ld\n\n', 30)).toEqual([
      { stream: 'stdout', text: 'world', t: 20 },
      { stream: 'stdout', text: '', t: 30 },
    ]);
    expect(s.flush()).toEqual([]);
  });

  it('keeps stdout and stderr apart and flushes unterminated lines in time order', () => {
    const s = new LineSplitter();
    s.push('stderr', 'err', 5);
    s.push('stdout', 'out', 1);
    expect(s.flush()).toEqual([{ stream: 'stdout', text: 'out', t: 1 }, { stream: 'stderr', text: 'err', t: 5 }]);
  });

  it('truncates a huge line and counts what it cut', () => {
    const s = new LineSplitter(10);
    s.push('stdout', 'x'.repeat(8), 0);
    const [line] = s.push('stdout', `${'y'.repeat(7)}\n`, 1);
    expect(line).toEqual({ stream: 'stdout', text: 'xxxxxxxxyy', t: 0, truncated: 5 });
  });
});

describe('time formatting', () => {
  it('formats time since start', () => {
    expect(formatElapsed(0)).toBe('+0.00s');
    expect(formatElapsed(520)).toBe('+0.52s');
    expect(formatElapsed(12_345)).toBe('+12.3s');
    expect(formatElapsed(125_000)).toBe('+2m05s');
  });
  it('formats wall time', () => {
    expect(formatDuration(38.4)).toBe('38 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
  });
});

describe('assert lines', () => {
  it('reads like pytest', () => {
    expect(assertText({ line: 12, passed: true, source: 'counter == 10000' })).toBe('line 12 ✓ assert counter == 10000');
    expect(assertText({ line: 12, passed: false, source: 'counter == 10000', message: 'assert 9999 == 10000' }))
      .toBe('line 12 ✗ assert counter == 10000\nassert 9999 == 10000');
  });
});

describe('edit storage', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      key: (i: number) => [...m.keys()][i] ?? null,
      get length() { return m.size; },
    };
  };

  it('keys by page, block index and a hash of the original code', () => {
    expect(hashCode('print(1)')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashCode('print(1)')).not.toBe(hashCode('print(2)'));
    expect(editKey('/concurrency/overview/', 3, 'print(1)')).toBe(`runpy:/concurrency/overview#3:${hashCode('print(1)')}`);
    expect(normalizePath('/a/index.html')).toBe('/a');
    expect(normalizePath('/')).toBe('/');
  });

  it('saves, loads, forgets an edit equal to the original, and clears', () => {
    const store = memory();
    const key = editKey('/p/', 0, 'a');
    saveEdit(store, key, 'b', 'a');
    expect(loadEdit(store, key)).toBe('b');
    saveEdit(store, key, 'a', 'a');
    expect(loadEdit(store, key)).toBeNull();
    saveEdit(store, key, 'c', 'a');
    clearEdit(store, key);
    expect(loadEdit(store, key)).toBeNull();
  });

  it('finds an edit whose block moved to another index on the same page', () => {
    const store = memory();
    saveEdit(store, editKey('/p/', 1, 'orig'), 'mine', 'orig');
    expect(loadEdit(store, editKey('/p/', 2, 'orig'))).toBe('mine');
    expect(loadEdit(store, editKey('/other/', 2, 'orig'))).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken = { ...memory(), getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(() => saveEdit(broken, 'k', 'x', 'y')).not.toThrow();
    expect(loadEdit({ ...broken, length: 0 }, 'k')).toBeNull();
  });
});

describe('needsThreads', () => {
  it('spots threads, executors, queues and processes', () => {
    expect(needsThreads('import threading')).toBe(true);
    expect(needsThreads('from concurrent.futures import ThreadPoolExecutor')).toBe(true);
    expect(needsThreads('  import multiprocessing as mp')).toBe(true);
    expect(needsThreads('import asyncio\nprint("threading")')).toBe(false);
  });
});
