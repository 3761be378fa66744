// <python-block>: brings a rendered python block to life. Run sends the current code to the
// page's worker pool and streams the output; Stop, Reset, Copy and Edit do what they say. The
// element's data-status is the block's state, for readers (the badge), assistive tech and tests.
import type { BlockStatus, RunResult } from '../../../runtime/protocol.ts';
import type { RunHandle } from '../../../runtime/pool/pool.ts';
import { getPool, warmWhenIdle } from './pool-client.ts';
import { OutputView } from './output-view.ts';
import { RunInsights } from './run-insights.ts';
import { formatDuration, STATUS_LABELS } from './format.ts';
import { clearEdit, editKey, loadEdit, pageStorage, saveEdit } from './storage.ts';
import { hasJspi, hasWorkers, JSPI_MESSAGE, NO_WORKERS_MESSAGE, NOT_ISOLATED_STOP } from './code-features.ts';
import type { Editor } from './editor.ts';
import type { ExercisePanel } from './exercise-panel.ts';

const store = pageStorage();
const CONFIRM_RESET = 'Discard your changes to this block and restore the original code?';

class PythonBlock extends HTMLElement {
  private original = '';
  private code = '';
  private index = 0;
  private key = '';
  private editor: Editor | null = null;
  private editorLoading: Promise<Editor> | null = null;
  private handle: RunHandle | null = null;
  private output!: OutputView;
  /** Run summary, timeline and chart under the output (issue 8). */
  private insights!: RunInsights;
  /** An exercise's Check, solution and progress (issue 7), on blocks with tests. */
  private exercise: ExercisePanel | null = null;
  private exerciseReady: Promise<void> | null = null;

  connectedCallback(): void {
    if (this.output) return; // moved in the DOM, already wired
    this.original = this.code = this.dataset.code ?? '';
    const all = [...document.querySelectorAll('python-block')];
    this.index = Number(this.dataset.blockIndex ?? all.indexOf(this));
    this.key = editKey(location.pathname, this.index, this.original);
    this.output = new OutputView(this.find('[data-output]'));
    this.insights = new RunInsights(this, this.find('[data-output]'),
      () => this.querySelector('figcaption .title')?.textContent || `Block ${this.index + 1}`);
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
    if (!hasWorkers()) {
      this.notice(NO_WORKERS_MESSAGE); // setStatus keeps Run and Check disabled
    } else if (this.dataset.needs === 'threads' && !hasJspi()) this.notice(JSPI_MESSAGE);
    const saved = loadEdit(store, this.key);
    if (saved !== null && saved !== this.original) {
      this.code = saved;
      void this.edit(false); // show the reader's version, not the original
    }
    this.setStatus('idle');
    if (this.dataset.tests) this.exerciseReady = this.attachExercise();
  }

  private async attachExercise(): Promise<void> {
    const { ExercisePanel } = await import('./exercise-panel.ts');
    // Each panel in a task of its own: a lesson's dozen, built in one, made a long task at load.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.exercise = new ExercisePanel({
      element: this,
      code: () => this.currentCode(),
      setCode: (code) => this.replaceCode(code),
      begin: () => {
        this.setStatus('running');
        this.output.start();
        this.insights.clear();
        this.find('[data-wall]').textContent = '';
        return (events) => this.output.events(events);
      },
      end: (passed) => {
        this.output.finish({ status: passed ? 'passed' : 'failed', exitCode: 0, wallMs: 0, asserts: [] },
          passed === null ? 'Check stopped.' : 'That was what your code printed during the check; the results are below.');
        this.setStatus(passed === null ? 'stopped' : passed ? 'passed' : 'failed');
      },
    });
  }

  /** The solution copied into the editor: saved like any edit, so Reset brings the starter back. */
  private async replaceCode(code: string): Promise<void> {
    this.code = code; // at once: a Check pressed before the editor has loaded checks this code
    saveEdit(store, this.key, code, this.original);
    await this.edit(false);
    if (this.editor!.getCode() !== code) this.editor!.setCode(code);
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private button(action: string): HTMLButtonElement {
    return this.find<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as Element;
    const action = target.closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'run') void this.run();
    else if (action === 'check') void this.exerciseReady?.then(() => this.exercise?.check()); // a click before it loaded counts
    else if (action === 'stop') this.stop();
    else if (action === 'reset') this.reset();
    else if (action === 'copy') void this.copy();
    else if (action === 'edit') void this.edit(true);
    else if (target.closest('.frame pre') && !window.getSelection()?.toString()) void this.edit(true); // the code, not other <pre>s
    const solution = target.closest<HTMLAnchorElement>('a.rb-solution');
    if (solution) revealAnchor(solution.hash);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if ((e.target as Element).closest('.cm-editor')) return; // the editor's own keymap runs it
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      void this.run();
    } else if (e.key === 'Enter' && (e.target as Element).matches('pre')) {
      e.preventDefault();
      void this.edit(true);
    }
  }

  private currentCode(): string {
    return this.editor?.getCode() ?? this.code;
  }

  async run(): Promise<void> {
    if (this.handle || this.exercise?.running) return;
    if (!hasWorkers()) return this.notice(NO_WORKERS_MESSAGE);
    const code = this.currentCode();
    this.setStatus('running');
    this.output.start();
    this.insights.start();
    this.find('[data-wall]').textContent = '';
    const handle = getPool().run({ code, filename: `<block ${this.index + 1}>`, timeline: true }, (events) => {
      this.output.events(events);
      this.insights.events(events);
    });
    this.handle = handle;
    let note: string | undefined;
    const seconds = Number(this.dataset.timeout);
    const timer = seconds > 0
      ? setTimeout(() => { note = `Stopped: the block's time limit is ${seconds} s.`; handle.stop(); }, seconds * 1000)
      : undefined;
    let result: RunResult;
    try {
      result = await handle.result;
    } finally {
      clearTimeout(timer);
      this.handle = null;
    }
    // Without cross-origin isolation there is no shared memory to signal the worker: Stop ends it.
    if (result.status === 'stopped') note ??= window.crossOriginIsolated ? 'Stopped.' : NOT_ISOLATED_STOP;
    this.output.finish(result, note);
    this.insights.finish(result);
    this.find('[data-wall]').textContent = formatDuration(result.wallMs);
    this.find('[data-wall]').title = 'Wall time of the run';
    this.setStatus(result.status);
  }

  stop(): void {
    this.handle?.stop();
    this.exercise?.stop();
  }

  private reset(): void {
    const edited = this.currentCode() !== this.original;
    if (edited && !window.confirm(CONFIRM_RESET)) return;
    clearEdit(store, this.key);
    this.code = this.original;
    this.editor?.destroy();
    this.editor = null;
    this.editorLoading = null;
    this.querySelector('.rb-editor')?.remove();
    this.querySelector('.frame')?.classList.remove('rb-editing');
    delete this.dataset.edited;
    if (!this.handle && !this.exercise?.running) {
      this.output.clear();
      this.insights.clear();
      this.find('[data-wall]').textContent = '';
      this.setStatus('idle');
    }
  }

  private async copy(): Promise<void> {
    const code = this.currentCode();
    let ok = true;
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      ok = copyWithSelection(code); // no clipboard permission (http, some embeds)
    }
    this.flash(ok ? 'Copied' : 'Could not copy: select the code and copy it');
  }

  /** Swaps the highlighted code for an editor (loading CodeMirror on first use). */
  private async edit(focus: boolean): Promise<void> {
    this.editorLoading ??= import('./editor.ts').then(({ createEditor }) => {
      const host = document.createElement('div');
      host.className = 'rb-editor';
      const frame = this.find('.frame');
      frame.after(host);
      const editor = createEditor(host, this.code, {
        label: `Python code, block ${this.index + 1}`,
        onRun: () => void this.run(),
        onChange: (code) => {
          this.code = code;
          saveEdit(store, this.key, code, this.original);
          this.toggleAttribute('data-edited', code !== this.original);
        },
      });
      frame.classList.add('rb-editing');
      this.toggleAttribute('data-edited', this.code !== this.original);
      this.editor = editor;
      return editor;
    });
    const editor = await this.editorLoading;
    if (focus) editor.focus();
  }

  private setStatus(status: BlockStatus): void {
    this.dataset.status = status;
    this.find('[data-badge]').textContent = STATUS_LABELS[status];
    const running = status === 'running';
    // Without workers no Run at all rather than a Run that can only fail; Copy and reading still work.
    const cannotRun = running || !hasWorkers();
    this.button('run').disabled = cannotRun;
    this.querySelector<HTMLButtonElement>('button[data-action="check"]')?.toggleAttribute('disabled', cannotRun);
    this.button('stop').disabled = !running;
  }

  private notice(text: string): void {
    const p = this.find('[data-notice]');
    p.textContent = text;
    p.hidden = false;
  }

  private flash(text: string): void {
    let status = this.querySelector<HTMLElement>('.rb-flash');
    if (!status) {
      status = document.createElement('span');
      status.className = 'rb-flash';
      status.setAttribute('role', 'status');
      this.find('.rb-info').prepend(status);
    }
    status.textContent = text;
    setTimeout(() => { if (status.textContent === text) status.textContent = ''; }, 2000);
  }
}

/** Solutions sit in collapsed <details>: open them so the link's jump lands on the solution. */
function revealAnchor(hash: string): void {
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  for (let d = target?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

if (!customElements.get('python-block')) customElements.define('python-block', PythonBlock);
warmWhenIdle();
