// At build end: dist/offline-manifest.json lists the site's bundles (dist/_astro), so a visited
// page can hand the service worker the chunks it has not loaded yet (CodeMirror, the timeline)
// and the page keeps working offline when the reader starts editing.
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

export const MANIFEST = 'offline-manifest.json';

export async function writeOfflineManifest(dist: URL, base: string): Promise<string[]> {
  const root = fileURLToPath(dist);
  const files = await readdir(join(root, '_astro'), { recursive: true, withFileTypes: true });
  const urls = files.filter((f) => f.isFile())
    .map((f) => `${base.replace(/\/?$/, '/')}${relative(root, join(f.parentPath, f.name)).split(sep).join('/')}`)
    .sort();
  await writeFile(join(root, MANIFEST), JSON.stringify(urls));
  return urls;
}
