// Which exercises the reader has solved, kept in this browser's localStorage only (nothing leaves
// the page), and shown on the lesson (a line at the top of its text) and in the sidebar (a mark
// beside each lesson with exercises). A page records its own exercise names when it loads, so
// the sidebar knows each visited lesson's total.
import { normalizePath, type StorageLike } from './storage.ts';
import { progressStyles } from '../exercise-styles.ts';

const KEY = 'runpy-progress';

export interface PageProgress { exercises: string[]; solved: string[] }
export type Progress = Record<string, PageProgress>;

export function loadProgress(store: StorageLike): Progress {
  try {
    const value: unknown = JSON.parse(store.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Progress) : {};
  } catch {
    return {}; // unreadable (edited by hand, storage blocked): start afresh
  }
}

function save(store: StorageLike, progress: Progress): void {
  try {
    store.setItem(KEY, JSON.stringify(progress));
  } catch {
    // quota or disabled storage: progress lives only in this page
  }
}

/** The exercises a page has now; solved marks of exercises since removed are dropped. */
export function recordExercises(store: StorageLike, pathname: string, ids: readonly string[]): Progress {
  const progress = loadProgress(store);
  const page = normalizePath(pathname);
  const solved = (progress[page]?.solved ?? []).filter((id) => ids.includes(id));
  progress[page] = { exercises: [...ids], solved };
  save(store, progress);
  return progress;
}

export function markSolved(store: StorageLike, pathname: string, id: string): Progress {
  const progress = loadProgress(store);
  const page = normalizePath(pathname);
  const entry = progress[page] ?? { exercises: [id], solved: [] };
  if (!entry.solved.includes(id)) entry.solved.push(id);
  progress[page] = entry;
  save(store, progress);
  return progress;
}

export function isSolved(progress: Progress, pathname: string, id: string): boolean {
  return progress[normalizePath(pathname)]?.solved.includes(id) ?? false;
}

/** "3 of 7 solved" */
export function progressText(p: PageProgress): string {
  return `${p.solved.length} of ${p.exercises.length} solved`;
}

/** Marks in the sidebar beside every lesson with exercises, and the line on this lesson. */
export function showProgress(progress: Progress, doc: Document = document): void {
  if (!doc.querySelector('style[data-rb-progress]')) {
    const style = doc.createElement('style');
    style.dataset.rbProgress = '';
    style.textContent = progressStyles;
    doc.head.append(style);
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav.sidebar a[href]')) {
    const entry = progress[normalizePath(new URL(link.href, location.href).pathname)];
    let mark = link.querySelector<HTMLElement>('.rb-sidebar-progress');
    if (!entry?.exercises.length) {
      mark?.remove();
      continue;
    }
    if (!mark) {
      mark = doc.createElement('span');
      mark.className = 'rb-sidebar-progress';
      link.append(mark);
    }
    const done = entry.solved.length === entry.exercises.length;
    mark.textContent = `${done ? '✓ ' : ''}${entry.solved.length}/${entry.exercises.length}`;
    mark.title = `Exercises: ${progressText(entry)} (kept in this browser)`;
    mark.toggleAttribute('data-complete', done);
  }
  const here = progress[normalizePath(location.pathname)];
  const first = doc.querySelector('python-block[data-tests]');
  if (!here?.exercises.length || !first) return;
  let line = doc.querySelector<HTMLElement>('[data-lesson-progress]');
  if (!line) {
    line = doc.createElement('p');
    line.className = 'rb-lesson-progress';
    line.dataset.lessonProgress = '';
    line.setAttribute('role', 'status');
    const content = doc.querySelector('.sl-markdown-content');
    if (content) content.prepend(line);
    else (first.closest('.expressive-code') ?? first).before(line);
  }
  line.textContent = `Exercises on this page: ${progressText(here)} (remembered in this browser only).`;
}
