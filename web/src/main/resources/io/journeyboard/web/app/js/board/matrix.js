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

/**
 * With move(opportunity, {effort, value}), an editor drags a dot (or moves the focused one with the arrow keys)
 * to new scores; effort and value come back as whole steps of 1–5.
 */
export function valueEffortMatrix(ranked, selectedId, select, move = null) {
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
    const [dx, dy] = ring(nudge);
    const cx = x(opportunity.effort) + dx;
    const cy = y(value) + dy;
    const dot = svg('g', {
      class: `matrix-dot${selectedId === opportunity.id ? ' selected' : ''}`, tabindex: '0', role: 'button',
      'aria-label': `${index + 1}. ${opportunity.title}: value ${value}, effort ${opportunity.effort}`,
      dataset: { opportunityId: opportunity.id },
    }, svg('title', {}, opportunity.title), svg('circle', { cx, cy, r: 12 }), svg('text', { x: cx, y: cy + 4, 'text-anchor': 'middle' }, String(index + 1)));
    dot.addEventListener('click', () => select(opportunity.id));
    dot.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(opportunity.id); } });
    if (move) draggable(chart, dot, { opportunity, value, cx, cy }, move);
    chart.append(dot);
  });
  return el('figure', { class: 'matrix-figure' }, chart,
    el('figcaption', {}, 'Value is the mean of customer and business value (1–5); effort is 1–5. Numbers match the ranking.',
      move ? el('span', { id: DRAG_HELP }, ' Drag a dot, or focus it and use the arrow keys, to change its effort and value.') : null));
}

const DRAG_HELP = 'matrix-drag-help';

// Dots with the same scores sit in rings around their spot (six close by, then ten further out), so a
// board of many journeys keeps each dot near where its scores put it.
function ring(n) {
  if (n === 0) return [0, 0];
  const [first, radius, count] = n <= 6 ? [1, 25, 6] : [7, 48, 10];
  const angle = (((n - first) % count) / count) * 2 * Math.PI - Math.PI / 2;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}
const clamp = (n) => Math.max(1, Math.min(5, n));
const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

// Pointer drags move the dot with the pointer and report where it was let go; a drag shorter than a
// few pixels is a click. Arrow keys do the same one step at a time, for keyboards.
function draggable(chart, dot, { opportunity, value, cx, cy }, move) {
  dot.classList.add('draggable');
  dot.setAttribute('aria-describedby', DRAG_HELP);
  const toChart = (event) => new DOMPoint(event.clientX, event.clientY).matrixTransform(chart.getScreenCTM().inverse());
  let start = null;
  dot.addEventListener('pointerdown', (event) => {
    start = toChart(event);
    dot.setPointerCapture(event.pointerId);
    dot.classList.add('dragging');
  });
  dot.addEventListener('pointermove', (event) => {
    if (!start) return;
    const at = toChart(event);
    dot.setAttribute('transform', `translate(${at.x - start.x} ${at.y - start.y})`);
  });
  dot.addEventListener('pointerup', (event) => {
    if (!start) return;
    const at = toChart(event);
    const [dx, dy] = [at.x - start.x, at.y - start.y];
    start = null;
    dot.classList.remove('dragging');
    if (Math.hypot(dx, dy) <= 4) { dot.removeAttribute('transform'); return; }
    // where the dot's centre was let go, wherever on the dot the pointer held it
    const effort = clamp(Math.round(0.5 + ((cx + dx - PAD) / span) * 5));
    const newValue = clamp(Math.round(0.5 + ((SIZE - PAD - (cy + dy)) / span) * 5));
    move(opportunity, { effort, value: newValue });
  });
  dot.addEventListener('keydown', (event) => {
    const step = KEYS[event.key];
    if (!step) return;
    event.preventDefault();
    move(opportunity, { effort: clamp(opportunity.effort + step[0]), value: clamp(Math.round(value) + step[1]) });
  });
}
