// `npm run check:links [-- --dist DIR] [--content DIR] [--offline]`
// Every link of the built site (run `npm run build` first): internal links and #anchors must
// resolve (linkinator crawls dist/ from the home page through a local server, fragments
// included); each broken one is reported with the content file and line it came from. External
// links are listed, and checked only when a network is present; offline the check says it
// skipped them. (At build, starlight-links-validator checks the Markdown links too; this also
// covers what the build generates: the sidebar, the table of contents, a block's Solution link.)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { locateLink } from './links/locate-source.ts';
import { networkReaches } from './links/network.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
interface Options { dist: string; content: string; offline: boolean }
const opts = parseArgs(process.argv.slice(2));

const port = await freePort();
// linkinator serves dist/ here; it reports the links it found there as paths under dist/.
const local = `http://127.0.0.1:${port}`;
// The site's own absolute URLs (canonical, og:url, sitemap) are checked against dist/ too.
const siteOrigin = canonicalOrigin(opts.dist);

const external = new Map<string, Set<string>>(); // url -> pages linking to it
const checker = new LinkChecker();
const { links } = await checker.check({
  path: opts.dist,
  port,
  recurse: true,
  checkFragments: true,
  concurrency: 8,
  timeout: 10_000,
  urlRewriteExpressions: siteOrigin ? [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}`), replacement: local }] : [],
  linksToSkip: async (link) => {
    const url = URL.canParse(link) ? new URL(link) : null;
    // external: listed, and checked below when there is a network
    return !!url && /^https?:$/.test(url.protocol) && url.origin !== local && url.origin !== siteOrigin;
  },
});

const broken: string[] = [];
const internal = links.filter((l) => l.state !== LinkState.SKIPPED);
for (const l of links.filter((l) => l.state === LinkState.SKIPPED)) {
  if (!/^https?:/.test(l.url)) continue;
  if (!external.has(l.url)) external.set(l.url, new Set());
  if (l.parent) external.get(l.url)!.add(pagePath(l.parent));
}
for (const l of internal.filter((l) => l.state === LinkState.BROKEN)) broken.push(describeBroken(l));

const pages = new Set(internal.map((l) => l.parent).filter(Boolean)).size;
console.log(`Internal links: ${internal.length} checked on ${pages} pages, ${broken.length} broken.`);

let externalBroken = 0;
if (external.size) {
  const urls = [...external.keys()].sort();
  const list = urls.map((u) => `  ${u}  (${[...external.get(u)!].join(', ')})`).join('\n');
  const online = !opts.offline && await networkReaches(urls[0]!);
  if (!online) {
    console.log(`External links: ${urls.length} NOT CHECKED (${opts.offline ? '--offline' : 'no network'}); skipped:\n${list}`);
  } else {
    const result = await new LinkChecker().check({ path: urls, recurse: false, timeout: 15_000, retryErrors: true, retryErrorsCount: 2 });
    const bad = result.links.filter((l) => l.state === LinkState.BROKEN && urls.includes(l.url));
    externalBroken = bad.length;
    console.log(`External links: ${urls.length} checked, ${bad.length} broken:\n${list}`);
    for (const l of bad) broken.push(`${l.url} (status ${l.status ?? 'no answer'}) linked from ${[...external.get(l.url)!].join(', ')}`);
  }
}

if (broken.length) {
  console.error(`\n✗ ${broken.length} broken link${broken.length > 1 ? 's' : ''}:`);
  for (const b of broken) console.error(`  ${b}`);
  process.exitCode = 1;
} else {
  console.log(externalBroken === 0 ? 'Every checked link resolves.' : '');
}

function describeBroken(l: LinkResult): string {
  const isExternal = /^https?:/.test(l.url) && !l.url.startsWith(local);
  const target = new URL(isExternal ? l.url : pagePath(l.url), 'http://site');
  const shown = isExternal ? l.url : target.pathname + target.hash;
  const parent = l.parent ? pagePath(l.parent) : '?';
  // A fragment that does not resolve comes back with the page's own status (200).
  const what = target.hash && l.status && l.status < 400 ? `no element with id="${decodeURIComponent(target.hash.slice(1))}"` : `status ${l.status ?? 'no answer'}`;
  const at = l.parent ? locateLink(opts.content, parent, target) : undefined;
  const where = at ? `${relative(process.cwd(), at.file)}${at.line ? `:${at.line}` : ''}` : `dist page ${parent}`;
  return `${where}: broken link ${shown} (${what}) on page ${parent}`;
}

/** "/concurrency/overview/#x" for a link or page inside the site (as linkinator names it: a
 *  path under dist/, or a URL of its local server). */
function pagePath(url: string): string {
  if (url.startsWith(local)) return url.slice(local.length) || '/';
  const dist = opts.dist.replace(/\/$/, '');
  if (url === dist) return '/';
  if (url.startsWith(`${dist}/`)) return url.slice(dist.length);
  return url;
}

function canonicalOrigin(dist: string): string | undefined {
  try {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const href = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1];
    return href ? new URL(href).origin : undefined;
  } catch {
    return undefined;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as { port: number };
      server.close(() => res(p));
    });
  });
}

function parseArgs(argv: string[]): Options {
  const o: Options = { dist: join(ROOT, 'dist'), content: join(ROOT, 'src/content/docs'), offline: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dist') o.dist = resolve(argv[++i] ?? '');
    else if (a === '--content') o.content = resolve(argv[++i] ?? '');
    else if (a === '--offline') o.offline = true;
    else {
      console.log('usage: npm run check:links -- [--dist DIR] [--content DIR] [--offline]');
      process.exit(a === '--help' || a === '-h' ? 0 : 2);
    }
  }
  return o;
}
