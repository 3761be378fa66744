// Styles of a block's run summary, timeline and chart (client/run-insights.ts and the views it
// loads), added to the plugin's block styles so they are scoped and shipped the same way. Only
// Starlight's theme variables, so light and dark both work; each span state also differs by
// pattern and bar height, not colour alone.
export const timelineStyles = `
python-block {
  .rb-insights {
    border: 1px solid var(--rb-line); border-top: none; background: var(--sl-color-bg);
    font-family: var(--sl-font, sans-serif); font-size: 0.8125rem;
  }
  .rb-tl-summary { padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--rb-line); }
  .rb-tl-summary p { margin: 0; line-height: 1.5; }
  .rb-tl-summary p + p { margin-top: 0.2rem; }
  .rb-tl-facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
  .rb-tl-key { color: var(--rb-muted); }
  .rb-tl-facts strong { font-variant-numeric: tabular-nums; }
  .rb-tl-cpu { color: var(--sl-color-gray-2); font-variant-numeric: tabular-nums; }
  .rb-tl-lesson { color: var(--sl-color-text); }
  .rb-tl-cycle { color: var(--sl-color-red-high); font-weight: 600; }

  .rb-timeline > summary { cursor: pointer; padding: 0.3rem 0.75rem; font-weight: 600; color: var(--sl-color-text); }
  .rb-timeline > summary:focus-visible { outline: 2px solid var(--sl-color-accent); outline-offset: -2px; }
  .rb-tl-brief { font-weight: 400; color: var(--rb-muted); }
  .rb-tl-main { padding: 0 0.75rem 0.6rem; }
  .rb-tl-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; padding: 0.2rem 0 0.4rem; }
  .rb-tl-btn { padding: 0.05rem 0.55rem; min-width: 2rem; justify-content: center; font-weight: 600; }
  .rb-tl-range { color: var(--rb-muted); font-variant-numeric: tabular-nums; margin-inline-end: auto; padding-inline-start: 0.3rem; }
  .rb-tl-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; margin: 0; padding: 0; list-style: none; color: var(--sl-color-gray-2); }
  .rb-tl-legend li { display: inline-flex; align-items: center; gap: 0.3rem; margin: 0; }
  .rb-tl-legend svg { display: block; }

  .rb-tl-frame { position: relative; } /* the tooltip may hang over what follows */
  .rb-tl-svg { display: block; width: 100%; height: auto; user-select: none; touch-action: pan-y; font-size: 11px; }
  .rb-tl-svg text { fill: var(--sl-color-gray-2); font-family: var(--sl-font, sans-serif); }
  .rb-tl-axis text { fill: var(--rb-muted); font-variant-numeric: tabular-nums; }
  .rb-tl-grid { stroke: var(--sl-color-hairline); stroke-width: 1; }
  .rb-tl-band { fill: transparent; }
  .rb-tl-lane:nth-of-type(odd) .rb-tl-band { fill: color-mix(in srgb, var(--sl-color-gray-6) 70%, transparent); }
  .rb-tl-name { font-size: 12px; fill: var(--sl-color-text) !important; }

  .rb-tl-span { stroke-width: 1; cursor: default; }
  .rb-tl-span:focus { outline: none; }
  .rb-tl-span:focus-visible, .rb-tl-span:hover { stroke: var(--sl-color-text); stroke-width: 2; }
  .rb-tl-running { fill: var(--sl-color-green); stroke: var(--sl-color-green-high); }
  .rb-tl-runnable { stroke: var(--sl-color-green); }
  .rb-tl-waiting { stroke: var(--sl-color-orange-high); }
  .rb-tl-sleeping { stroke: var(--sl-color-blue-high); }
  .rb-tl-outside { fill: var(--sl-color-gray-4); stroke: none; }
  .rb-tl-in-cycle { stroke: var(--sl-color-red-high); stroke-width: 2; }
  .rb-tl-pat-waiting .rb-tl-pat-bg { fill: var(--sl-color-orange-low); }
  .rb-tl-pat-waiting .rb-tl-pat-fg { stroke: var(--sl-color-orange); stroke-width: 2.5; }
  .rb-tl-pat-runnable .rb-tl-pat-bg { fill: var(--sl-color-green-low); }
  .rb-tl-pat-runnable .rb-tl-pat-fg { stroke: var(--sl-color-green); stroke-width: 1.5; }
  .rb-tl-pat-sleeping .rb-tl-pat-bg { fill: var(--sl-color-blue-low); }
  .rb-tl-pat-sleeping .rb-tl-pat-dot { fill: var(--sl-color-blue-high); }
  .rb-tl-pat-cycle .rb-tl-pat-bg { fill: var(--sl-color-red-low); }
  .rb-tl-pat-cycle .rb-tl-pat-fg { stroke: var(--sl-color-red); stroke-width: 2.5; }
  .rb-tl-arrow { fill: none; stroke: var(--sl-color-red-high); stroke-width: 2; stroke-linejoin: round; }
  .rb-tl-arrowhead path { fill: var(--sl-color-red-high); }

  .rb-tl-tip {
    position: absolute; z-index: 2; max-width: min(22rem, 90%); pointer-events: none;
    display: flex; flex-direction: column; gap: 0.1rem; padding: 0.35rem 0.55rem; border-radius: 0.35rem;
    color: var(--sl-color-text); background: var(--sl-color-bg-nav);
    border: 1px solid var(--sl-color-gray-5); box-shadow: var(--sl-shadow-md);
  }
  .rb-tl-tip-cycle { color: var(--sl-color-red-high); font-weight: 600; }
  .rb-tl-help { margin: 0.3rem 0 0; color: var(--rb-muted); font-size: 0.75rem; }

  .rb-tl-text > summary { cursor: pointer; color: var(--rb-muted); margin-top: 0.3rem; }
  .rb-tl-table { display: table; width: 100%; margin: 0.3rem 0 0; border-collapse: collapse; font-size: 0.75rem; font-variant-numeric: tabular-nums; }
  .rb-tl-table caption { text-align: start; color: var(--rb-muted); padding-bottom: 0.2rem; }
  .rb-tl-table th, .rb-tl-table td { padding: 0.1rem 0.4rem; border-bottom: 1px solid var(--rb-line); text-align: start; }
  .rb-tl-row-cycle { color: var(--sl-color-red-high); }

  .rb-chart { padding: 0.45rem 0.75rem; border-bottom: 1px solid var(--rb-line); }
  .rb-chart-figure { margin: 0; }
  .rb-chart-figure figcaption { font-weight: 600; margin-bottom: 0.3rem; }
  .rb-chart-panels { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
  .rb-chart-panel { flex: 0 1 18rem; min-width: 13rem; } /* equal panels: equal text size */
  .rb-chart-title { margin: 0; color: var(--sl-color-gray-2); font-weight: 600; }
  .rb-chart-svg { display: block; width: 100%; height: auto; font-size: 11px; }
  .rb-chart-svg text { font-family: var(--sl-font, sans-serif); }
  .rb-chart-label { fill: var(--sl-color-text); }
  .rb-chart-value, .rb-chart-tick { fill: var(--rb-muted); font-variant-numeric: tabular-nums; }
  .rb-chart-grid { stroke: var(--sl-color-hairline); }
  .rb-chart-c0 { fill: var(--sl-color-gray-4); }
  .rb-chart-c1 { fill: var(--sl-color-blue); }
  .rb-chart-c2 { fill: var(--sl-color-orange); }
  .rb-chart-c3 { fill: var(--sl-color-purple); }
  .rb-chart-c4 { fill: var(--sl-color-green); }
  .rb-chart-c5 { fill: var(--sl-color-red); }
}
`;
