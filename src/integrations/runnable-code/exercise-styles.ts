// Styles of an exercise's Check results, solution view and progress marks (issue 7). The
// sidebar mark and the lesson's progress line sit outside any code block: @at-root.
export const exerciseStyles = `
python-block {
  button.rb-check { color: var(--sl-color-text-invert); background: var(--rb-pass); border-color: var(--rb-pass); }
  button.rb-check .rb-icon::before { content: '✔'; }
  &[data-solved] .rb-tag { color: var(--rb-pass); background: color-mix(in srgb, var(--sl-color-green-low) 70%, transparent); }
  .rb-exercise {
    border: 1px solid var(--rb-line); border-top: none; background: var(--sl-color-bg);
    font-family: var(--sl-font, sans-serif); font-size: 0.8125rem;
  }
  .rb-exercise-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem; padding: 0.4rem 0.5rem; }
  .rb-exercise-note { color: var(--rb-muted); margin-inline-end: auto; }
  .rb-checks { border-top: 1px solid var(--rb-line); padding: 0.4rem 0.75rem; }
  .rb-check-summary { margin: 0 0 0.3rem; font-weight: 600; }
  &[data-check='passed'] .rb-check-summary { color: var(--rb-pass); }
  &[data-check='failed'] .rb-check-summary { color: var(--rb-fail); }
  .rb-check-list { list-style: none; margin: 0; padding: 0; }
  .rb-check-list > li { margin: 0.15rem 0; }
  li.rb-check.rb-pass > .rb-check-name { color: var(--rb-pass); }
  li.rb-check.rb-fail > .rb-check-name { color: var(--rb-fail); font-weight: 600; }
  .rb-check-tags { color: var(--rb-muted); }
  .rb-check-message, .rb-solution-code {
    margin: 0.2rem 0 0.4rem 1.2rem; padding: 0.3rem 0.5rem; white-space: pre-wrap; word-break: break-word;
    font-family: var(--__sl-font-mono, monospace); font-size: 0.8125rem; line-height: 1.5;
    background: var(--rb-panel); border-radius: 0.25rem; max-height: 16rem; overflow: auto;
  }
  .rb-solution-code { margin: 0; max-height: 28rem; }
  .rb-solution-view {
    display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.5rem;
    border-top: 1px solid var(--rb-line); padding: 0.4rem 0.75rem;
  }
  .rb-solution-title { margin: 0 0 0.2rem; font-weight: 600; }
}

@at-root .rb-hidden-tests {
  margin: 0; padding: 0.4rem 0.75rem; font-size: 0.8125rem; font-style: italic;
  color: var(--sl-color-gray-3); border: 1px dashed var(--sl-color-gray-5); border-radius: 0.3rem;
}
`;

/** Outside Expressive Code's scope: Starlight's sidebar and the lesson text. */
export const progressStyles = `
.rb-sidebar-progress {
  margin-inline-start: auto; padding: 0 0.4rem; border-radius: 1rem; font-size: 0.75rem; font-weight: 600;
  color: var(--sl-color-gray-3); border: 1px solid var(--sl-color-gray-5); white-space: nowrap;
}
.rb-sidebar-progress[data-complete] { color: var(--sl-color-green-high); border-color: currentColor; }
[aria-current='page'] > .rb-sidebar-progress { color: inherit; border-color: currentColor; }
.rb-lesson-progress {
  padding: 0.4rem 0.75rem; border-inline-start: 3px solid var(--sl-color-accent);
  background: var(--sl-color-accent-low); font-size: 0.875rem;
}
`;
