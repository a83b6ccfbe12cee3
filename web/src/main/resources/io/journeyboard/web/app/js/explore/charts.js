// Small SVG figures the views share: a histogram and a line chart, drawn with presentation attributes
// so that an exported file looks as it does on screen.

import { svg } from '../dom.js';
import { count, percent, clip } from './format.js';

export const FONT = 'Inter, system-ui, sans-serif';

export function text(x, y, content, attrs = {}) {
  return svg('text', { x, y, 'font-family': FONT, 'font-size': 12, fill: '#1f2937', ...attrs }, content);
}

/**
 * A figure: an <svg> with a white background and a title line. One whose parts can be clicked or focused
 * (interactive: true) is a labelled group rather than an image, which may not hold controls.
 */
export function figure(width, height, title, label, { interactive = false } = {}) {
  return svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: interactive ? 'group' : 'img',
    'aria-label': label || title },
    svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    text(12, 20, title, { 'font-size': 14, 'font-weight': 600 }));
}

/** bins: names; counts: numbers, one per bin. */
export function histogram(title, bins, counts, { width = 560, height = 230 } = {}) {
  const chart = figure(width, height, title);
  const max = Math.max(1, ...counts);
  const left = 44;
  const bottom = height - 48;
  const slot = (width - left - 12) / bins.length;
  counts.forEach((n, i) => {
    const h = ((bottom - 34) * n) / max;
    const x = left + i * slot + 3;
    chart.append(svg('rect', { x, y: bottom - h, width: slot - 6, height: h, fill: '#6366f1', rx: 2,
      'data-bin': bins[i], 'data-cases': n }, svg('title', {}, `${bins[i]}: ${count(n)} cases`)));
    if (n > 0) chart.append(text(x + (slot - 6) / 2, bottom - h - 4, count(n), { 'text-anchor': 'middle',
      'font-size': 10 }));
    chart.append(text(x + (slot - 6) / 2, bottom + 14, clip(bins[i], 11), { 'text-anchor': 'middle', 'font-size': 9.5,
      fill: '#6b7280' }));
  });
  chart.append(svg('line', { x1: left, x2: width - 10, y1: bottom, y2: bottom, stroke: '#9ca3af' }));
  return chart;
}

/** series: [{name, values (0..1 or null)}] over the labels of x. */
export function lineChart(title, labels, series, { width = 560, height = 250 } = {}) {
  const chart = figure(width, height, title);
  const left = 44;
  const right = width - 150;
  const top = 34;
  const bottom = height - 40;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = bottom - (bottom - top) * tick;
    chart.append(svg('line', { x1: left, x2: right, y1: y, y2: y, stroke: '#e5e7eb' }),
      text(left - 6, y + 4, percent(tick), { 'text-anchor': 'end', 'font-size': 10, fill: '#6b7280' }));
  }
  const step = labels.length > 1 ? (right - left) / (labels.length - 1) : 0;
  const colours = ['#4f46e5', '#db2777', '#16a34a', '#ca8a04', '#0891b2', '#7c3aed', '#ea580c', '#65a30d'];
  series.forEach((line, s) => {
    const points = line.values.map((v, i) => (v === null ? null : [left + i * step, bottom - (bottom - top) * v]))
      .filter(Boolean);
    const colour = colours[s % colours.length];
    chart.append(svg('polyline', { points: points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: colour,
      'stroke-width': 2, 'data-series': line.name }));
    points.forEach(([x, y]) => chart.append(svg('circle', { cx: x, cy: y, r: 2.5, fill: colour })));
    chart.append(svg('rect', { x: right + 14, y: top + s * 18 - 9, width: 10, height: 10, fill: colour }),
      text(right + 30, top + s * 18, clip(line.name, 18), { 'font-size': 11 }));
  });
  const every = Math.max(1, Math.ceil(labels.length / 6));
  labels.forEach((label, i) => {
    if (i % every === 0) chart.append(text(left + i * step, bottom + 16, label, { 'text-anchor': 'middle',
      'font-size': 10, fill: '#6b7280' }));
  });
  return chart;
}
