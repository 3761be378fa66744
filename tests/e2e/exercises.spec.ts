// A reader works through exercises in Chromium: writes a correct answer and presses Check (every
// check passes, the exercise is marked solved, on the page and in the sidebar, and stays so after
// a reload); leaves a counter unlocked (the race test fails with what it expected and got, under
// forced thread switches); then fixes it; and sees a deadlock reported as such.
import { expect, test, type Locator, type Page } from '@playwright/test';

const OVERVIEW = '/concurrency/overview/';
const CHALLENGES = '/concurrency/coding-challenges/';
/** A check runs the reader's code up to four times (a plain run, three race schedules). */
const CHECK_MS = 120_000;

const exercise = (page: Page, id: string): Locator => page.locator(`python-block[data-exercise="${id}"]`);

/** Opens the editor by clicking into the code and replaces the code, as a reader pasting it. */
async function typeCode(page: Page, block: Locator, code: string): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  await block.locator('.frame pre').click();
  await expect(block.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

async function check(block: Locator): Promise<Locator> {
  await block.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(block).toHaveAttribute('data-check', /passed|failed/, { timeout: CHECK_MS });
  return block.getByRole('status', { name: 'Check results' });
}

const EXERCISE_1 = `import threading
def print_numbers():
    for i in range(1, 6):
        print(i)
t1 = threading.Thread(target=print_numbers)
t2 = threading.Thread(target=print_numbers)
t1.start(); t2.start(); t1.join(); t2.join()
`;

const LOCKED_COUNTER = `import threading
counter = 0
lock = threading.Lock()
def increment():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
threads = [threading.Thread(target=increment) for _ in range(100)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
`;

test('a correct answer passes every check and is remembered as solved', async ({ page }) => {
  test.setTimeout(4 * CHECK_MS);
  await page.goto(OVERVIEW);
  const block = exercise(page, 'exercise-1');
  await typeCode(page, block, EXERCISE_1);
  const results = await check(block);
  await expect(block).toHaveAttribute('data-check', 'passed');
  await expect(results.locator('.rb-check-summary')).toHaveText('All 5 checks passed: exercise solved.');
  await expect(results.locator('li[data-passed="true"]')).toHaveCount(5);
  await expect(results).toContainText('starts exactly two threads');
  await expect(results).toContainText('print_numbers() prints 1 to 5, one per line');
  await expect(results.locator('li', { hasText: 'print_numbers() prints 1 to 5' })).toContainText('hidden test');
  // The reader's own output is shown too, as text.
  await expect(block.getByRole('log')).toContainText('5');
  await expect(block.locator('.rb-tag')).toHaveText('Exercise ✓ solved');
  const sidebarMark = page.locator('nav.sidebar a[href$="/concurrency/overview/"] .rb-sidebar-progress');
  await expect(sidebarMark).toHaveText('1/7');
  await expect(page.locator('[data-lesson-progress]')).toContainText('1 of 7 solved');

  await page.reload();
  await expect(exercise(page, 'exercise-1')).toHaveAttribute('data-solved', '');
  await expect(sidebarMark).toHaveText('1/7');
  // Other pages' sidebars show it too, once the reader has solved something.
  await page.goto(CHALLENGES);
  await expect(page.locator('nav.sidebar a[href$="/concurrency/overview/"] .rb-sidebar-progress')).toHaveText('1/7');
  await expect(page.locator('nav.sidebar a[href$="/concurrency/coding-challenges/"] .rb-sidebar-progress')).toHaveText('0/10');
});

test('an unlocked counter fails the race test; with a lock it passes', async ({ page }) => {
  test.setTimeout(4 * CHECK_MS);
  await page.goto(OVERVIEW);
  const block = exercise(page, 'turing-hard');
  await block.scrollIntoViewIfNeeded();
  // The starter is the unlocked counter: in a plain run it even prints 100000.
  let results = await check(block);
  await expect(block).toHaveAttribute('data-check', 'failed');
  const race = results.locator('li', { hasText: 'counter is exactly 100000 whatever the thread schedule' });
  await expect(race).toHaveAttribute('data-passed', 'false');
  await expect(race).toContainText('3 thread schedules');
  await expect(race.locator('.rb-check-message')).toContainText(/expected counter == 100000, got \d+: \d+ increments were lost \(a race\)/);
  await expect(race.locator('.rb-check-message')).toContainText('forced thread switches: schedule 1 of 3');
  await expect(results.locator('li', { hasText: 'launches 100 threads' })).toHaveAttribute('data-passed', 'true');
  await expect(block).not.toHaveAttribute('data-solved');

  await typeCode(page, block, LOCKED_COUNTER);
  results = await check(block);
  await expect(block).toHaveAttribute('data-check', 'passed');
  await expect(results.locator('li[data-passed="false"]')).toHaveCount(0);
  await expect(block).toHaveAttribute('data-solved', '');
});

test('a deadlock in the reader\'s code is reported as a deadlock; the solution can be copied in', async ({ page }) => {
  test.setTimeout(4 * CHECK_MS);
  await page.goto(CHALLENGES);
  const block = exercise(page, 'challenge-9');
  await block.scrollIntoViewIfNeeded();
  let results = await check(block); // the starter takes the locks in opposite orders
  const first = results.locator('li').first();
  await expect(first).toHaveAttribute('data-passed', 'false');
  await expect(first.locator('.rb-check-message')).toContainText('deadlock: your code never finished, every thread is blocked');
  await expect(first.locator('.rb-check-message')).toContainText('lock1');

  // Compare shows both, side by side; Copy puts the solution in the editor, and it passes.
  await block.getByRole('button', { name: 'Compare with mine' }).click();
  await expect(block.locator('.rb-solution-view .rb-solution-title')).toHaveText(['Your code', 'The solution']);
  await expect(block.locator('.rb-solution-view pre').nth(1)).toContainText('with lock1:  # same order as task1');
  await block.getByRole('button', { name: 'Copy solution into editor' }).click();
  await expect(block.locator('.cm-content')).toContainText('same order as task1');
  results = await check(block);
  await expect(block).toHaveAttribute('data-check', 'passed');
  await expect(results.locator('.rb-check-summary')).toHaveText(/^All \d+ checks passed/);
});
