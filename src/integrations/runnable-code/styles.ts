// Styles of a runnable block, declared by the Expressive Code plugin (scoped to .expressive-code
// by the engine). Colours come from Starlight's theme variables so light and dark both work.
import { timelineStyles } from './timeline-styles.ts';
import { exerciseStyles } from './exercise-styles.ts';

export const blockStyles = `
python-block {
  display: block;
  /* A lesson has dozens of blocks: the browser lays out and paints only those near the screen
     (Lighthouse: main-thread style and layout at load). */
  content-visibility: auto;
  contain-intrinsic-size: auto 16rem;
  --rb-pass: var(--sl-color-green-high);
  --rb-fail: var(--sl-color-red-high);
  --rb-warn: var(--sl-color-orange-high);
  --rb-muted: var(--sl-color-gray-3);
  --rb-line: var(--sl-color-hairline-light);
  --rb-panel: var(--sl-color-gray-6);
  /* Editor syntax colours, after Night Owl (the highlighted code's theme) */
  --rb-hl-keyword: #c792ea; --rb-hl-string: #ecc48d; --rb-hl-number: #f78c6c;
  --rb-hl-comment: #809191; --rb-hl-function: #82aaff; --rb-hl-class: #ffcb8b;
  :root[data-theme='light'] & {
    --rb-hl-keyword: #994cc3; --rb-hl-string: #c96765; --rb-hl-number: #aa0982;
    --rb-hl-comment: #6c7280; --rb-hl-function: #4876d6; --rb-hl-class: #111111;
  }

  [hidden] { display: none !important; } /* Expressive Code's reset would show them */
  .frame pre { max-height: none; }
  .frame.rb-editing pre { display: none; }
  .rb-editor { border: 1px solid var(--rb-line); border-top: none; font-size: var(--sl-text-code, 0.875rem); }
  .rb-editor .cm-editor { max-height: 36rem; background: var(--sl-color-bg); }
  .rb-editor .cm-editor.cm-focused { outline: 2px solid var(--sl-color-accent); outline-offset: -2px; }
  .rb-editor .cm-scroller { font-family: var(--__sl-font-mono, monospace); line-height: 1.65; }
  .rb-editor .cm-gutters { background: var(--rb-panel); color: var(--rb-muted); border-right: 1px solid var(--rb-line); }

  .rb-bar {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem;
    padding: 0.4rem 0.5rem; background: var(--rb-panel);
    border: 1px solid var(--rb-line); border-top: none;
    font-family: var(--sl-font, sans-serif); font-size: 0.8125rem;
  }
  .rb-tools, .rb-info { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem; }
  /* A touch target at least 24 px tall (WCAG 2.5.8; Lighthouse's target-size audit). */
  .rb-solution { display: inline-flex; align-items: center; min-height: 24px; padding: 0 0.25rem; }
  .rb-btn {
    display: inline-flex; align-items: center; gap: 0.3rem; cursor: pointer;
    padding: 0.2rem 0.65rem; border-radius: 0.3rem; line-height: 1.4; font: inherit; font-weight: 600;
    color: var(--sl-color-text); background: var(--sl-color-bg); border: 1px solid var(--sl-color-gray-5);
  }
  .rb-btn:hover:not(:disabled) { border-color: var(--sl-color-accent); }
  .rb-btn:focus-visible { outline: 2px solid var(--sl-color-accent); outline-offset: 1px; }
  .rb-btn:disabled { opacity: 0.45; cursor: default; }
  .rb-run { color: var(--sl-color-text-invert); background: var(--sl-color-accent); border-color: var(--sl-color-accent); }
  .rb-run:hover:not(:disabled) { background: var(--sl-color-accent-high); border-color: var(--sl-color-accent-high); }
  .rb-icon::before { font-size: 0.7em; }
  .rb-run .rb-icon::before { content: '▶'; }
  .rb-stop .rb-icon::before { content: '■'; }
  .rb-btn[data-done]::after { content: ' ✓'; color: var(--rb-pass); }

  .rb-badge {
    padding: 0.1rem 0.55rem; border-radius: 1rem; font-weight: 600; white-space: nowrap;
    border: 1px solid var(--sl-color-gray-5); color: var(--rb-muted);
  }
  &[data-status='running'] .rb-badge { color: var(--sl-color-blue-high); border-color: currentColor; }
  &[data-status='passed'] .rb-badge { color: var(--rb-pass); border-color: currentColor; }
  &[data-status='failed'] .rb-badge, &[data-status='error'] .rb-badge { color: var(--rb-fail); border-color: currentColor; }
  &[data-status='stopped'] .rb-badge, &[data-status='deadlock'] .rb-badge { color: var(--rb-warn); border-color: currentColor; }
  &[data-status='running'] .rb-badge::before { content: '● '; animation: rb-pulse 1s ease-in-out infinite; }
  .rb-wall { color: var(--rb-muted); font-variant-numeric: tabular-nums; }
  .rb-ref-time { color: var(--rb-muted); font-variant-numeric: tabular-nums; }
  .rb-wall:not(:empty) + .rb-ref-time::before { content: '· '; }
  .rb-expected {
    border: 1px solid var(--rb-line); border-top: none; background: var(--sl-color-bg);
    font-family: var(--sl-font, sans-serif); font-size: 0.8125rem;
  }
  .rb-expected > summary { cursor: pointer; padding: 0.3rem 0.75rem; color: var(--rb-muted); }
  .rb-expected > pre, .rb-expected > p {
    margin: 0; padding: 0.4rem 0.75rem; max-height: 18rem; overflow: auto; white-space: pre-wrap;
    font-family: var(--__sl-font-mono, monospace); line-height: 1.5; border-top: 1px solid var(--rb-line);
  }
  .rb-expected-stderr { color: var(--rb-fail); }
  .rb-tag {
    font-weight: 600; color: var(--sl-color-accent-high); background: var(--sl-color-accent-low);
    padding: 0.05rem 0.5rem; border-radius: 0.3rem;
  }
  .rb-solution { color: var(--sl-color-text-accent); }

  .rb-notice {
    margin: 0; padding: 0.5rem 0.75rem; font-family: var(--sl-font, sans-serif); font-size: 0.8125rem;
    color: var(--sl-color-orange-high); background: var(--sl-color-orange-low);
    border: 1px solid var(--rb-line); border-top: none;
  }
  .rb-progress { display: block; width: 100%; height: 0.25rem; margin: 0; accent-color: var(--sl-color-accent); }

  .rb-output {
    margin: 0; max-height: 24rem; overflow: auto; padding: 0.5rem 0;
    border: 1px solid var(--rb-line); border-top: none; background: var(--sl-color-bg);
    font-family: var(--__sl-font-mono, monospace); font-size: 0.8125rem; line-height: 1.5;
  }
  .rb-line { display: flex; gap: 0.75rem; padding: 0 0.75rem; white-space: pre-wrap; word-break: break-word; }
  /* Thousands of lines: lay out only those scrolled into view (a flood keeps 5,000). */
  .rb-line { content-visibility: auto; contain-intrinsic-size: auto 1.5em; }
  .rb-chunk { display: contents; }
  .rb-line > .rb-t { flex: none; min-width: 4.2em; text-align: right; color: var(--rb-muted); user-select: none; font-variant-numeric: tabular-nums; }
  .rb-line > .rb-text { flex: 1; min-width: 0; }
  .rb-stderr > .rb-text { color: var(--rb-fail); }
  .rb-stderr { background: color-mix(in srgb, var(--sl-color-red-low) 45%, transparent); }
  .rb-assert.rb-pass > .rb-text { color: var(--rb-pass); }
  .rb-assert.rb-fail > .rb-text { color: var(--rb-fail); font-weight: 600; }
  .rb-meta > .rb-text { color: var(--rb-muted); font-style: italic; }
}

@keyframes rb-pulse { 50% { opacity: 0.3; } }

@at-root .rb-boot {
  position: fixed; inset-inline-end: 1rem; inset-block-end: 1rem; z-index: 100;
  display: flex; flex-direction: column; gap: 0.35rem; min-width: 14rem;
  padding: 0.6rem 0.8rem; border-radius: 0.5rem; font-size: 0.8125rem;
  color: var(--sl-color-text); background: var(--sl-color-bg-nav);
  border: 1px solid var(--sl-color-hairline); box-shadow: var(--sl-shadow-md);
}
@at-root .rb-boot progress { width: 100%; accent-color: var(--sl-color-accent); }
` + timelineStyles + exerciseStyles;
