// The python blocks of the built site, read from dist/ so each block gets its own test.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteBlock { path: string; index: number; expected: string; timeoutS?: number; needs?: string }

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return ['_astro', 'pagefind', 'pyodide'].includes(e.name) ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function siteBlocks(): SiteBlock[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  const blocks: SiteBlock[] = [];
  for (const file of htmlFiles(DIST).sort()) {
    const path = `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    for (const [tag] of readFileSync(file, 'utf8').matchAll(/<python-block\b(?:[^>"]|"[^"]*")*>/g)) {
      const timeout = attr(tag, 'data-timeout');
      blocks.push({
        path,
        index: Number(attr(tag, 'data-block-index')),
        expected: attr(tag, 'data-expected-status') ?? 'passed',
        timeoutS: timeout ? Number(timeout) : undefined,
        needs: attr(tag, 'data-needs'),
      });
    }
  }
  return blocks;
}
