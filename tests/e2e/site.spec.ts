// The site around the blocks: home page, sidebar, search (Pagefind), light/dark, isolation.
import { expect, test } from '@playwright/test';

test('home page links to both lessons; the sidebar groups them under Concurrency', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run Python Concurrency');
  await page.getByRole('link', { name: 'Start with the overview' }).click();
  await expect(page).toHaveURL(/\/concurrency\/overview\/$/);
  const sidebar = page.locator('nav[aria-label="Main"]');
  await expect(sidebar.getByText('Concurrency', { exact: true })).toBeVisible();
  const group = sidebar.locator('details', { has: page.locator('summary', { hasText: /^\s*Concurrency\s*$/ }) });
  await expect(group.getByRole('link')).toHaveText([/Overview & Objectives/, /Coding Challenges/]);
});

test('pages are cross-origin isolated and load nothing from another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto('/concurrency/overview/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-python-ready', '', { timeout: 60_000 }); // warmed on idle
  expect(foreign).toEqual([]);
});

test('search finds a lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('deadlock');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__result-link')).toContainText([/Concurrency/]);
});

test('light and dark themes', async ({ page }) => {
  await page.goto('/concurrency/overview/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the warm-up waits for the page to settle, and starts at once when the reader points at a block', async ({ page }) => {
  const pyodide: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pyodide/')) pyodide.push(r.url()); });
  await page.goto('/concurrency/overview/', { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  // The lesson's own load work is not competing with an interpreter boot and a 10 MB download.
  expect(page.workers()).toEqual([]);
  expect(pyodide).toEqual([]);
  const worker = page.waitForEvent('worker', { timeout: 2000 }); // the pool spawns one on intent
  await page.locator('python-block').first().hover();
  await worker;
  await expect(page.locator('html')).toHaveAttribute('data-python', 'ready', { timeout: 60_000 });
  expect(pyodide.length).toBeGreaterThan(0);
});
