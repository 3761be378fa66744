// What may differ between python3 and the runtime without being a bug, and nothing more:
// stdlib frames in tracebacks (paths, line numbers and source differ between versions), caret
// lines (3.11 and 3.14 draw them differently), and what a test opts into in its header.
import { basename, dirname } from 'node:path';
import type { Normalization } from './header.ts';

const FRAME = /^(\s*)File "([^"]+)", line (\d+)(.*)$/;
const CARETS = /^\s+[~^]+\s*$/;
// CPython's and Pyodide's standard library: .../lib/python3.11/..., /lib/python314.zip/...
const STDLIB = /\/python3\.?\d+(\.zip)?\//;

export function normalizeOutput(text: string, testFile: string, modes: readonly Normalization[]): string {
  let out = normalizeTracebacks(text, testFile);
  if (modes.includes('mask-hex')) out = out.replace(/0x[0-9a-fA-F]+/g, '0x…');
  // Measured times ("0.52", "  12.07"): the padding before a number goes with it, since the
  // width of a right-aligned column changes with the number of digits.
  if (modes.includes('mask-floats')) out = out.replace(/ *-?\d+\.\d+/g, ' #.#');
  if (modes.includes('sorted-lines')) out = sortLines(out);
  if (modes.includes('sorted-chars')) out = [...out.replace(/\s+/g, '')].sort().join('');
  return out;
}

/** Frames of the test's own folder keep their line numbers under the file's base name; stdlib
 *  frames are dropped with their source line; anything else (the runtime's own files leaking
 *  into a traceback) stays as it is, so the diff shows it. */
export function normalizeTracebacks(text: string, testFile: string): string {
  const testDir = dirname(testFile);
  const out: string[] = [];
  let dropIndent = -1; // inside a dropped frame: skip lines indented deeper than its File line
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (dropIndent >= 0 && indent > dropIndent && line.trim() !== '') continue;
    dropIndent = -1;
    if (CARETS.test(line)) continue;
    const frame = FRAME.exec(line);
    if (frame) {
      const [, lead, path, lineNo, rest] = frame;
      if (dirname(path) === testDir) {
        out.push(`${lead}File "${basename(path)}", line ${lineNo}${rest}`);
        continue;
      }
      if (STDLIB.test(path)) {
        dropIndent = lead.length;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

function sortLines(text: string): string {
  const trailing = text.endsWith('\n');
  const lines = (trailing ? text.slice(0, -1) : text).split('\n');
  if (lines.length === 1 && lines[0] === '') return text;
  return lines.sort().join('\n') + (trailing ? '\n' : '');
}
