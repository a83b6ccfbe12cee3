// Paths as a Sankey forwards from, or backwards to, an activity: depth and width are controls, a click
// on "other" shows more activities on that level, a click on an activity starts the paths there; the
// most common whole paths are listed beside it.

import { el, field, replace } from '../dom.js';
import { count, percent } from './format.js';
import { sankeyChart, sankeyRows } from './sankey.js';
import { exportButtons } from './export.js';

export function showPaths(panel, ctx) {
  const paths = ctx.state.paths;
  paths.activity ||= ctx.overview.activities[0]?.activity;
  const results = el('div', { class: 'explore-results' });
  const activity = el('select', { name: 'activity',
    onchange: () => { paths.activity = activity.value; paths.expand = {}; run(); } },
    ctx.overview.activities.map((a) => el('option', { value: a.activity, selected: a.activity === paths.activity },
      `${a.activity} (${count(a.cases)} cases)`)));
  const direction = el('select', { name: 'direction',
    onchange: () => { paths.direction = direction.value; paths.expand = {}; run(); } },
    el('option', { value: 'forward', selected: paths.direction === 'forward' }, 'forwards from'),
    el('option', { value: 'backward', selected: paths.direction === 'backward' }, 'backwards to'));
  const depth = el('input', { type: 'number', name: 'depth', min: 1, max: 50, value: paths.depth,
    onchange: () => { paths.depth = Math.min(50, Math.max(1, Number(depth.value) || 5)); run(); } });
  const width = el('input', { type: 'number', name: 'nodes', min: 1, max: 100, value: paths.nodesPerLevel,
    onchange: () => { paths.nodesPerLevel = Math.min(100, Math.max(1, Number(width.value) || 6)); run(); } });

  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    const answer = await ctx.ask('paths', { activity: paths.activity, direction: paths.direction, depth: paths.depth,
      nodesPerLevel: paths.nodesPerLevel, expand: paths.expand, topPaths: 15 }, results);
    if (answer && mine === latest) ctx.timeDraw('paths', results, () => draw(answer.paths));
  };
  const draw = (sankey) => {
    const chart = sankeyChart(sankey, {
      title: `Paths ${paths.direction === 'forward' ? 'after' : 'before'} "${paths.activity}" `
        + `· ${count(sankey.cases)} cases`,
      onExpand: (level) => { paths.expand = { ...paths.expand, [level]: (paths.expand[level] || 0) + 5 }; run(); },
      onNode: (node) => { paths.activity = node.name; paths.expand = {}; activity.value = node.name; run(); },
    });
    replace(results,
      el('section', { 'aria-label': 'Sankey' }, el('div', { class: 'view-heading' }, el('h3', {}, 'Paths'),
        exportButtons(() => 'paths', () => chart, () => sankeyRows(sankey))),
      el('p', { class: 'muted small' }, 'Every column holds every case: "other" gathers the less common activities '
        + '(click it to show more), "ended" the cases whose journey stopped. Click an activity to start from it.'),
      el('div', { class: 'figure-scroll' }, chart)),
      el('section', { 'aria-label': 'Top paths' }, el('div', { class: 'view-heading' }, el('h3', {},
        'Most common paths'),
        exportButtons(() => 'top-paths', () => chart, () => [['path', 'ended', 'cases', 'share'],
          ...sankey.topPaths.map((p) => [p.activities.join(' → '), p.ended, p.cases, p.share.toFixed(4)])])),
      el('ol', { class: 'top-paths' }, sankey.topPaths.map((p) => el('li', { 'data-cases': p.cases },
        el('span', { class: 'path-share' }, `${count(p.cases)} · ${percent(p.share)}`),
        el('span', {},
          (p.activities.length ? p.activities.join(' → ') : '(nothing)') + (p.ended ? ' · ended' : '')))))));
  };
  replace(panel, el('div', { class: 'explore-stack' },
    el('form', { class: 'explore-controls', onsubmit: (event) => { event.preventDefault(); run(); } },
      field('Direction', direction), field('Activity', activity), field('Steps', depth), field('Activities per step',
        width)),
    results));
  run();
}
