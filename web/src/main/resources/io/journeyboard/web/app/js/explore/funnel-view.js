// The funnel builder: the form beside the drawn funnel, its breakdown table, the time to convert per
// step, the conversion trend, and, on a click on a drop-off, the paths those cases took instead.

import { el, replace } from '../dom.js';
import { count, percent, duration } from './format.js';
import { funnelBuilder, funnelQuery } from './funnel-builder.js';
import { funnelChart } from './funnel-chart.js';
import { sankeyChart, sankeyRows } from './sankey.js';
import { histogram, lineChart } from './charts.js';
import { exportButtons } from './export.js';
import { breakdownTable, breakdownRows, funnelRows } from './funnel-tables.js';

export function showFunnel(panel, ctx) {
  const funnel = ctx.state.funnel;
  const results = el('div', { class: 'explore-results', 'aria-live': 'polite' });
  let request = 0;
  const run = async () => {
    const mine = ++request;
    const query = { ...funnelQuery(funnel), breakdown: funnel.breakdown };
    const answer = await ctx.ask('funnel', query, results);
    if (answer && mine === request) ctx.timeDraw('funnel', results, () => drawResults(results, answer, ctx, query));
  };
  const useJourney = async () => {
    const answer = await ctx.ask('funnel', { journey: ctx.journeyId }, results);
    if (!answer) return;
    funnel.steps = answer.steps.map((s) => ({ name: s.name, activities: s.activities, optional: s.optional }));
    showFunnel(panel, ctx);
  };
  replace(panel, el('div', { class: 'explore-split' },
    funnelBuilder(funnel, ctx.overview, { onChange: debounce(run, 250), onUseJourney: useJourney }), results));
  run();
}

function drawResults(results, answer, ctx, query) {
  const dropOff = el('section', { class: 'drop-off-paths', 'aria-label': 'Paths after a drop-off' });
  const onDropOff = async (step) => {
    const paths = await ctx.ask('drop-off', { ...query, step, depth: 5, nodesPerLevel: 6 }, dropOff);
    if (!paths) return;
    const title = `Where the ${count(paths.paths.cases)} cases that reached "${paths.from}" `
      + `but not "${paths.missed}" went`;
    let figure = sankeyChart(paths.paths, { title });
    replace(dropOff, el('div', { class: 'view-heading' }, el('h3', {}, title),
      exportButtons(() => `drop-off-${step + 1}`, () => figure, () => sankeyRows(paths.paths))), figure);
    dropOff.scrollIntoView({ block: 'nearest' });
  };
  const chart = funnelChart(answer, { onDropOff });
  const sections = [
    el('section', { 'aria-label': 'Funnel' }, el('div', { class: 'view-heading' },
      el('h3', {}, `${count(answer.entered)} entered · ${count(answer.converted)} converted `
        + `(${percent(answer.entered ? answer.converted / answer.entered : 0)})`),
      exportButtons(() => 'funnel', () => chart, () => funnelRows(answer))),
    answer.note ? el('p', { class: 'muted' }, `Note: ${answer.note}.`) : null,
    el('div', { class: 'figure-scroll' }, chart),
    el('p', { class: 'muted small' }, 'Click a pink drop-off band to see where those cases went instead.')),
    dropOff];
  if (answer.breakdown) {
    sections.push(el('section', { 'aria-label': 'Breakdown' }, el('div', { class: 'view-heading' },
      el('h3', {}, `Breakdown by ${answer.breakdown.attributes.join(' × ')}`),
      exportButtons(() => 'funnel-breakdown', () => chart, () => breakdownRows(answer))), breakdownTable(answer)));
  }
  sections.push(timeToConvert(answer), trend(answer));
  replace(results, sections);
}

function timeToConvert(answer) {
  const steps = answer.timeToConvert.steps;
  const section = el('section', { 'aria-label': 'Time to convert' });
  if (steps.length < 2) return section;
  const choice = el('select', { 'aria-label': 'Step', onchange: () => draw() },
    steps.slice(1).map((s, i) => el('option', { value: i + 1 }, `${i + 2}. ${s.name}`)));
  const holder = el('div', { class: 'figure-scroll' });
  let chart;
  const draw = () => {
    const step = steps[Number(choice.value)];
    chart = histogram(`Time to reach "${step.name}" from the step before · median ${duration(step.seconds.median)}, `
      + `90% within ${duration(step.seconds.p90)}`, answer.timeToConvert.bins, step.counts);
    replace(holder, chart);
  };
  draw();
  return el('section', { 'aria-label': 'Time to convert' }, el('div', { class: 'view-heading' }, el('h3', {},
    'Time to convert'), choice,
    exportButtons(() => 'time-to-convert', () => chart, () => [['step', ...answer.timeToConvert.bins, 'median seconds',
      'p90 seconds'],
      ...steps.map((s) => [s.name, ...s.counts, s.seconds.median, s.seconds.p90])])), holder);
}

function trend(answer) {
  const points = answer.trend.points;
  const labels = points.map((p) => p.start.slice(0, 10));
  const series = answer.figures.slice(1).slice(-6).map((step) => {
    const s = answer.figures.indexOf(step);
    return { name: step.name, values: points.map((p) => (p.entered ? p.reached[s] / p.entered : null)) };
  });
  const chart = lineChart(`Conversion from entry, per ${answer.trend.period.toLowerCase()} of entry`, labels, series);
  return el('section', { 'aria-label': 'Conversion trend' }, el('div', { class: 'view-heading' }, el('h3', {},
    'Conversion trend'),
    exportButtons(() => 'conversion-trend', () => chart, () => [['period', 'entered',
      ...answer.figures.map((f) => f.name)],
      ...points.map((p) => [p.start, p.entered, ...p.reached])])), el('div', { class: 'figure-scroll' }, chart));
}

export function debounce(action, ms) {
  let timer = null;
  return () => { clearTimeout(timer); timer = setTimeout(action, ms); };
}
