// Green threads in the browser's own engine, where JSPI stack switching differs from Node's:
// programs from tests/python run in a block as a reader would run them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { button, openBlock, setCode, settled, logText } from './reader.ts';

const program = (name: string) => readFileSync(join(import.meta.dirname, '..', 'python', name), 'utf8');

test('thousands of thread switches while the cyclic collector runs often: no crash, cycles freed', async ({ page }) => {
  const block = await openBlock(page, '/concurrency/overview/');
  await setCode(page, block, program('threads/gc_while_switching.py'));
  await button(block, 'Run').click();
  const log = block.getByRole('log');
  expect(await settled(block, 90_000), await logText(block)).toBe('passed');
  await expect(log).toContainText('handed over 3000 items');
  await expect(log).toContainText('cycles freed: True True');
});
