// The site's Content-Security-Policy: everything from its own origin, nothing from anywhere
// else. Scripts: the site's files, WebAssembly (Pyodide), and the page's few inline scripts
// (Starlight's theme and sidebar) by their hashes, so an injected inline script cannot run.
// Styles may be inline (Expressive Code colours tokens with style attributes). Workers may be
// blob: (Vite's worker fallback); the Python workers are same-origin module workers.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stands in public/_headers for the inline scripts' hashes, filled in at build (see index.ts). */
export const HASHES_PLACEHOLDER = "'inline-script-hashes'";

export function contentSecurityPolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptSources}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // data: is no network: Vite inlines the runtime's small .py files as data: URLs, fetched by the worker.
    "connect-src 'self' data:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** 'sha256-…' of every inline <script> (not JSON data) in a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = m;
    if (/\ssrc=/i.test(attrs) || /type="application\/(ld\+)?json"/i.test(attrs)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The hashes of every inline script of every built page, sorted, once each. */
export function siteScriptHashes(distDir: string): string[] {
  const all = new Set(htmlFiles(distDir).flatMap((f) => inlineScriptHashes(readFileSync(f, 'utf8'))));
  return [...all].sort();
}

/** The policy as the build wrote it into dist/_headers, for `astro preview` to send; null before a build. */
export function builtPolicy(distDir: string): string | null {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return null;
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  const policy = line?.split(':').slice(1).join(':').trim();
  return policy && !policy.includes(HASHES_PLACEHOLDER) ? policy : null;
}

/** For `astro dev`: Vite injects inline scripts of its own, so inline scripts are allowed there. */
export const DEV_POLICY = contentSecurityPolicy("'unsafe-inline'");
