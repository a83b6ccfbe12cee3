// What drives conversion: for the funnel of the funnel builder, each activity and attribute value with
// the odds of reaching the last step with it against without it, drawn as a forest plot (the ratio
// and its 95% interval on a log scale), with the case counts in the table.

import { el, svg, replace } from '../dom.js';
import { count, percent, clip } from './format.js';
import { figure, text } from './charts.js';
import { funnelQuery } from './funnel-builder.js';
import { exportButtons } from './export.js';

export function showDrivers(panel, ctx) {
  const results = el('div', { class: 'explore-results' });
  replace(panel, results);
  ctx.ask('drivers', { ...funnelQuery(ctx.state.funnel), minCases: 10, limit: 30 }, results).then((answer) => {
    if (!answer) return;
    const chart = forestPlot(answer);
    const label = (d) => (d.value === null ? d.name : `${d.name} = ${d.value}`);
    replace(results, el('section', { 'aria-label': 'Drivers' },
      el('div', { class: 'view-heading' }, el('h3', {}, `What raises or lowers the odds of reaching "${answer.goal}"`),
        exportButtons(() => 'drivers', () => chart, () => [['kind', 'factor', 'value', 'cases with', 'converted with',
          'cases without',
          'converted without', 'odds ratio', 'low 95%', 'high 95%', 'significant'],
        ...answer.drivers.map((d) => [d.kind, d.name, d.value, d.casesWith, d.convertedWith, d.casesWithout,
          d.convertedWithout,
          d.oddsRatio.toFixed(3), d.low.toFixed(3), d.high.toFixed(3), d.significant])])),
      el('p', { class: 'muted small' },
        `Among the ${count(answer.entered)} cases that entered the funnel (${count(answer.converted)} converted). `
        + 'Ranked by the interval bound nearest to "no effect"; a factor whose interval crosses 1 may be chance. '
        + 'Presence anywhere in the case is counted, so a factor can be a consequence rather than a cause.'),
      el('div', { class: 'figure-scroll' }, chart),
      el('div', { class: 'table-scroll' }, el('table', { class: 'explore-table drivers-table' },
        el('thead', {}, el('tr', {}, ['factor', 'cases with', 'converted with', 'without', 'converted without',
          'odds ratio (95%)', '']
          .map((h) => el('th', {}, h)))),
        el('tbody', {}, answer.drivers.map((d) => el('tr', { 'data-factor': label(d),
          class: d.significant ? null : 'muted' },
          el('td', {}, label(d)), el('td', { class: 'number' }, count(d.casesWith)),
          el('td', { class: 'number' }, percent(d.convertedWith / d.casesWith)), el('td', { class: 'number' },
            count(d.casesWithout)),
          el('td', { class: 'number' }, percent(d.casesWithout ? d.convertedWithout / d.casesWithout : 0)),
          el('td', { class: 'number' }, `${d.oddsRatio.toFixed(2)} (${d.low.toFixed(2)}–${d.high.toFixed(2)})`),
          el('td', {}, d.significant ? (d.oddsRatio > 1 ? 'raises' : 'lowers') : 'not significant'))))))));
  });
}

function forestPlot(answer) {
  const drivers = answer.drivers.slice(0, 25);
  const width = 760;
  const left = 300;
  const right = width - 30;
  const chart = figure(width, 50 + drivers.length * 20 + 30, 'Odds ratio of converting, with 95% interval (log scale)');
  const bound = Math.max(2, ...drivers.flatMap((d) => [d.high,
    1 / d.low]).filter(Number.isFinite).map((v) => Math.min(v, 1000)));
  const x = (v) => left + ((Math.log(Math.min(Math.max(v, 1 / bound),
    bound)) + Math.log(bound)) / (2 * Math.log(bound))) * (right - left);
  chart.append(svg('line', { x1: x(1), x2: x(1), y1: 32, y2: 40 + drivers.length * 20, stroke: '#9ca3af',
    'stroke-dasharray': '4 3' }),
    text(x(1), 44 + drivers.length * 20 + 12, '1 (no effect)', { 'text-anchor': 'middle', 'font-size': 10,
      fill: '#6b7280' }));
  drivers.forEach((d, i) => {
    const y = 44 + i * 20;
    const colour = !d.significant ? '#9ca3af' : d.oddsRatio > 1 ? '#16a34a' : '#dc2626';
    chart.append(text(12, y + 4, clip(d.value === null ? d.name : `${d.name} = ${d.value}`, 44), { 'font-size': 11 }),
      svg('line', { x1: x(d.low), x2: x(d.high), y1: y, y2: y, stroke: colour, 'stroke-width': 2 }),
      svg('circle', { cx: x(d.oddsRatio), cy: y, r: 4, fill: colour, 'data-odds': d.oddsRatio }));
  });
  return chart;
}
