// End-to-end tests in the system Chromium against the built site, served by `astro preview`
// with its real COOP/COEP headers (`npm run build` first; scripts/test-all.ts does).
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Its own port (E2E_PORT to change it), and never someone else's server: a server left on the
// port would be serving another build.
const PORT = Number(process.env.E2E_PORT ?? 4391);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // The 500-run soak is its own script (`npm run soak`), outside `npm test`.
  testIgnore: process.env.SOAK ? [] : ['**/soak.spec.ts'],
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1, // two cores: one browser, several Pyodide workers inside it
  retries: 0,
  reporter: process.env.CI ? 'line' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    launchOptions: {
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npm run --silent preview -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
