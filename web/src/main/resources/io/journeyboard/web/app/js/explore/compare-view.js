// Compare: two segments or two periods side by side on the funnel, the paths or the variants, each
// side asked with its own segment and drawn by the same figure as its view.

import { el, field, replace } from '../dom.js';
import { count, percent } from './format.js';
import { funnelQuery } from './funnel-builder.js';
import { funnelChart } from './funnel-chart.js';
import { sankeyChart } from './sankey.js';
import { exportButtons } from './export.js';

export function showCompare(panel, ctx) {
  const compare = ctx.state.compare;
  const view = el('select', { name: 'compare-view', onchange: () => { compare.view = view.value; run(); } },
    [['funnel', 'Funnel'], ['paths', 'Paths'], ['variants', 'Variants']].map(([v, l]) => el('option', { value: v,
      selected: compare.view === v }, l)));
  const sides = ['a', 'b'].map((side) => sideForm(ctx, compare[side], () => run(), side === 'a' ? 'A' : 'B'));
  const results = el('div', { class: 'compare-sides' });
  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    const panes = await Promise.all(['a', 'b'].map(async (side) => {
      const pane = el('section', { class: 'compare-pane', 'aria-label': `Side ${side.toUpperCase()}` });
      const segment = segmentOf(compare[side]);
      const answer = await ctx.ask(queryView(compare.view), query(ctx, compare.view), pane, segment);
      if (answer) drawPane(pane, compare.view, answer, `${side.toUpperCase()}: ${describe(compare[side])}`);
      return pane;
    }));
    if (mine === latest) replace(results, panes);
  };
  replace(panel, el('div', { class: 'explore-stack' },
    el('form', { class: 'explore-controls', onsubmit: (event) => { event.preventDefault(); run(); } },
      field('Compare on', view), ...sides),
    results));
  run();
}

const queryView = (view) => view;

function query(ctx, view) {
  if (view === 'funnel') return funnelQuery(ctx.state.funnel);
  if (view === 'paths') return { activity: ctx.state.paths.activity || ctx.overview.activities[0].activity,
    direction: ctx.state.paths.direction,
    depth: ctx.state.paths.depth, nodesPerLevel: ctx.state.paths.nodesPerLevel, topPaths: 5 };
  return { limit: 10 };
}

function sideForm(ctx, side, changed, label) {
  const attribute = el('select', { 'aria-label': `Side ${label} attribute`,
    onchange: () => { side.attribute = attribute.value; side.value = ''; fill(); changed(); } },
    el('option', { value: '' }, 'all cases'), ctx.overview.attributes.map((a) => el('option', { value: a.name,
      selected: side.attribute === a.name }, a.name)));
  const value = el('select', { 'aria-label': `Side ${label} value`,
    onchange: () => { side.value = value.value; changed(); } });
  const from = el('input', { type: 'date', 'aria-label': `Side ${label} from`, value: side.from || '',
    onchange: () => { side.from = from.value; changed(); } });
  const to = el('input', { type: 'date', 'aria-label': `Side ${label} to`, value: side.to || '',
    onchange: () => { side.to = to.value; changed(); } });
  const fill = () => {
    const found = ctx.overview.attributes.find((a) => a.name === side.attribute);
    replace(value, (found?.values || []).map((v) => el('option', { value: v.value, selected: v.value === side.value },
      `${v.value} (${count(v.cases)})`)));
    if (found && !side.value) side.value = found.values[0]?.value || '';
  };
  fill();
  return el('fieldset', { class: 'compare-side' }, el('legend', {}, `Side ${label}`), attribute, value, from, to);
}

function segmentOf(side) {
  const segment = {};
  if (side.attribute && side.value) segment.attributes = { [side.attribute]: [side.value] };
  if (side.from) segment.from = side.from;
  if (side.to) segment.to = side.to;
  return segment;
}

const describe = (side) => [side.attribute && side.value ? `${side.attribute} = ${side.value}` : 'all cases',
  side.from ? `from ${side.from}` : '', side.to ? `before ${side.to}` : ''].filter(Boolean).join(', ');

function drawPane(pane, view, answer, title) {
  let chart;
  let summary;
  if (view === 'funnel') {
    chart = funnelChart(answer, { title: `${title} · ${count(answer.entered)} entered` });
    const share = percent(answer.entered ? answer.converted / answer.entered : 0);
    summary = `${count(answer.entered)} entered, ${count(answer.converted)} converted (${share})`;
  } else if (view === 'paths') {
    chart = sankeyChart(answer.paths, { title });
    summary = `${count(answer.paths.cases)} cases`;
  } else {
    chart = null;
    summary = `${count(answer.variantCount)} variants over ${count(answer.casesConsidered)} cases`;
  }
  replace(pane, el('div', { class: 'view-heading' }, el('h3', {}, title),
    chart ? exportButtons(() => `compare-${view}`, () => chart, () => [['side', 'summary'], [title, summary]]) : null),
  el('p', { class: 'compare-summary' }, summary),
  chart ? el('div', { class: 'figure-scroll' }, chart)
    : el('ol', {}, answer.rows.map((r) => el('li', {},
      `${count(r.cases)} · ${percent(r.share)} · ${r.activities.join(' → ')}`))));
}
