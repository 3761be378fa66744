// Fills the inline scripts' hashes into the Content-Security-Policy of dist/_headers once the
// pages are built (the policy itself is in public/_headers and policy.ts). A build whose
// _headers lacks the placeholder fails: the deployed policy would not match the pages.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { contentSecurityPolicy, HASHES_PLACEHOLDER, siteScriptHashes } from './policy.ts';

export function cspIntegration(): AstroIntegration {
  return {
    name: 'csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const file = join(dist, '_headers');
        const lines = readFileSync(file, 'utf8').split('\n');
        const at = lines.findIndex((l) => /^\s+Content-Security-Policy:/.test(l) && l.includes(HASHES_PLACEHOLDER));
        if (at < 0) throw new Error(`${file}: no Content-Security-Policy with ${HASHES_PLACEHOLDER} to fill in`);
        const hashes = siteScriptHashes(dist);
        lines[at] = lines[at].replace(HASHES_PLACEHOLDER, hashes.join(' '));
        writeFileSync(file, lines.join('\n'));
        logger.info(`Content-Security-Policy: ${hashes.length} inline script hashes in _headers`);
      },
    },
  };
}

export { contentSecurityPolicy };
