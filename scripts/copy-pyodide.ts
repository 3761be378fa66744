// `npm run prepare-assets`: copies what the browser needs at run time from node_modules into
// public/ (gitignored), so `astro dev` and the build both serve it from the site's own origin.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const pub = join(root, 'public');

/** Pyodide's runtime files; `packages: []` at boot means no wheels are needed. */
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

const copies: [from: string, to: string][] = [
  ...PYODIDE_FILES.map((f): [string, string] => [join(modules, 'pyodide', f), join(pub, 'pyodide', f)]),
  // For hosts that cannot send COOP/COEP headers; registered by the page only when needed.
  [join(modules, 'coi-serviceworker', 'coi-serviceworker.min.js'), join(pub, 'coi-serviceworker.js')],
];

let copied = 0;
for (const [from, to] of copies) {
  const [src, dst] = await Promise.all([stat(from), stat(to).catch(() => null)]);
  // Skip unchanged files: the wasm is ~10 MB and this runs before every dev start and build.
  if (dst && dst.size === src.size && dst.mtimeMs >= src.mtimeMs) continue;
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  copied++;
}
console.log(`prepare-assets: ${copied} of ${copies.length} runtime files copied into public/`);
