// Variants: the list with share, length and duration; two picked variants compared side by side; and
// "Filter to this variant", which narrows every other view to its cases.

import { el, replace } from '../dom.js';
import { count, percent, duration, colourOf } from './format.js';
import { figure, text } from './charts.js';
import { svg } from '../dom.js';
import { exportButtons } from './export.js';

export function showVariants(panel, ctx) {
  const results = el('div', { class: 'explore-results' });
  const picked = [];
  const comparison = el('section', { class: 'variant-compare', 'aria-label': 'Compare variants' });
  const run = async () => {
    const answer = await ctx.ask('variants', { limit: 50 }, results);
    if (answer) draw(answer);
  };
  const draw = (answer) => {
    const chart = sharesChart(answer);
    const rows = answer.rows.map((row) => {
      const box = el('input', { type: 'checkbox', 'aria-label': `Compare variant ${row.rank}`, onchange: () => {
        if (box.checked) picked.push(row); else picked.splice(picked.indexOf(row), 1);
        while (picked.length > 2) picked.shift();
        drawComparison(comparison, picked);
      } });
      return el('tr', { 'data-rank': row.rank, 'data-cases': row.cases }, el('td', {}, box), el('td',
        { class: 'number' }, row.rank),
        el('td', { class: 'number' }, count(row.cases)), el('td', { class: 'number' }, percent(row.share)),
        el('td', { class: 'number' }, row.length), el('td', { class: 'number' }, duration(row.medianSeconds)),
        el('td', {}, chips(row.activities, 14)),
        el('td', {}, el('button', { type: 'button', class: 'secondary small',
          onclick: () => ctx.filterToVariant(row) }, 'Filter to this variant')));
    });
    replace(results, el('section', { 'aria-label': 'Variants' },
      el('div', { class: 'view-heading' }, el('h3', {},
        `${count(answer.variantCount)} variants over ${count(answer.casesConsidered)} cases`),
        exportButtons(() => 'variants', () => chart, () => [['rank', 'cases', 'share', 'length', 'mean seconds',
          'median seconds', 'activities'],
          ...answer.rows.map((r) => [r.rank, r.cases, r.share.toFixed(4), r.length, r.meanSeconds, r.medianSeconds,
            r.activities.join(' → ')])])),
      el('div', { class: 'figure-scroll' }, chart),
      el('div', { class: 'table-scroll' }, el('table', { class: 'explore-table variants-table' },
        el('thead', {}, el('tr', {}, ['compare', '#', 'cases', 'share', 'steps', 'median duration', 'activities',
          ''].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows)))), comparison);
  };
  replace(panel, results);
  run();
}

function chips(activities, max) {
  return el('span', { class: 'activity-chips' }, activities.slice(0, max).map((a) => el('span', { class: 'chip',
    style: `border-color: ${colourOf(a)}`, title: a }, a)),
    activities.length > max ? el('span', { class: 'muted small' }, ` +${activities.length - max} more`) : null);
}

function sharesChart(answer) {
  const top = answer.rows.slice(0, 15);
  const chart = figure(640, 40 + top.length * 22 + 10, `Top ${top.length} variants by cases`);
  const max = Math.max(1, ...top.map((r) => r.cases));
  top.forEach((row, i) => {
    const y = 34 + i * 22;
    chart.append(text(12, y + 13, `#${row.rank}`, { 'font-size': 11 }),
      svg('rect', { x: 50, y, width: (420 * row.cases) / max, height: 16, fill: '#4f46e5', rx: 2,
        'data-rank': row.rank, 'data-cases': row.cases }),
      text(56 + (420 * row.cases) / max, y + 13, `${count(row.cases)} · ${percent(row.share)} · ${row.length} steps`,
        { 'font-size': 11 }));
  });
  return chart;
}

/** Two variants aligned on their longest common subsequence: shared steps side by side, the others marked. */
function drawComparison(section, picked) {
  if (picked.length < 2) {
    replace(section, el('p', { class: 'muted' },
      picked.length ? 'Pick one more variant to compare.' : 'Pick two variants to compare them.'));
    return;
  }
  const [a, b] = picked;
  const aligned = align(a.activities, b.activities);
  replace(section, el('h3', {}, `Variant ${a.rank} and variant ${b.rank}`),
    el('p', {}, `${count(a.cases)} vs ${count(b.cases)} cases · ${a.length} vs ${b.length} steps · `
      + `median ${duration(a.medianSeconds)} vs ${duration(b.medianSeconds)}`),
    el('table', { class: 'explore-table compare-table' }, el('thead', {}, el('tr', {}, el('th', {},
      `Variant ${a.rank}`), el('th', {}, `Variant ${b.rank}`))),
      el('tbody', {}, aligned.map(([x, y]) => el('tr', { class: x && y ? 'same' : 'differs' }, el('td', {}, x || '—'),
        el('td', {}, y || '—'))))));
}

function align(a, b) {
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) {
    table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) out.push([a[i++], b[j++]]);
    else if (j >= b.length || (i < a.length && table[i + 1][j] >= table[i][j + 1])) out.push([a[i++], null]);
    else out.push([null, b[j++]]);
  }
  return out;
}
