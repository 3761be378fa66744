// `chart=bars`: the table a block printed (Challenge 10's measured times) drawn as horizontal
// bars, one small panel per measured column, one bar per row. Each panel has its own scale: a
// shared one let the processes' start-up (seconds: a new interpreter per worker) flatten every
// other bar; within a panel the rows compare, which is the lesson. Each row keeps its colour
// across panels and every bar carries its label and value, so colour is never the only cue; the
// SVG is role=img with the numbers in its label (the printed table stays in the output as text).
// d3-scale for the same reason as the timeline (nice domain and ticks); loaded lazily.
import { scaleLinear } from 'd3-scale';
import type { PrintedTable } from './printed-table.ts';
import { htmlEl, svgEl } from './svg.ts';

const W = 300;
const LABEL_W = 84;
const BAR_H = 16;
const GAP = 6;
const TOP = 8;
const AXIS_H = 18;

export function showBarChart(host: HTMLElement, table: PrintedTable, label: string): void {
  const value = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
  const wrap = htmlEl('figure', { class: 'rb-chart-figure' });
  wrap.append(htmlEl('figcaption', {}, `${label}: your run's measurements`));
  const panels = htmlEl('div', { class: 'rb-chart-panels' });
  table.columns.slice(1).forEach((column, c) => {
    const height = TOP + table.rows.length * (BAR_H + GAP) + AXIS_H;
    const words = table.rows.map((r) => `${r.label} ${value(r.values[c]!)}`).join(', ');
    const svg = svgEl('svg', {
      class: 'rb-chart-svg', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': `${column}: ${words}`,
      'data-column': column,
    });
    const axisY = TOP + table.rows.length * (BAR_H + GAP);
    const max = Math.max(...table.rows.map((r) => r.values[c]!), 0);
    const x = scaleLinear().domain([0, max || 1]).nice().range([LABEL_W, W - 40]);
    const ticks = x.ticks(4);
    const format = x.tickFormat(4);
    for (const t of ticks) {
      svg.append(
        svgEl('line', { class: 'rb-chart-grid', x1: x(t), x2: x(t), y1: TOP - 4, y2: axisY }),
        svgEl('text', { class: 'rb-chart-tick', x: x(t), y: axisY + 13, 'text-anchor': 'middle' }, format(t)),
      );
    }
    table.rows.forEach((row, r) => {
      const y = TOP + r * (BAR_H + GAP);
      const v = row.values[c]!;
      svg.append(
        svgEl('text', { class: 'rb-chart-label', x: LABEL_W - 6, y: y + BAR_H / 2 + 4, 'text-anchor': 'end' }, row.label),
        svgEl('rect', {
          class: `rb-chart-bar rb-chart-c${r % 6}`, x: LABEL_W, y, height: BAR_H, rx: 2,
          width: Math.max(1, x(Math.max(0, v)) - LABEL_W), 'data-label': row.label, 'data-value': v,
        }),
        svgEl('text', { class: 'rb-chart-value', x: x(Math.max(0, v)) + 4, y: y + BAR_H / 2 + 4 }, value(v)),
      );
    });
    const panel = htmlEl('div', { class: 'rb-chart-panel' });
    panel.append(htmlEl('p', { class: 'rb-chart-title', 'aria-hidden': 'true' }, column), svg);
    panels.append(panel);
  });
  wrap.append(panels);
  host.replaceChildren(wrap);
  host.hidden = false;
}
