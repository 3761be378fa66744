// @ts-check
// The site: Astro + Starlight (sidebar, search, light/dark) with runnable Python blocks.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
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
      sidebar: [{ label: 'Concurrency', items: [{ autogenerate: { directory: 'concurrency' } }] }],
      // Registers itself only when the page is not already cross-origin isolated (hosts
      // that cannot send the headers above).
      head: [{ tag: 'script', attrs: { src: '/coi-serviceworker.js' } }],
      expressiveCode: { plugins: [runnableCodePlugin()] },
      lastUpdated: false,
      pagefind: true,
    }),
    runnableCodeIntegration(),
    mdx(),
  ],
});
