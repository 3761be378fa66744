// The python blocks of a lesson and their options, read the way the site reads them: fences from
// the source (fences.ts), meta split by Expressive Code's own MetaOptions, options validated by
// the zod schema. The build (index.ts) and the example checker (scripts/check-examples.ts) both
// go through here, so a block the site accepts is a block the checker sees, and an option the
// build rejects is rejected by the checker with the same message.
import { MetaOptions } from '@astrojs/starlight/expressive-code';
import { parseBlockMeta, type MetaEntry, type ParsedMeta } from '../../schemas/block-meta.ts';
import { isPython, scanFences } from './fences.ts';

/** Options of one fence's meta string, e.g. `title="Deadlock" expect=deadlock timeout=5`. */
export function parseFenceMeta(meta: string): ParsedMeta {
  const entries: MetaEntry[] = new MetaOptions(meta).list().map((o) => ({ key: o.key, value: o.value }));
  return parseBlockMeta(entries);
}

/** The error a bad option gives, in the build and in the checker: file:line first. */
export function metaErrorMessage(file: string, line: number | undefined, meta: string, errors: readonly string[]): string {
  const where = `${file || '<inline code>'}${line ? `:${line}` : ''}`;
  return `${where}: invalid python block option in \`\`\`python ${meta}\n  ${errors.join('\n  ')}`;
}

export interface SourceBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** Index among the page's python blocks (the block's identity on the page: data-block-index). */
  index: number;
  code: string;
  meta: string;
  options: ParsedMeta;
}

/** Every python block of a Markdown/MDX text, in source order, with its parsed options. */
export function pythonBlocksIn(source: string): SourceBlock[] {
  return scanFences(source)
    .filter((f) => isPython(f.lang))
    .map((f, index) => ({ line: f.line, index, code: f.code, meta: f.meta, options: parseFenceMeta(f.meta) }));
}
