// The thread hand-off benchmarks again, in Chromium through the built site: a block's code is
// replaced by the bench program and run as a reader would; the figure is the BENCH line it
// prints. Needs `npm run build` first (see lib/chromium.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { freshPage } from './lib/chromium.ts';
import { cpython, paired, PYTHON_DIR } from './lib/measure.ts';
import { result, type Bench } from './lib/types.ts';

let page: Page | null = null;

async function openPage(): Promise<Page> {
  page ??= await freshPage('/concurrency/overview/');
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
