// Which content file and line a link in the built site came from: the page's source is found
// from its URL path (Starlight's routing: /a/b/ is src/content/docs/a/b.md(x) or a/b/index.md(x)),
// and the line is the first one that contains the link as an author writes it (the fragment for
// "#anchor", the path for "/page/", also a python block's solution="#anchor").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceLocation { file: string; line?: number }

export function sourceOfPage(contentDir: string, pagePath: string): string | undefined {
  const slug = decodeURIComponent(pagePath).replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|\.html$/, '');
  const bases = slug ? [slug, `${slug}/index`] : ['index'];
  for (const base of bases) {
    for (const ext of ['.mdx', '.md']) {
      const file = join(contentDir, base + ext);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/** What an author may have written for a link to `target`, seen from page `pagePath`. */
export function authoredForms(target: URL, pagePath: string): string[] {
  const forms: string[] = [];
  const samePage = target.pathname === pagePath || target.pathname === `${pagePath}index.html`;
  if (target.hash && samePage) forms.push(`"${target.hash}"`, `(${target.hash})`, target.hash);
  forms.push(target.pathname + target.hash, target.pathname.replace(/\/$/, '') + target.hash);
  if (target.pathname !== '/') forms.push(target.pathname.replace(/\/$/, ''));
  return [...new Set(forms)];
}

export function locateLink(contentDir: string, pagePath: string, target: URL): SourceLocation | undefined {
  const file = sourceOfPage(contentDir, pagePath);
  if (!file) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const form of authoredForms(target, pagePath)) {
    const i = lines.findIndex((l) => l.includes(form));
    if (i >= 0) return { file, line: i + 1 };
  }
  return { file };
}
