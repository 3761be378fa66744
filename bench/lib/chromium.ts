// The built site served by `astro preview` and one headless Chromium, shared by the browser
// benchmarks; started on first use, ended by closeBrowser(). Needs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4397);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | null = null;
let browser: Browser | null = null;

export async function launch(): Promise<Browser> {
  if (browser) return browser;
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('no built site: run `npm run build` first');
  server = spawn('npm', ['run', '--silent', 'preview', '--', '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    if (await fetch(ORIGIN).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  browser = await chromium.launch({ executablePath: existsSync(executablePath) ? executablePath : undefined, args: ['--no-sandbox'] });
  return browser;
}

/** A page in a context of its own: an empty HTTP cache and no service worker yet. With
 *  `prewarm: false` the page is told the reader saves data (navigator.connection.saveData), so
 *  it boots no worker before the first Run. */
export async function freshPage(path: string, opts: { prewarm?: boolean } = {}): Promise<Page> {
  const context = await (await launch()).newContext();
  if (opts.prewarm === false) {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
  }
  const page = await context.newPage();
  await page.goto(ORIGIN + path);
  return page;
}

export async function closeFreshPage(page: Page): Promise<void> {
  await page.context().close();
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
  browser = server = null;
}
