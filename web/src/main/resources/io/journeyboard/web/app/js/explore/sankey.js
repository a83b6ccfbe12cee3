// A PathSankey answer drawn as columns of nodes (one per level) joined by bands as wide as the cases
// that go from one node to the next. Every level holds every case ("other" and "ended" included), so
// all columns are the same height; clicking "other" asks for more activities on that level.

import { svg } from '../dom.js';
import { count, clip, colourOf } from './format.js';
import { figure, text } from './charts.js';

const COLUMN = 190;
const NODE = 14;
const HEIGHT = 420;
const GAP = 6;

const fill = (node) => (node.kind === 'ended' ? '#d1d5db' : node.kind === 'other' ? '#9ca3af' : colourOf(node.name));

export function sankeyChart(paths, { title, onExpand, onNode } = {}) {
  const levels = paths.levels;
  const width = 40 + levels.length * COLUMN + 60;
  const chart = figure(width, HEIGHT + 90, title || `Paths · ${count(paths.cases)} cases`, undefined,
    { interactive: Boolean(onExpand || onNode) });
  if (!paths.cases) {
    chart.append(text(16, 60, 'No case has this starting point in the chosen segment.'));
    return chart;
  }
  const top = 56;
  const positions = levels.map((level, l) => place(level, l, top, paths.cases));
  const bands = svg('g', { 'fill-opacity': 0.35 });
  chart.append(bands);
  for (let l = 0; l < levels.length - 1; l++) drawLinks(bands, paths.links.filter((k) => k.level === l), positions[l],
    positions[l + 1]);
  levels.forEach((level, l) => {
    const x = 20 + l * COLUMN;
    const total = level.nodes.reduce((sum, node) => sum + node.cases, 0);
    const column = svg('g', { class: 'sankey-level', 'data-level': l, 'data-total': total });
    column.append(text(x, top - 12, l === 0 ? 'start' : `${paths.backward ? '−' : '+'}${l} · ${count(total)}`,
      { 'font-size': 11, fill: '#6b7280', class: 'sankey-level-total' }));
    for (const node of level.nodes) {
      const at = positions[l].get(node.name);
      const expandable = node.kind === 'other' && onExpand;
      const group = svg('g', { class: 'sankey-node', 'data-name': node.name, 'data-kind': node.kind,
        'data-cases': node.cases,
        cursor: expandable || onNode ? 'pointer' : null, tabindex: expandable ? 0 : null,
          role: expandable ? 'button' : null,
        'aria-label': expandable ? `Show ${level.hiddenActivities} more activities at level ${l}` : null });
      group.append(svg('rect', { x, y: at.y, width: NODE, height: Math.max(1, at.height), fill: fill(node), rx: 2 }),
        svg('title', {},
          `${node.name}: ${count(node.cases)} cases`
            + (expandable ? ` (${level.hiddenActivities} activities; click to show more)` : '')));
      if (at.height >= 11) {
        group.append(text(x + NODE + 4, at.y + Math.min(at.height / 2 + 4, 12),
          `${clip(node.name, 22)} ${count(node.cases)}`,
          { 'font-size': 10.5, fill: node.kind === 'activity' ? '#111827' : '#4b5563' }));
      }
      if (expandable) {
        group.addEventListener('click', () => onExpand(l));
        group.addEventListener('keydown', (event) => { if (event.key === 'Enter') onExpand(l); });
      } else if (onNode && node.kind === 'activity') {
        group.addEventListener('click', () => onNode(node, l));
      }
      column.append(group);
    }
    chart.append(column);
  });
  return chart;
}

/** Node name to {y, height, outAt, inAt} (the next free place for a band leaving or entering it). */
function place(level, l, top, cases) {
  const gaps = GAP * Math.max(0, level.nodes.length - 1);
  const scale = (HEIGHT - gaps) / cases;
  const positions = new Map();
  let y = top;
  for (const node of level.nodes) {
    const height = node.cases * scale;
    positions.set(node.name, { y, height, outAt: y, inAt: y, scale, x: 20 + l * COLUMN });
    y += height + GAP;
  }
  return positions;
}

function drawLinks(group, links, from, to) {
  for (const link of links) {
    const a = from.get(link.from);
    const b = to.get(link.to);
    if (!a || !b) continue;
    const thickness = link.cases * a.scale;
    const x1 = a.x + NODE;
    const x2 = b.x;
    const y1 = a.outAt + thickness / 2;
    const y2 = b.inAt + (link.cases * b.scale) / 2;
    a.outAt += thickness;
    b.inAt += link.cases * b.scale;
    const middle = (x1 + x2) / 2;
    group.append(svg('path', { d: `M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`, fill: 'none',
      stroke: link.to === 'ended' ? '#d1d5db' : colourOf(link.from === 'other' ? link.to : link.from),
      'stroke-opacity': 0.35, 'stroke-width': Math.max(1, thickness), dataset: { from: link.from, to: link.to },
      'data-cases': link.cases }, svg('title', {}, `${link.from} → ${link.to}: ${count(link.cases)} cases`)));
  }
}

/** The Sankey's links as CSV rows. */
export function sankeyRows(paths) {
  return [['level', 'from activity', 'to activity', 'cases'], ...paths.links.map((l) => [l.level, l.from, l.to, l.cases])];
}
