// @ts-check
// The site: Astro + Starlight (sidebar, search, light/dark) with runnable Python blocks.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import mdx from '@astrojs/mdx';
import { runnableCodeIntegration, runnableCodePlugin } from './src/integrations/runnable-code/index.ts';
import { cspIntegration } from './src/integrations/csp/index.ts';
import { builtPolicy, DEV_POLICY } from './src/integrations/csp/policy.ts';

/** Cross-origin isolation: SharedArrayBuffer, so Stop can interrupt Python without killing the worker.
 *  Astro applies server.headers to `astro dev` and `astro preview` alike. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The Content-Security-Policy (src/integrations/csp): `astro preview` sends the one the build
 *  wrote into dist/_headers, with the pages' inline script hashes; `astro dev` a looser one, as
 *  Vite injects inline scripts of its own. */
const previewing = process.argv.includes('preview');
const csp = (previewing && builtPolicy(fileURLToPath(new URL('./dist/', import.meta.url)))) || DEV_POLICY;

export default defineConfig({
  site: 'https://run-python-concurrency.example',
  server: { headers: { ...isolationHeaders, 'Content-Security-Policy': csp } },
  // The Python workers are module workers (top-level await, dynamic import of Pyodide).
  vite: { worker: { format: 'es' } },
  integrations: [
    starlight({
      title: 'Run Python Concurrency',
      description: 'Learn Python concurrency by running every example in your browser.',
      sidebar: [
        { label: 'Concurrency', items: [{ autogenerate: { directory: 'concurrency' } }] },
        // After the lessons: how to write one, and the checks that guard them.
        { label: 'For authors', items: ['authoring'] },
      ],
      // Registers itself only when the page is not already cross-origin isolated (hosts
      // that cannot send the headers above).
      head: [{ tag: 'script', attrs: { src: '/coi-serviceworker.js' } }],
      expressiveCode: { plugins: [runnableCodePlugin()] },
      // Every internal link and #anchor in the content must resolve, or the build fails with
      // the file and line (npm run check:links then checks the built pages too).
      plugins: [starlightLinksValidator()],
      lastUpdated: false,
      pagefind: true,
    }),
    runnableCodeIntegration(),
    cspIntegration(),
    mdx(),
  ],
});
