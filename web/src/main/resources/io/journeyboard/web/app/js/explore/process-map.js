// The process map: the directly-follows graph left to right, edges as wide as their transitions
// (frequency) or coloured by their wait (performance), rework drawn as dashed loops, sliders for how
// many activities and edges to show, and a variant highlighted along its edges.

import { el, svg, field, replace } from '../dom.js';
import { count, duration, clip } from './format.js';
import { figure, text } from './charts.js';
import { layout } from './process-map-layout.js';
import { placeLabels } from './label-placement.js';
import { exportButtons } from './export.js';
import { debounce } from './funnel-view.js';

const W = 170;
const H = 42;
const DX = 240;
const DY = 74;

export function showProcessMap(panel, ctx) {
  const map = ctx.state.map;
  const results = el('div', { class: 'explore-results' });
  const activities = el('input', { type: 'range', name: 'activities', min: 1, max: ctx.overview.activities.length,
    value: Math.min(map.activities, ctx.overview.activities.length), 'aria-label': 'Activities shown' });
  const edges = el('input', { type: 'range', name: 'edges', min: 0, max: 200, value: map.edges,
    'aria-label': 'Edges shown' });
  const labels = { activities: el('output', {}), edges: el('output', {}) };
  const measure = el('select', { name: 'measure', onchange: () => { map.measure = measure.value; run(); } },
    [['frequency', 'Frequency'], ['median', 'Performance: median wait'], ['mean', 'Performance: mean wait']]
      .map(([value, label]) => el('option', { value, selected: map.measure === value }, label)));
  const highlight = el('select', { name: 'highlight',
    onchange: () => { map.highlight = highlight.value ? JSON.parse(highlight.value) : null; run(); } },
    el('option', { value: '' }, 'none'));
  let latest = 0;
  const run = debounce(async () => {
    const mine = ++latest;
    map.activities = Number(activities.value);
    map.edges = Number(edges.value);
    labels.activities.textContent = `${map.activities} activities`;
    labels.edges.textContent = `${map.edges} edges`;
    const answer = await ctx.ask('process-map', { activities: map.activities, edges: map.edges }, results);
    if (!answer || mine !== latest) return;
    edges.max = Math.max(1, answer.edgesBetweenShown);
    draw(results, answer, map);
  }, 150);
  activities.addEventListener('input', run);
  edges.addEventListener('input', run);
  ctx.ask('variants', { limit: 20 }).then((variants) => {
    if (!variants) return;
    for (const row of variants.rows) {
      highlight.append(el('option', { value: JSON.stringify(row.activities),
        selected: JSON.stringify(row.activities) === JSON.stringify(map.highlight) },
        `Variant ${row.rank} (${count(row.cases)} cases, ${row.length} steps)`));
    }
  });
  replace(panel, el('div', { class: 'explore-stack' },
    el('form', { class: 'explore-controls', onsubmit: (event) => event.preventDefault() },
      field('Activities', activities), labels.activities, field('Edges', edges), labels.edges,
      field('View', measure), field('Highlight', highlight)), results));
  run();
}

function draw(results, answer, map) {
  const chart = processMapChart(answer, map);
  replace(results, el('section', { 'aria-label': 'Process map' },
    el('div', { class: 'view-heading' }, el('h3', {},
      `${count(answer.activities.length)} of ${count(answer.activitiesInLog)} activities, `
      + `${count(answer.edges.length)} of ${count(answer.edgesBetweenShown)} edges between them `
      + `· ${count(answer.cases)} cases`),
    exportButtons(() => 'process-map', () => chart, () => [['from', 'to', 'count', 'cases', 'mean seconds',
      'median seconds'],
      ...answer.edges.map((e) => [e.from, e.to, e.count, e.cases, e.meanSeconds, e.medianSeconds])])),
    el('p', { class: 'muted small' }, 'Dashed orange: rework (a transition back to an earlier activity or to itself).'),
    el('div', { class: 'figure-scroll' }, chart)));
}

export function processMapChart(answer, map) {
  const { column, rowOf, columns, isBack } = layout(answer.activities, answer.edges, answer.starts);
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const width = 60 + columns.length * DX;
  const height = 90 + rows * DY + 60;
  const chart = figure(width, height,
    map.measure === 'frequency' ? 'Process map · transitions' : `Process map · ${map.measure} wait`);
  const at = (name) => ({ x: 30 + column.get(name) * DX, y: 50 + rowOf.get(name) * DY });
  const max = Math.max(1, ...answer.edges.map((e) => e.count));
  const waits = answer.edges.map((e) => (map.measure === 'mean' ? e.meanSeconds : e.medianSeconds));
  const maxWait = Math.max(1, ...waits);
  const path = new Set();
  (map.highlight || []).forEach((a, i, all) => { if (i > 0) path.add(`${all[i - 1]}\u0000${a}`); });
  const layer = svg('g', {});
  chart.append(layer);
  // Every edge as a cubic curve (four points): a self-loop above its node, rework below, forwards between.
  const curves = answer.edges.map((edge) => {
    const a = at(edge.from);
    const b = at(edge.to);
    if (edge.from === edge.to) {
      return [[a.x + W - 30, a.y], [a.x + W - 30, a.y - 26], [a.x + W, a.y - 26], [a.x + W, a.y + 8]];
    }
    if (isBack(edge)) {
      const depth = 30 + 14 * Math.abs(column.get(edge.from) - column.get(edge.to));
      const [ax, bx, low] = [a.x + W / 2, b.x + W / 2, Math.max(a.y, b.y) + H + depth];
      return [[ax, a.y + H], [ax, low], [bx, low], [bx, b.y + H]];
    }
    const [x1, y1, x2, y2] = [a.x + W, a.y + H / 2, b.x, b.y + H / 2];
    return [[x1, y1], [x1 + 50, y1], [x2 - 50, y2], [x2 - 6, y2]];
  });
  const contents = answer.edges.map((edge, i) => (map.measure === 'frequency' ? count(edge.count)
    : duration(waits[i])));
  // Labels never overlap a node, the title or one another (label-placement.js).
  const taken = [{ x: 0, y: 0, width, height: 30 },
    ...answer.activities.map((activity) => ({ ...at(activity.activity), width: W + 12, height: H }))];
  const spots = placeLabels(answer.edges.map((edge, i) => ({ curve: curves[i], content: contents[i], fontSize: 10,
    weight: edge.count })), taken);
  answer.edges.forEach((edge, i) => {
    const lit = path.has(`${edge.from}\u0000${edge.to}`);
    const wait = waits[i];
    const colour = map.highlight && !lit ? '#e5e7eb' : lit ? '#db2777'
      : map.measure === 'frequency' ? '#64748b' : `hsl(${Math.round(120 - 120 * (wait / maxWait))}, 70%, 42%)`;
    const [p0, p1, p2, p3] = curves[i];
    const d = `M${p0[0]},${p0[1]} C${p1[0]},${p1[1]} ${p2[0]},${p2[1]} ${p3[0]},${p3[1]}`;
    const rework = edge.from === edge.to || isBack(edge);
    layer.append(svg('path', { d, fill: 'none', stroke: rework && !lit && !map.highlight ? '#ea580c' : colour,
      'stroke-width': 1 + (7 * edge.count) / max, 'stroke-dasharray': rework ? '5 3' : null, 'stroke-opacity': 0.8,
      class: 'map-edge', dataset: { from: edge.from, to: edge.to }, 'data-count': edge.count,
      'data-rework': String(rework),
      'data-highlighted': String(lit) }, svg('title', {},
        `${edge.from} → ${edge.to}: ${count(edge.count)} times in ${count(edge.cases)} cases, `
      + `median wait ${duration(edge.medianSeconds)}, mean ${duration(edge.meanSeconds)}`)));
    layer.append(text(spots[i].at[0], spots[i].at[1], contents[i],
      { 'font-size': 10, 'text-anchor': 'middle', fill: '#374151', class: 'map-edge-label' }));
  });
  const bottom = Math.max(height, ...spots.map((spot) => spot.box.y + spot.box.height + 8));
  if (bottom > height) {
    chart.setAttribute('height', bottom);
    chart.setAttribute('viewBox', `0 0 ${width} ${bottom}`);
    chart.querySelector('rect').setAttribute('height', bottom);
  }
  for (const activity of answer.activities) {
    const { x, y } = at(activity.activity);
    const lit = (map.highlight || []).includes(activity.activity);
    chart.append(svg('g', { class: 'map-node', 'data-activity': activity.activity, 'data-events': activity.events },
      svg('rect', { x, y, width: W, height: H, rx: 8, fill: lit ? '#fdf2f8' : '#eef2ff',
        stroke: lit ? '#db2777' : '#6366f1' }),
      text(x + 8, y + 17, clip(activity.activity, 24), { 'font-size': 11.5, 'font-weight': 600 }),
      text(x + 8, y + 33,
        `${count(activity.events)} events`
          + (activity.casesRepeating ? ` · ${count(activity.casesRepeating)} repeat` : ''),
        { 'font-size': 10.5, fill: '#4b5563' }),
      svg('title', {}, `${activity.activity}: ${count(activity.events)} events in ${count(activity.cases)} cases`)));
  }
  return chart;
}
