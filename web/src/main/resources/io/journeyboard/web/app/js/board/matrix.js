// The value/effort matrix: value (mean of customer and business value) up, effort to the right,
// split into four quadrants. Each opportunity is a numbered dot matching its rank in the list.

import { el, svg } from '../dom.js';

const SIZE = 420;
const PAD = 44;
const span = SIZE - 2 * PAD;
// Scores run 1–5; the axes run 0.5–5.5 so that dots on the extremes stay inside the chart.
const x = (effort) => PAD + ((effort - 0.5) / 5) * span;
const y = (value) => SIZE - PAD - ((value - 0.5) / 5) * span;

const QUADRANTS = [
  { label: 'Quick wins', x: PAD, y: PAD, tone: 'win' },
  { label: 'Big bets', x: SIZE / 2, y: PAD, tone: 'bet' },
  { label: 'Fill-ins', x: PAD, y: SIZE / 2, tone: 'fill' },
  { label: 'Money pits', x: SIZE / 2, y: SIZE / 2, tone: 'pit' },
];

export function valueEffortMatrix(ranked, selectedId, select) {
  const chart = svg('svg', { class: 'matrix', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'group', 'aria-label': 'Value and effort matrix' });
  for (const q of QUADRANTS) {
    chart.append(svg('rect', { class: `quadrant quadrant-${q.tone}`, x: q.x, y: q.y, width: span / 2, height: span / 2 }));
    chart.append(svg('text', { class: 'quadrant-label', x: q.x + 10, y: q.y + 20 }, q.label));
  }
  chart.append(svg('text', { class: 'axis-label', x: SIZE / 2, y: SIZE - 10, 'text-anchor': 'middle' }, 'Effort →'));
  chart.append(svg('text', { class: 'axis-label', x: 14, y: SIZE / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${SIZE / 2})` }, 'Value →'));
  const placed = new Map();
  ranked.forEach((opportunity, index) => {
    const value = (opportunity.customerValue + opportunity.businessValue) / 2;
    const key = `${opportunity.effort}|${value}`;
    const nudge = placed.get(key) || 0;
    placed.set(key, nudge + 1);
    const cx = x(opportunity.effort) + nudge * 22;
    const cy = y(value) - nudge * 10;
    const dot = svg('g', {
      class: `matrix-dot${selectedId === opportunity.id ? ' selected' : ''}`, tabindex: '0', role: 'button',
      'aria-label': `${index + 1}. ${opportunity.title}: value ${value}, effort ${opportunity.effort}`,
      dataset: { opportunityId: opportunity.id },
    }, svg('title', {}, opportunity.title), svg('circle', { cx, cy, r: 12 }), svg('text', { x: cx, y: cy + 4, 'text-anchor': 'middle' }, String(index + 1)));
    dot.addEventListener('click', () => select(opportunity.id));
    dot.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(opportunity.id); } });
    chart.append(dot);
  });
  return el('figure', { class: 'matrix-figure' }, chart,
    el('figcaption', {}, 'Value is the mean of customer and business value (1–5); effort is 1–5. Numbers match the ranking.'));
}
