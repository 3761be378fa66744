// Finds a rendered code block's fence in its Markdown/MDX source. Expressive Code does not pass
// source positions to plugins, so the line (for build errors) and the block's index among the
// page's python blocks (its identity for saved edits and tests) come from scanning the file.
import { readFileSync, statSync } from 'node:fs';

export interface Fence {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  meta: string;
  code: string;
  /** No closing fence: Markdown makes the rest of the file this block's code, silently. */
  unterminated?: true;
}

const OPEN = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** Every fenced code block in a Markdown/MDX text, in source order. */
export function scanFences(source: string): Fence[] {
  const lines = source.split(/\r?\n/);
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', marker = '', lang = '', meta = ''] = open;
    if (marker[0] === '`' && meta.includes('`')) continue; // inline code, not a fence
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = lines[j]!.trim();
      if (close[0] === marker[0] && close.length >= marker.length && /^(`+|~+)$/.test(close)) break;
      body.push(stripIndent(lines[j]!, indent.length));
    }
    const fence: Fence = { line: i + 1, lang: lang.toLowerCase(), meta: meta.trim(), code: body.join('\n') };
    if (j >= lines.length) fence.unterminated = true;
    fences.push(fence);
    i = j;
  }
  return fences;
}

/** Fails, with file and line, on a fence that is never closed (the build and the checker call it). */
export function assertFencesClosed(fences: readonly Fence[], file: string): void {
  const open = fences.find((f) => f.unterminated);
  if (open) {
    throw new Error(`${file}:${open.line}: this code fence (\`\`\`${open.lang}) is never closed, so everything ` +
      'after it would become its code: close it with a line of ``` (as many backticks as it opens with)');
  }
}

function stripIndent(line: string, n: number): string {
  let k = 0;
  while (k < n && (line[k] === ' ' || line[k] === '\t')) k++;
  return line.slice(k);
}

const PYTHON = new Set(['python', 'py', 'python3']);
export const isPython = (lang: string): boolean => PYTHON.has(lang.toLowerCase());

export interface BlockLocation { line?: number; pythonIndex?: number }

/** Where a python block with this code and meta sits in the file (first match if repeated). */
export function locatePythonBlock(fences: readonly Fence[], code: string, meta: string): BlockLocation {
  const python = fences.filter((f) => isPython(f.lang));
  const same = (a: string, b: string) => a.replace(/\t/g, '  ').trimEnd() === b.replace(/\t/g, '  ').trimEnd();
  let index = python.findIndex((f) => same(f.code, code) && f.meta === meta.trim());
  if (index < 0) index = python.findIndex((f) => same(f.code, code));
  if (index < 0) return {};
  return { line: python[index]!.line, pythonIndex: index };
}

const cache = new Map<string, { mtimeMs: number; fences: Fence[] }>();

/** The fences of a file on disk, re-read only when it changes (dev server edits). */
export function fencesOf(path: string): Fence[] {
  try {
    const { mtimeMs } = statSync(path);
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === mtimeMs) return hit.fences;
    const fences = scanFences(readFileSync(path, 'utf8'));
    cache.set(path, { mtimeMs, fences });
    return fences;
  } catch {
    return []; // blocks built from strings (the <Code> component) have no file
  }
}
