// Runnable Python blocks. At build time an Expressive Code plugin validates each ```python block's
// meta against the zod schema and wraps the highlighted block in <python-block> with its toolbar
// and output region; an Astro integration adds the (tiny, lazy) client script that brings them
// to life. Used from astro.config.mjs: `runnableCodeIntegration()` and, in Starlight's
// `expressiveCode.plugins`, `runnableCodePlugin()`.
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { h, select, type Element } from '@astrojs/starlight/expressive-code/hast';
import { exerciseName, metaToDataAttributes, type BlockMeta } from '../../schemas/block-meta.ts';
import { exercisesOfFile } from '../../exercises/in-source.ts';
import type { ExerciseSpec } from '../../exercises/spec.ts';
import { assertFencesClosed, fencesOf, isPython, locatePythonBlock } from './fences.ts';
import { metaErrorMessage, parseFenceMeta } from './python-blocks.ts';
import { blockHash, loadReferences, type BlockReference } from './reference.ts';
import { blockStyles } from './styles.ts';
import { needsThreads } from './client/code-features.ts';
import { formatDuration } from './client/format.ts';
import { writeOfflineManifest } from '../../service-worker/manifest.ts';

interface BlockInfo { meta: BlockMeta; pythonIndex?: number; reference?: BlockReference; python?: string; exercise?: ExerciseSpec }

export interface RunnableCodeOptions {
  /** CPython's recorded runs to show on the blocks (tests point it at their own file). */
  referenceFile?: string;
}

export function runnableCodePlugin(options: RunnableCodeOptions = {}): ExpressiveCodePlugin {
  const infos = new WeakMap<object, BlockInfo>();
  return definePlugin({
    name: 'runnable-code',
    baseStyles: blockStyles,
    hooks: {
      preprocessMetadata({ codeBlock }) {
        const file = codeBlock.parentDocument?.sourceFilePath ?? '';
        if (file) assertFencesClosed(fencesOf(file), relative(process.cwd(), file)); // any language
        if (!isPython(codeBlock.language)) return;
        const { line, pythonIndex } = file ? locatePythonBlock(fencesOf(file), codeBlock.code, codeBlock.meta) : {};
        // The same parsing as the example checker (python-blocks.ts): one schema, one message.
        const parsed = parseFenceMeta(codeBlock.meta);
        if (!parsed.ok) throw new Error(metaErrorMessage(file && relative(process.cwd(), file), line, codeBlock.meta, parsed.errors));
        // CPython's recorded run (npm run check:examples), shown on the block; none for a block
        // edited since, for exercise starters (their output is not the point) and norun blocks.
        const refs = loadReferences(options.referenceFile);
        const { meta } = parsed;
        const reference = meta.exercise || meta.norun || meta.test ? undefined : refs.blocks[blockHash(codeBlock.code)];
        const exercise = file && (exerciseName(meta) || meta.test) ? exerciseOf(file, meta) : undefined;
        infos.set(codeBlock, { meta, pythonIndex, reference, python: refs.python, exercise });
      },
      postprocessRenderedBlock({ codeBlock, renderData }) {
        const info = infos.get(codeBlock);
        if (!info) return;
        const attrs = metaToDataAttributes(info.meta);
        if (info.meta.test && info.meta.hidden) {
          // Hidden tests: their code never reaches the page's text, only the exercise's data.
          renderData.blockAst = h('p', { className: 'rb-hidden-tests', ...attrs },
            'Hidden tests: they run when you press Check; their code is not shown.');
          return;
        }
        if (info.meta.norun || info.meta.test) {
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

/** The named exercise's spec (its tests) for an exercise block; for a test block, only the
 *  file's authoring errors matter. Either way a mistake fails the build. */
function exerciseOf(file: string, meta: BlockMeta): ExerciseSpec | undefined {
  const found = exercisesOfFile(file);
  if (found.errors.length) throw new Error(`${relative(process.cwd(), file)}: ${found.errors.join('\n  ')}`);
  const id = exerciseName(meta);
  return id ? found.exercises.find((e) => e.spec.id === id)?.spec : undefined;
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
    ...(info.exercise ? [button('check', 'Check', { title: 'Run the tests on your code' })] : []),
    button('stop', 'Stop', { disabled: true }),
    button('edit', 'Edit', { title: 'Edit this code' }),
    button('reset', 'Reset', { title: 'Restore the original code' }),
    button('copy', 'Copy', { title: 'Copy the code' }),
  ];
  const badge = h('span', { className: 'rb-badge', 'data-badge': '' }, 'not run');
  const side: Element[] = [h('span', { className: 'rb-wall', 'data-wall': '' })];
  const ref = info.reference;
  if (ref) side.push(referenceTime(ref, info.python ?? ''));
  if (meta.exercise) side.unshift(h('span', { className: 'rb-tag' }, 'Exercise'));
  if (meta.solution) side.push(h('a', { className: 'rb-solution', href: meta.solution }, 'Solution'));
  return h('python-block', {
    className: ['rb'],
    'data-status': 'idle',
    'data-code': code,
    ...(info.pythonIndex !== undefined ? { 'data-block-index': String(info.pythonIndex) } : {}),
    ...(info.exercise ? { 'data-tests': JSON.stringify(info.exercise) } : {}),
    ...(needsThreads(code) ? { 'data-needs': 'threads' } : {}),
    ...attrs,
  }, [
    figure,
    h('div', { className: 'rb-bar' }, [
      h('div', { className: 'rb-tools', role: 'group', 'aria-label': 'Python block controls' }, tools),
      h('div', { className: 'rb-info' }, [...side, badge]),
    ]),
    h('p', { className: 'rb-notice', 'data-notice': '', hidden: true }),
    h('div', { className: 'rb-output', role: 'log', 'aria-label': 'Output', 'data-output': '', hidden: true }),
    ...(info.exercise ? [h('div', { className: 'rb-exercise', 'data-exercise-panel': '' })] : []),
    ...(ref ? [expectedOutput(ref, info.python ?? '')] : []),
  ]);
}

/** "CPython: 1.00 s", beside the reader's own wall time. */
function referenceTime(ref: BlockReference, python: string): Element {
  const text = ref.hung ? 'CPython: hangs' : `CPython: ${formatDuration(ref.ms)}`;
  const title = ref.hung
    ? `python3 ${python} never finished this program (stopped after ${formatDuration(ref.ms)})`
    : `Wall time of python3 ${python} running this block when the site was checked`;
  return h('span', { className: 'rb-ref-time', 'data-cpython-ms': String(ref.ms), title }, text);
}

/** What python3 printed for this block, collapsed under it. */
function expectedOutput(ref: BlockReference, python: string): Element {
  const ending = ref.hung ? ', then hangs' : ref.exitCode ? `, exit status ${ref.exitCode}` : '';
  const streams: Element[] = [];
  if (ref.stdout) streams.push(h('pre', { className: 'rb-expected-stdout' }, ref.stdout.replace(/\n$/, '')));
  if (ref.stderr) streams.push(h('pre', { className: 'rb-expected-stderr' }, ref.stderr.replace(/\n$/, '')));
  if (!streams.length) streams.push(h('p', { className: 'rb-expected-none' }, 'No output.'));
  return h('details', { className: 'rb-expected', 'data-expected-output': '' }, [
    h('summary', `Expected output (CPython ${python}${ending})`),
    ...streams,
  ]);
}

/** Adds the client script to every page; it does nothing on pages without python blocks. */
export function runnableCodeIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'runnable-code',
    hooks: {
      'astro:config:setup': ({ injectScript, config }) => {
        base = config.base;
        injectScript('page', `import ${JSON.stringify(new URL('./client/boot.ts', import.meta.url).pathname)};`);
      },
      'astro:build:done': async ({ dir }) => {
        await writeOfflineManifest(dir, base);
      },
    },
  };
}
