// `npm test`: every check, in order, stopping at the first failure. Each step is an npm script;
// to add a check, add its script to package.json and its name to STEPS (the order matters:
// e2e and the link check need the build).
import { spawnSync } from 'node:child_process';

const STEPS: string[] = [
  'test:unit', // Vitest (includes the runtime under Node: real Pyodide workers)
  'test:python', // the differential suites: tests/python/** under python3 and the runtime
  'check:examples', // every python block of every lesson, in the runtime and in python3
  'check:types', // astro check, zero errors
  'build', // the static site in dist/
  'check:links', // every internal link and #anchor of dist/ resolves; external ones when online
  'test:e2e', // Playwright in Chromium against `astro preview` of dist/
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings: string[] = [];
const started = performance.now();
for (const step of STEPS) {
  const t0 = performance.now();
  console.log(`\n━━ npm run ${step}`);
  const { status, signal } = spawnSync(npm, ['run', '--silent', step], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  timings.push(`${step.padEnd(16)} ${secs.padStart(7)} s  ${status === 0 ? 'ok' : 'FAILED'}`);
  if (status !== 0) {
    console.error(`\n✗ npm run ${step} failed (${signal ?? `exit ${status}`})`);
    console.error(timings.join('\n'));
    process.exit(status || 1);
  }
}
console.log(`\n${timings.join('\n')}\nall ${STEPS.length} steps passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
