import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoredForms, locateLink, sourceOfPage } from '../../../../scripts/links/locate-source.ts';

const CONTENT = join(import.meta.dirname, '../../../fixtures/links/content');

describe('where a built link came from', () => {
  it('finds the content file of a page', () => {
    expect(sourceOfPage(CONTENT, '/guide/')).toBe(join(CONTENT, 'guide.mdx'));
    expect(sourceOfPage(CONTENT, '/')).toBe(join(CONTENT, 'index.mdx'));
    expect(sourceOfPage(CONTENT, '/nothing/')).toBeUndefined();
  });

  it('tries what an author writes: the bare #anchor on its own page, else the path', () => {
    expect(authoredForms(new URL('http://s/guide/#setup'), '/guide/')).toContain('(#setup)');
    expect(authoredForms(new URL('http://s/guide/#setup'), '/')).not.toContain('#setup');
    expect(authoredForms(new URL('http://s/guide/'), '/')).toEqual(['/guide/', '/guide']);
  });

  it('names the line', () => {
    expect(locateLink(CONTENT, '/guide/', new URL('http://s/guide/#setup'))).toEqual({ file: join(CONTENT, 'guide.mdx'), line: 7 });
    expect(locateLink(CONTENT, '/', new URL('http://s/guide/'))).toEqual({ file: join(CONTENT, 'index.mdx'), line: 5 });
  });
});
