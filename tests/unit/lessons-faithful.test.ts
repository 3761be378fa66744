// The lessons publish the seed modules faithfully: every line of each seed (headings, sentences,
// list items, quotes, links, code) appears in its lesson, in order. Seeds are copied verbatim
// into tests/fixtures/seeds/ so CI can check without the authoring workspace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const LESSONS = [
  { seed: '001_d010633641f3f08b.txt', lesson: 'src/content/docs/concurrency/overview.mdx' },
  { seed: '000_2c237455fea72558.txt', lesson: 'src/content/docs/concurrency/coding-challenges.mdx' },
];

/** Seed lines as they must read on the page: notebook markers and the H1 (the page title) aside. */
function seedLines(text: string): string[] {
  return text.split('\n').map((l) => l.trimEnd())
    .filter((l) => l.trim() && l !== 'In [None]:' && l.trim() !== '---' && !l.startsWith('# '));
}

describe.each(LESSONS)('$lesson', ({ seed, lesson }) => {
  const seedText = readFileSync(resolve(root, 'tests/fixtures/seeds', seed), 'utf8');
  const page = readFileSync(resolve(root, lesson), 'utf8');

  it('has the seed title as its title', () => {
    const h1 = seedText.split('\n').find((l) => l.startsWith('# '))!.slice(2);
    expect(page).toMatch(new RegExp(`^title: ["']?${h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?$`, 'm'));
  });

  it('contains every line of the seed, in order', () => {
    // The lesson may add anchors (<a id>) and fence options (```python title="...").
    const lines = page.split('\n').map((l) => l.replace(/<a id="[^"]*"><\/a>/g, '').trim());
    const same = (lessonLine: string, seedLine: string) =>
      lessonLine === seedLine || (seedLine.startsWith('```') && lessonLine.startsWith(`${seedLine} `));
    let at = 0;
    for (const line of seedLines(seedText)) {
      const found = lines.findIndex((l, i) => i >= at && same(l, line.trim()));
      expect(found, `missing or out of order: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
