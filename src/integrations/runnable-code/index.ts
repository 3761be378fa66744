// Runnable Python blocks. At build time an Expressive Code plugin validates each ```python block's
// meta against the zod schema and wraps the highlighted block in <python-block> with its toolbar
// and output region; an Astro integration adds the (tiny, lazy) client script that brings them
// to life. Used from astro.config.mjs: `runnableCodeIntegration()` and, in Starlight's
// `expressiveCode.plugins`, `runnableCodePlugin()`.
import type { AstroIntegration } from 'astro';
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { h, select, type Element } from '@astrojs/starlight/expressive-code/hast';
import { parseBlockMeta, metaToDataAttributes, type BlockMeta, type MetaEntry } from '../../schemas/block-meta.ts';
import { fencesOf, isPython, locatePythonBlock } from './fences.ts';
import { blockStyles } from './styles.ts';
import { needsThreads } from './client/code-features.ts';

interface BlockInfo { meta: BlockMeta; pythonIndex?: number }

export function runnableCodePlugin(): ExpressiveCodePlugin {
  const infos = new WeakMap<object, BlockInfo>();
  return definePlugin({
    name: 'runnable-code',
    baseStyles: blockStyles,
    hooks: {
      preprocessMetadata({ codeBlock }) {
        if (!isPython(codeBlock.language)) return;
        const file = codeBlock.parentDocument?.sourceFilePath ?? '';
        const { line, pythonIndex } = file ? locatePythonBlock(fencesOf(file), codeBlock.code, codeBlock.meta) : {};
        const entries: MetaEntry[] = codeBlock.metaOptions.list().map((o) => ({ key: o.key, value: o.value }));
        const parsed = parseBlockMeta(entries);
        if (!parsed.ok) {
          const where = `${file || '<inline code>'}${line ? `:${line}` : ''}`;
          throw new Error(`${where}: invalid python block option in \`\`\`python ${codeBlock.meta}\n  ${parsed.errors.join('\n  ')}`);
        }
        infos.set(codeBlock, { meta: parsed.meta, pythonIndex });
      },
      postprocessRenderedBlock({ codeBlock, renderData }) {
        const info = infos.get(codeBlock);
        if (!info) return;
        const attrs = metaToDataAttributes(info.meta);
        if (info.meta.norun) {
          Object.assign(renderData.blockAst.properties, attrs);
          return;
        }
        // Our Copy button copies what the reader edited; Expressive Code's copies the original.
        const copy = select('.copy', renderData.blockAst);
        const figure = renderData.blockAst;
        if (copy) figure.children = figure.children.filter((c) => c !== copy);
        renderData.blockAst = wrapBlock(figure, codeBlock.code, info, attrs);
      },
    },
  });
}

function button(action: string, label: string, extra: Record<string, string | boolean> = {}): Element {
  return h('button', { type: 'button', className: ['rb-btn', `rb-${action}`], 'data-action': action, ...extra }, [
    h('span', { className: 'rb-icon', 'aria-hidden': 'true' }),
    label,
  ]);
}

function wrapBlock(figure: Element, code: string, info: BlockInfo, attrs: Record<string, string>): Element {
  const { meta } = info;
  const tools: Element[] = [
    button('run', 'Run', { 'aria-keyshortcuts': 'Control+Enter Shift+Enter', title: 'Run (Ctrl+Enter)' }),
    button('stop', 'Stop', { disabled: true }),
    button('edit', 'Edit', { title: 'Edit this code' }),
    button('reset', 'Reset', { title: 'Restore the original code' }),
    button('copy', 'Copy', { title: 'Copy the code' }),
  ];
  const badge = h('span', { className: 'rb-badge', 'data-badge': '' }, 'not run');
  const side: Element[] = [h('span', { className: 'rb-wall', 'data-wall': '' })];
  if (meta.exercise) side.unshift(h('span', { className: 'rb-tag' }, 'Exercise'));
  if (meta.solution) side.push(h('a', { className: 'rb-solution', href: meta.solution }, 'Solution'));
  return h('python-block', {
    className: ['rb'],
    'data-status': 'idle',
    'data-code': code,
    ...(info.pythonIndex !== undefined ? { 'data-block-index': String(info.pythonIndex) } : {}),
    ...(needsThreads(code) ? { 'data-needs': 'threads' } : {}),
    ...attrs,
  }, [
    figure,
    h('div', { className: 'rb-bar' }, [
      h('div', { className: 'rb-tools', role: 'toolbar', 'aria-label': 'Python block' }, tools),
      h('div', { className: 'rb-info' }, [...side, badge]),
    ]),
    h('p', { className: 'rb-notice', 'data-notice': '', hidden: true }),
    h('div', { className: 'rb-output', role: 'log', 'aria-label': 'Output', 'data-output': '', hidden: true }),
  ]);
}

/** Adds the client script to every page; it does nothing on pages without python blocks. */
export function runnableCodeIntegration(): AstroIntegration {
  return {
    name: 'runnable-code',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(new URL('./client/boot.ts', import.meta.url).pathname)};`);
      },
    },
  };
}
