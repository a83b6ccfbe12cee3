// The funnel's figures as tables and CSV rows: the steps, and the breakdown whose rows add up to the
// whole funnel (shown as the total row under them).

import { el } from '../dom.js';
import { count, percent } from './format.js';

export function funnelRows(answer) {
  return [['step', 'optional', 'cases', 'entered here', 'continued', 'drop-off', 'conversion from previous',
    'conversion from start'],
    ...answer.figures.map((s) => [s.name, s.optional, s.cases, s.enteredHere, s.continued, s.dropOff,
      s.conversionFromPrevious.toFixed(4), s.conversionFromStart.toFixed(4)])];
}

export function breakdownRows(answer) {
  const { attributes, rows } = answer.breakdown;
  return [[...attributes, 'entered', ...answer.figures.map((f) => f.name)],
    ...rows.map((r) => [...r.values, r.funnel.entered, ...r.funnel.steps.map((s) => s.cases)]),
    [...attributes.map((a, i) => (i === 0 ? 'total' : '')), answer.entered, ...answer.figures.map((f) => f.cases)]];
}

export function breakdownTable(answer) {
  const { attributes, rows } = answer.breakdown;
  const cells = (funnel) => funnel.steps.map((s) => el('td', { class: 'number', 'data-cases': s.cases },
    count(s.cases), el('span', { class: 'muted small' }, ` ${percent(s.conversionFromStart)}`)));
  return el('div', { class: 'table-scroll' }, el('table', { class: 'explore-table breakdown-table' },
    el('thead', {}, el('tr', {}, attributes.map((a) => el('th', {}, a)), el('th', { class: 'number' }, 'entered'),
      answer.figures.map((f, i) => el('th', { class: 'number', title: f.name }, `${i + 1}. ${f.name}`)))),
    el('tbody', {}, rows.map((row) => el('tr', { class: row.other ? 'other-row' : null },
      row.values.map((v) => el('td', {}, v)), el('td', { class: 'number' }, count(row.funnel.entered)),
        cells(row.funnel)))),
    el('tfoot', {}, el('tr', { class: 'total-row' }, el('th', { colspan: attributes.length },
      'Total (the whole funnel)'),
      el('td', { class: 'number' }, count(answer.entered)),
      answer.figures.map((s) => el('td', { class: 'number', 'data-cases': s.cases }, count(s.cases)))))));
}
