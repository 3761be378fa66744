// The exercise part of a <python-block data-tests>: Check runs the author's tests on the reader's
// code (src/exercises/run-check.ts) and lists each result as text; the solution can be shown,
// compared with the reader's code side by side, and copied into the editor. A passed check marks
// the exercise solved (progress.ts).
import type { RunEvent } from '../../../runtime/protocol.ts';
import type { CheckItem, CheckReport } from '../../../exercises/report.ts';
import type { ExerciseSpec } from '../../../exercises/spec.ts';
import { runCheck } from '../../../exercises/run-check.ts';
import { getPool } from './pool-client.ts';
import { isSolved, loadProgress, markSolved, recordExercises, showProgress } from './progress.ts';
import { pageStorage } from './storage.ts';

const store = pageStorage();
const CONFIRM_REPLACE = 'Replace your code in the editor with the solution? (Reset brings the starter back.)';

/** What the panel needs from its block. */
export interface ExerciseHost {
  readonly element: HTMLElement;
  code(): string;
  setCode(code: string): Promise<void>;
  /** The check starts (streams the first run's output) / ends (passed or not). */
  begin(): (events: RunEvent[]) => void;
  end(passed: boolean | null): void;
}

export class ExercisePanel {
  readonly spec: ExerciseSpec;
  private readonly host: ExerciseHost;
  private readonly panel: HTMLElement;
  private readonly results: HTMLElement;
  private readonly solutionView: HTMLElement;
  private abort: AbortController | null = null;

  constructor(host: ExerciseHost) {
    this.host = host;
    this.spec = JSON.parse(host.element.dataset.tests ?? '{}') as ExerciseSpec;
    this.panel = host.element.querySelector<HTMLElement>('[data-exercise-panel]')!;
    this.results = el('div', 'rb-checks');
    this.results.setAttribute('role', 'status');
    this.results.setAttribute('aria-label', 'Check results');
    this.results.hidden = true;
    this.solutionView = el('div', 'rb-solution-view');
    this.solutionView.hidden = true;
    const tools = el('div', 'rb-exercise-tools');
    tools.append(el('span', 'rb-exercise-note', testsNote(this.spec)));
    if (this.solutionCode() !== null) {
      tools.append(
        action('show-solution', 'Show solution', () => this.showSolution('solution')),
        action('compare', 'Compare with mine', () => this.showSolution('compare')),
        action('use-solution', 'Copy solution into editor', () => void this.useSolution()),
      );
    }
    this.panel.append(tools, this.results, this.solutionView);
    // The page's exercises are recorded and shown once, by its first panel: a lesson has a dozen
    // (each doing it again made one long task at load).
    const first = pageProgress === undefined;
    pageProgress ??= recordExercises(store, location.pathname, pageExerciseIds());
    this.refreshSolved(pageProgress, first);
  }

  get running(): boolean {
    return this.abort !== null;
  }

  async check(): Promise<void> {
    if (this.abort) return;
    const abort = (this.abort = new AbortController());
    const onEvents = this.host.begin();
    delete this.host.element.dataset.check; // the last check's verdict no longer holds
    this.results.hidden = false;
    this.results.replaceChildren(el('p', 'rb-check-summary', 'Checking your code…'));
    let report: CheckReport | null = null;
    try {
      report = await runCheck(getPool(), this.spec, this.host.code(), {
        onEvents,
        signal: abort.signal,
        onRun: (done, total) => {
          if (done < total) this.results.firstElementChild!.textContent = `Checking your code… (run ${done + 1} of ${total})`;
        },
      });
    } finally {
      this.abort = null;
    }
    if (abort.signal.aborted) {
      this.results.replaceChildren(el('p', 'rb-check-summary', 'Check stopped.'));
      this.host.end(null);
      return;
    }
    this.render(report);
    if (report.passed) this.refreshSolved(markSolved(store, location.pathname, this.spec.id));
    this.host.end(report.passed);
  }

  stop(): void {
    this.abort?.abort();
  }

  private render(report: CheckReport): void {
    const passed = report.items.filter((i) => i.passed).length;
    const summary = report.passed
      ? `All ${report.items.length} checks passed: exercise solved.`
      : `${passed} of ${report.items.length} checks passed.`;
    const list = el('ul', 'rb-check-list');
    for (const item of report.items) list.append(itemView(item));
    this.results.replaceChildren(el('p', 'rb-check-summary', summary), list);
    this.host.element.dataset.check = report.passed ? 'passed' : 'failed';
  }

  private refreshSolved(progress: ReturnType<typeof loadProgress>, show = true): void {
    const solved = isSolved(progress, location.pathname, this.spec.id);
    this.host.element.toggleAttribute('data-solved', solved);
    const tag = this.host.element.querySelector('.rb-tag');
    if (tag) tag.textContent = solved ? 'Exercise ✓ solved' : 'Exercise';
    if (show) showProgress(progress);
  }

  /** The reference solution: the first python block after the element `data-solution` names. */
  private solutionCode(): string | null {
    const anchor = this.host.element.dataset.solution;
    const target = anchor ? document.getElementById(decodeURIComponent(anchor.slice(1))) : null;
    if (!target) return null;
    const after = [...document.querySelectorAll<HTMLElement>('python-block')]
      .find((b) => target.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after?.dataset.code ?? null;
  }

  private showSolution(mode: 'solution' | 'compare'): void {
    const view = this.solutionView;
    if (!view.hidden && view.dataset.mode === mode) {
      view.hidden = true;
      return;
    }
    view.dataset.mode = mode;
    const solution = this.solutionCode() ?? '';
    const column = (title: string, code: string) => {
      const box = el('div', 'rb-solution-col');
      box.append(el('p', 'rb-solution-title', title), el('pre', 'rb-solution-code', code));
      return box;
    };
    view.replaceChildren(...(mode === 'solution'
      ? [column('The solution (from the Solutions section)', solution)]
      : [column('Your code', this.host.code()), column('The solution', solution)]));
    view.hidden = false;
  }

  private async useSolution(): Promise<void> {
    const solution = this.solutionCode();
    if (solution === null) return;
    if (this.host.code() !== this.host.element.dataset.code && !window.confirm(CONFIRM_REPLACE)) return;
    await this.host.setCode(solution);
  }
}

function itemView(item: CheckItem): HTMLElement {
  const li = el('li', `rb-check ${item.passed ? 'rb-pass' : 'rb-fail'}`);
  li.dataset.passed = String(item.passed);
  const head = el('span', 'rb-check-name', `${item.passed ? '✓' : '✗'} ${item.name}`);
  li.append(head);
  const tags = [item.hidden ? 'hidden test' : '', item.schedules ? `${item.schedules} thread schedules` : ''].filter(Boolean);
  if (tags.length) li.append(el('span', 'rb-check-tags', ` (${tags.join(', ')})`));
  if (item.message) li.append(el('pre', 'rb-check-message', item.message));
  return li;
}

/** "Check runs 2 test blocks shown on this page and 1 hidden one on your code." */
function testsNote(spec: ExerciseSpec): string {
  const hidden = spec.tests.filter((t) => t.hidden).length;
  const shown = spec.tests.length - hidden;
  const blocks = (n: number) => `${n} test block${n === 1 ? '' : 's'}`;
  const parts = [shown ? `${blocks(shown)} shown on this page` : '', hidden ? `${hidden} hidden one${hidden === 1 ? '' : 's'}` : ''];
  return `Check runs ${parts.filter(Boolean).join(' and ')} on your code.`;
}

/** This page's exercises as recorded at load (see the constructor). */
let pageProgress: ReturnType<typeof loadProgress> | undefined;

function pageExerciseIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('python-block[data-tests]')].map((b) => b.dataset.exercise ?? '').filter(Boolean);
}

/** Elements built with text only: messages come from the reader's program, never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function action(name: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', `rb-btn rb-${name}`, label);
  b.type = 'button';
  b.dataset.exerciseAction = name;
  b.addEventListener('click', onClick);
  return b;
}
