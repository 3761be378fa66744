// The code editor, CodeMirror 6, loaded (dynamic import) only when a reader starts editing.
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, highlightActiveLineGutter } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { HighlightStyle, syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

export interface Editor {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
  destroy(): void;
}

// Colours are CSS variables (set per light/dark theme in the block styles).
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: 'var(--rb-hl-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--rb-hl-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--rb-hl-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--rb-hl-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: 'var(--rb-hl-function)' },
  { tag: [t.className, t.definition(t.className), t.standard(t.variableName)], color: 'var(--rb-hl-class)' },
  { tag: [t.self, t.special(t.variableName)], color: 'var(--rb-hl-keyword)', fontStyle: 'italic' },
]);

export function createEditor(
  parent: HTMLElement,
  code: string,
  hooks: { onChange(code: string): void; onRun(): void; label: string },
): Editor {
  const run = () => (hooks.onRun(), true);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Ctrl-Enter', mac: 'Cmd-Enter', run }, { key: 'Shift-Enter', run }])),
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
        indentOnInput(), bracketMatching(), indentUnit.of('    '),
        python(), syntaxHighlighting(highlight),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': hooks.label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) hooks.onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (next) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
