// `npm run prepare-assets`: copies what the browser needs at run time from node_modules into
// public/ (gitignored), so `astro dev` and the build both serve it from the site's own origin.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const pub = join(root, 'public');

/** Pyodide's runtime files; `packages: []` at boot means no wheels are needed. */
const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

const copies: [from: string, to: string][] = [
  ...PYODIDE_FILES.map((f): [string, string] => [join(modules, 'pyodide', f), join(pub, 'pyodide', f)]),
];

/** The site's one service worker: coi-serviceworker (COOP/COEP for hosts that cannot send them)
 *  with the offline cache appended (src/service-worker/offline-cache.js says how they compose). */
async function writeServiceWorker(): Promise<boolean> {
  const { version } = JSON.parse(await readFile(join(modules, 'pyodide', 'package.json'), 'utf8')) as { version: string };
  const coi = await readFile(join(modules, 'coi-serviceworker', 'coi-serviceworker.min.js'), 'utf8');
  const cache = (await readFile(join(root, 'src', 'service-worker', 'offline-cache.js'), 'utf8'))
    .replace('__PYODIDE_VERSION__', version);
  const to = join(pub, 'coi-serviceworker.js');
  const text = `${coi}\n${cache}`;
  if ((await readFile(to, 'utf8').catch(() => '')) === text) return false;
  await writeFile(to, text);
  return true;
}

// Pyodide's loader falls back to its jsDelivr CDN for packages when no packageBaseUrl is given.
// The worker always passes one (the site's /pyodide/), but nothing on the site may even name
// another origin: the fallback becomes the site's own root.
const CDN_DEFAULT = /`https:\/\/cdn\.jsdelivr\.net\/pyodide\/v\$\{[A-Za-z_$]+\}\/full\/`/g;

async function copyLoader(from: string, to: string): Promise<boolean> {
  const source = await readFile(from, 'utf8');
  const local = source.replace(CDN_DEFAULT, '"/pyodide/"');
  if (local === source) throw new Error(`prepare-assets: Pyodide's CDN fallback not found in ${from}; update CDN_DEFAULT`);
  if ((await readFile(to, 'utf8').catch(() => '')) === local) return false;
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, local);
  return true;
}

let copied = Number(await writeServiceWorker());
for (const [from, to] of copies) {
  if (from.endsWith('pyodide.mjs')) {
    if (await copyLoader(from, to)) copied++;
    continue;
  }
  const [src, dst] = await Promise.all([stat(from), stat(to).catch(() => null)]);
  // Skip unchanged files: the wasm is ~10 MB and this runs before every dev start and build.
  if (dst && dst.size === src.size && dst.mtimeMs >= src.mtimeMs) continue;
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  copied++;
}
console.log(`prepare-assets: ${copied} of ${copies.length + 1} runtime files copied into public/`);
