// The python blocks of every lesson, read from the content files (not from built HTML), with the
// same fence scanning and option parsing as the site.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pythonBlocksIn, type SourceBlock } from '../../src/integrations/runnable-code/python-blocks.ts';
import { assertFencesClosed, scanFences } from '../../src/integrations/runnable-code/fences.ts';

export interface ExampleBlock extends SourceBlock {
  /** The content file, absolute. */
  file: string;
  /** The file relative to the content folder, with `/`: "concurrency/overview.mdx". */
  page: string;
}

/** Every .md/.mdx file under `dir`, sorted. */
export async function lessonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await lessonFiles(path)));
    else if (/\.mdx?$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export async function exampleBlocks(contentDir: string): Promise<ExampleBlock[]> {
  const blocks: ExampleBlock[] = [];
  for (const file of await lessonFiles(contentDir)) {
    const page = relative(contentDir, file).split(sep).join('/');
    const source = await readFile(file, 'utf8');
    assertFencesClosed(scanFences(source), relative(process.cwd(), file)); // never check half a lesson
    for (const b of pythonBlocksIn(source)) blocks.push({ ...b, file, page });
  }
  return blocks;
}
