// The Content-Security-Policy: one policy in public/_headers and in policy.ts, hashes that match
// the inline scripts they allow.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HASHES_PLACEHOLDER, inlineScriptHashes } from '../../src/integrations/csp/policy.ts';

describe('Content-Security-Policy', () => {
  it('public/_headers sends the policy of policy.ts, with the placeholder the build fills in', () => {
    const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    const line = headers.split('\n').find((l) => /^\s+Content-Security-Policy:/.test(l));
    expect(line?.trim()).toBe(`Content-Security-Policy: ${contentSecurityPolicy(HASHES_PLACEHOLDER)}`);
  });

  it('allows only the own origin: no host, no scheme beyond data:/blob: where needed, no unsafe-eval', () => {
    const policy = contentSecurityPolicy("'sha256-x'");
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-x';");
    expect(policy).toContain("object-src 'none'");
  });

  it('hashes inline scripts only, exactly as browsers do', () => {
    const body = "\n\tStarlightThemeProvider.updatePickers();\n";
    const html = `<script src="/a.js"></script><script>${body}</script><script type="module">x()</script>` +
      '<script type="application/ld+json">{"a":1}</script>';
    const expected = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([expected(body), expected('x()')]);
  });
});
