// The funnel as horizontal bars, one row per step so that fifty steps stay readable: the bar is the
// cases that reached the step, the pink band after it the cases lost since the previous required step
// (click it to see where they went instead).

import { svg } from '../dom.js';
import { count, percent, clip } from './format.js';
import { figure, text } from './charts.js';

const ROW = 34;
const LABEL = 270;
const BAR = 420;

export function funnelChart(answer, { title, onDropOff } = {}) {
  const figures = answer.figures;
  const height = 44 + figures.length * ROW + 16;
  const width = LABEL + BAR + 270;
  const chart = figure(width, height,
    title || `Funnel · ${count(answer.entered)} cases entered, ${count(answer.converted)} converted`, undefined,
    { interactive: true });
  // fits its panel instead of scrolling: the notes at the right end are part of reading a funnel
  chart.classList.add('funnel-figure');
  const max = Math.max(1, ...figures.map((f) => f.cases));
  const scale = (n) => (BAR * n) / max;
  figures.forEach((step, i) => {
    const y = 40 + i * ROW;
    const row = svg('g', { class: 'funnel-step', 'data-step': i, 'data-cases': step.cases,
      'data-drop-off': step.dropOff });
    row.append(text(12, y + 17, `${i + 1}. ${clip(step.name, 36)}${step.optional ? ' (optional)' : ''}`,
      { 'font-size': 12.5, fill: step.optional ? '#6b7280' : '#111827' }), svg('title', {}, step.name));
    const width = Math.max(2, scale(step.cases));
    row.append(svg('rect', { class: 'funnel-bar', x: LABEL, y: y + 4, width, height: ROW - 10, rx: 3,
      fill: step.optional ? '#a5b4fc' : '#4f46e5' }));
    const previous = previousRequired(figures, i);
    let after = LABEL + width + 8;
    if (previous >= 0 && step.dropOff > 0) {
      const lost = scale(figures[previous].cases) - scale(step.continued);
      const band = svg('rect', { class: 'funnel-drop', x: LABEL + scale(step.continued), y: y + 4, width: Math.max(2,
        lost),
        height: ROW - 10, rx: 3, fill: '#fbcfe8', stroke: '#db2777', 'stroke-dasharray': '3 2', cursor: 'pointer',
        tabindex: step.optional ? null : 0, role: step.optional ? null : 'button',
        'aria-label': `${count(step.dropOff)} cases dropped off before ${step.name}: show where they went` },
      svg('title', {}, `${count(step.dropOff)} dropped off here; click to see the paths they took instead`));
      if (!step.optional && onDropOff) {
        band.addEventListener('click', () => onDropOff(i));
        band.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') onDropOff(i); });
      }
      row.append(band);
      after = Math.max(after, LABEL + scale(figures[previous].cases) + 8);
    }
    row.append(text(after, y + 17, `${count(step.cases)} · ${percent(step.conversionFromStart)}`,
      { class: 'funnel-count', 'font-weight': 600 }));
    if (previous >= 0) {
      row.append(text(after + 110, y + 17, `${percent(step.conversionFromPrevious)} of previous`
        + (step.dropOff ? `, −${count(step.dropOff)}` : ''), { 'font-size': 11, fill: '#6b7280' }));
    }
    chart.append(row);
  });
  return chart;
}

export function previousRequired(figures, i) {
  for (let p = i - 1; p >= 0; p--) if (!figures[p].optional) return p;
  return -1;
}
