// Nothing leaves the site's origin and nothing breaks its Content-Security-Policy when a reader
// visits every page (blocks.spec.ts checks the same while it runs every block); printed markup
// stays text.
import { expect, test } from '@playwright/test';
import { button, cspViolations, instrument, openBlock, recordTraffic, setCode, settled } from './reader.ts';

const PAGES = ['/', '/concurrency/overview/', '/concurrency/coding-challenges/', '/authoring/', '/404.html'];

test('every page loads with its policy and isolation, and asks nothing of another origin', async ({ page, baseURL }) => {
  await instrument(page);
  const traffic = recordTraffic(page);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(await page.evaluate(() => crossOriginIsolated), path).toBe(true);
    await page.waitForLoadState('networkidle');
    traffic.cspErrors.push(...await cspViolations(page));
  }
  const origin = new URL(baseURL!).origin;
  expect(traffic.requests.length).toBeGreaterThan(PAGES.length);
  expect(traffic.requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([]);
  expect(traffic.cspErrors).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
  await instrument(page);
  await page.goto('/concurrency/overview/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return new Promise<boolean>((r) => setTimeout(() => r((window as unknown as { __injected?: boolean }).__injected === true), 100));
  });
  expect(ran).toBe(false);
  expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
});

test('printed HTML and script stay text: no element is created, nothing runs', async ({ page }) => {
  await instrument(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  const block = await openBlock(page, '/concurrency/overview/');
  const markup = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '<svg onload=alert(3)>', '<iframe src="javascript:alert(4)">'];
  await setCode(page, block, `import sys\nfor m in ${JSON.stringify(markup)}:\n    print(m)\nprint(${JSON.stringify(markup[0])}, file=sys.stderr)`);
  await button(block, 'Run').click();
  expect(await settled(block)).toBe('passed');
  const log = block.getByRole('log');
  await expect(log.locator('.rb-stdout .rb-text')).toHaveText(markup);
  await expect(log.locator('.rb-stderr .rb-text')).toHaveText(markup[0]);
  await expect(log.locator('img, script, svg, iframe')).toHaveCount(0);
  await page.waitForTimeout(300); // an onerror/onload would have fired by now
  expect(dialogs).toBe(0);
  expect(await cspViolations(page)).toEqual([]);
});
