// @ts-check
// The site: Astro + Starlight (sidebar, search, light/dark) with runnable Python blocks.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import mdx from '@astrojs/mdx';
import { runnableCodeIntegration, runnableCodePlugin } from './src/integrations/runnable-code/index.ts';

/** Cross-origin isolation: SharedArrayBuffer, so Stop can interrupt Python without killing the worker.
 *  Astro applies server.headers to `astro dev` and `astro preview` alike. */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  site: 'https://run-python-concurrency.example',
  server: { headers: isolationHeaders },
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
    mdx(),
  ],
});
