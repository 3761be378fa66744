// The thread hand-off benchmarks again, in Chromium through the built site: a block's code is
// replaced by the bench program and run as a reader would; the figure is the BENCH line it
// prints. Needs `npm run build` first (skipped with a message otherwise).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { cpython, paired, PYTHON_DIR } from './lib/measure.ts';
import { result, type Bench } from './lib/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4397);
const PAGE = `http://127.0.0.1:${PORT}/concurrency/overview/`;

let server: ChildProcess | null = null;
let browser: Browser | null = null;
let page: Page | null = null;

async function openPage(): Promise<Page> {
  if (page) return page;
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('no built site: run `npm run build` first');
  server = spawn('npm', ['run', '--silent', 'preview', '--', '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    if (await fetch(PAGE).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  browser = await chromium.launch({ executablePath: existsSync(executablePath) ? executablePath : undefined, args: ['--no-sandbox'] });
  page = await browser.newPage();
  await page.goto(PAGE);
  return page;
}

async function inChromium(file: string): Promise<number> {
  const p = await openPage();
  const code = await readFile(resolve(PYTHON_DIR, file), 'utf8');
  const block = p.locator('python-block').first();
  const editor = block.locator('.cm-content');   // after the first edit the editor is open
  await ((await editor.count()) ? editor : block.locator('.frame pre')).click();
  await editor.waitFor();                        // CodeMirror loads on the first click
  await p.waitForFunction((el) => el === document.activeElement, await editor.elementHandle());
  await p.keyboard.press('ControlOrMeta+A');
  await p.keyboard.insertText(code);
  await block.getByRole('button', { name: 'Run', exact: true }).click();
  const el = await block.elementHandle();
  await p.waitForFunction((b) => b?.getAttribute('data-status') === 'running', el);
  await p.waitForFunction((b) => b?.getAttribute('data-status') !== 'running', el, { timeout: 300_000 });
  const text = (await block.getByRole('log').textContent()) ?? '';
  const m = /BENCH (\S+)/.exec(text);
  if (!m) throw new Error(`the run ended ${await block.getAttribute('data-status')} without a BENCH line: ${text.slice(-300)}`);
  return Number(m[1]);
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
  browser = page = server = null;
}

function handOff(id: string, label: string, file: string): Bench {
  return {
    id, label,
    async run() {
      const [ours, ref] = await paired(() => inChromium(file), () => cpython(file));
      return result({ id, label, unit: 'us', figure: ours * 1e6, baseline: ref * 1e6, baselineLabel: 'python3' }, { max: 2.0 });
    },
  };
}

export const browserBenches: Bench[] = [
  handOff('chromium-queue-pingpong', 'Queue hand-off between two threads, in Chromium', 'queue_pingpong.py'),
  handOff('chromium-condition-handoff', 'Condition hand-off between two threads, in Chromium', 'condition_handoff.py'),
];
