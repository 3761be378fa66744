// A reader at a block, with a stopwatch: edit and run code, and measure what the reader feels
// (the main thread's long tasks, how late a click is handled, how long Stop takes) and what
// the page must never do (violate its Content-Security-Policy).
import { expect, type Locator, type Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks: number[];
    __inputDelays: number[];
    __cspViolations: string[];
  }
}

/** Installs the probes before any page script runs (call before page.goto). */
export async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__inputDelays = [];
    window.__cspViolations = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // event.timeStamp is when the input happened; now is when the page got to handle it.
    addEventListener('pointerdown', (e) => window.__inputDelays.push(performance.now() - e.timeStamp), true);
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

export interface Traffic { requests: string[]; cspErrors: string[] }

/** Every request of the page's context (pages, their workers, the service worker), and every
 *  console error that reports a CSP violation (workers report theirs only to the console). */
export function recordTraffic(page: Page): Traffic {
  const traffic: Traffic = { requests: [], cspErrors: [] };
  page.context().on('request', (r) => traffic.requests.push(r.url()));
  const onConsole = (text: string) => { if (/Content Security Policy/i.test(text)) traffic.cspErrors.push(text); };
  page.on('console', (m) => { if (m.type() === 'error') onConsole(m.text()); });
  page.on('worker', (w) => w.on('console', (m) => onConsole(m.text())));
  return traffic;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations);
}

/** Forgets the long tasks and input delays seen so far (e.g. Pyodide's boot). */
export async function resetProbes(page: Page): Promise<void> {
  await page.evaluate(() => { window.__longTasks = []; window.__inputDelays = []; });
}

/** The longest main-thread task and the longest input delay since the last reset, in ms. */
export async function probes(page: Page): Promise<{ longestTask: number; tasks: number; worstInputDelay: number; clicks: number }> {
  return page.evaluate(() => ({
    longestTask: Math.max(0, ...window.__longTasks),
    tasks: window.__longTasks.length,
    worstInputDelay: Math.max(0, ...window.__inputDelays),
    clicks: window.__inputDelays.length,
  }));
}

/** Where the reader clicks about: the page's title (no action of its own). Found by CSS, not by
 *  role, and before the probes are reset: Playwright's role query walks the whole lesson's ARIA
 *  tree in the page, a 50-160 ms task of the test's own that the probes would blame on the page. */
export async function titleBox(page: Page): Promise<{ x: number; y: number }> {
  return (await page.locator('h1').first().boundingBox())!;
}

/** Real mouse clicks at `at`, `n` of them over `ms`; sent straight to the browser, not after
 *  Playwright's checks (which would wait for a busy page, and run in it). */
export async function clickAround(page: Page, at: { x: number; y: number }, n: number, ms: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.mouse.click(at.x + 5, at.y + 5);
    await page.waitForTimeout(ms / n);
  }
}

export async function openBlock(page: Page, path: string, index = 0): Promise<Locator> {
  await page.goto(path);
  const block = page.locator('python-block').nth(index);
  await block.scrollIntoViewIfNeeded();
  return block;
}

/** Replaces the block's code as a reader would: click into it (the editor opens), select all, type. */
export async function setCode(page: Page, block: Locator, code: string): Promise<void> {
  const editor = block.locator('.cm-content');
  if (await editor.count()) await editor.click();
  else await block.locator('.frame pre').click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

export function button(block: Locator, name: 'Run' | 'Stop' | 'Reset'): Locator {
  return block.getByRole('button', { name, exact: true });
}

/** Clicks Stop and measures, in the page, the time until the block's status is 'stopped'. */
export async function stopLatency(block: Locator): Promise<number> {
  return block.evaluate((el) => new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    const seen = new MutationObserver(() => {
      if (el.getAttribute('data-status') === 'running') return;
      seen.disconnect();
      if (el.getAttribute('data-status') === 'stopped') resolve(performance.now() - t0);
      else reject(new Error(`the block ended ${el.getAttribute('data-status')}, not stopped`));
    });
    seen.observe(el, { attributes: true, attributeFilter: ['data-status'] });
    el.querySelector<HTMLButtonElement>('button[data-action="stop"]')!.click();
  }));
}

/** Resolves with the block's status once it is no longer running, watched in the page by a
 *  MutationObserver: no polling from the test, whose own work would show up as long tasks. */
export async function settled(block: Locator, timeoutMs = 240_000): Promise<string> {
  return block.evaluate((el, ms) => new Promise<string>((resolve, reject) => {
    const status = () => el.getAttribute('data-status') ?? '';
    if (status() !== 'running') return resolve(status());
    const timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
    const seen = new MutationObserver(() => {
      if (status() === 'running') return;
      seen.disconnect();
      clearTimeout(timer);
      resolve(status());
    });
    seen.observe(el, { attributes: true, attributeFilter: ['data-status'] });
  }), timeoutMs);
}

/** A block's output as text, a line per line. Not innerText: lines are `content-visibility:
 *  auto`, and innerText leaves out the text of lines scrolled out of view. */
export async function logText(block: Locator): Promise<string> {
  return block.getByRole('log').evaluate((log) => [...log.querySelectorAll('.rb-line')]
    .map((line) => [...line.children].map((part) => part.textContent).filter(Boolean).join(' '))
    .join('\n'));
}
