// The emotion lane: one smooth curve per persona through its scores (−2 … 2) at each step.
// Each point is a slider: drag it up or down (it snaps to whole scores) or focus it and use the
// arrow keys. Steps a persona has no score for show a hollow point on the neutral line.

import { el, svg } from '../dom.js';
import { stepName } from '../model/journey-queries.js';
import { personaColour } from '../ui/avatar.js';

export const COLUMN_WIDTH = 232;
const HEIGHT = 176;
const PAD = 22;

const yOf = (score, zoom) => (PAD + (2 - score) * ((HEIGHT - 2 * PAD) / 4)) * zoom;

function scoreAt(y, zoom) {
  const raw = 2 - (y / zoom - PAD) / ((HEIGHT - 2 * PAD) / 4);
  return Math.max(-2, Math.min(2, Math.round(raw)));
}

/** The curve through the given points as a smooth path (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points) {
  if (!points.length) return '';
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] || points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] || p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${c1.x},${c1.y} ${c2.x},${c2.y} ${p2.x},${p2.y}`;
  }
  return d;
}

export function emotionCurve(journey, columns, view) {
  const zoom = view.zoom;
  const width = columns.length * COLUMN_WIDTH * zoom;
  const height = HEIGHT * zoom;
  const chart = svg('svg', {
    class: 'emotion-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': 'Emotion curve: drag a point up or down, or focus it and press the arrow keys',
  });
  for (let score = 2; score >= -2; score--) {
    chart.append(svg('line', { class: score === 0 ? 'guide neutral' : 'guide', x1: 0, x2: width, y1: yOf(score, zoom), y2: yOf(score, zoom) }));
  }
  columns.forEach((_, i) => {
    if (i > 0) chart.append(svg('line', { class: 'guide column', x1: i * COLUMN_WIDTH * zoom, x2: i * COLUMN_WIDTH * zoom, y1: 0, y2: height }));
  });
  const personaIds = shownPersonas(journey, view);
  personaIds.forEach((personaId, index) => {
    // Curves of several personas sit a few pixels apart, so equal scores do not hide each other's points.
    const offset = (index - (personaIds.length - 1) / 2) * 8 * zoom;
    chart.append(personaCurve(journey, columns, personaId, { ...view, singleCurve: personaIds.length === 1 }, offset));
  });
  const scale = el('div', { class: 'emotion-scale', 'aria-hidden': 'true' },
    ['+2', '+1', '0', '−1', '−2'].map((label, i) => el('span', { style: `top:${yOf(2 - i, zoom)}px` }, label)));
  return el('div', { class: 'emotion-frame', style: `height:${height}px` }, chart, scale);
}

const shownPersonas = (journey, view) => (journey.personaIds || []).filter((id) => !view.personaFilter || id === view.personaFilter);

/** Which curve is whose, for the emotion lane's header: it sits beside the chart, never over a point. */
export function emotionLegend(journey, view) {
  return el('div', { class: 'emotion-legend' },
    shownPersonas(journey, view).map((id) => el('span', { class: 'legend-item' },
      el('span', { class: 'legend-swatch', style: `background:${personaColour(view.personas, id)}` }),
      view.personas.get(id)?.name || id)));
}

function personaCurve(journey, columns, personaId, view, offset) {
  const zoom = view.zoom;
  const colour = personaColour(view.personas, personaId);
  const name = view.personas.get(personaId)?.name || personaId;
  const scores = new Map((journey.emotions || []).filter((e) => e.personaId === personaId).map((e) => [e.stepId, e.score]));
  const group = svg('g', { class: 'persona-curve', style: `--curve:${colour}`, dataset: { personaId } });
  const points = [];
  columns.forEach(({ step }, i) => {
    if (step && scores.has(step.id)) points.push({ x: (i + 0.5) * COLUMN_WIDTH * zoom + offset, y: yOf(scores.get(step.id), zoom) });
  });
  const area = points.length > 1 ? `${smoothPath(points)} L${points.at(-1).x},${yOf(0, zoom)} L${points[0].x},${yOf(0, zoom)} Z` : '';
  group.append(svg('path', { class: 'curve-area', d: area, fill: colour }));
  group.append(svg('path', { class: 'curve-line', d: smoothPath(points), stroke: colour }));
  columns.forEach(({ step }, i) => {
    if (!step) return;
    const score = scores.get(step.id);
    const handle = svg('circle', {
      class: `emotion-point${score === undefined ? ' unset' : ''}`,
      cx: (i + 0.5) * COLUMN_WIDTH * zoom + offset, cy: yOf(score ?? 0, zoom), r: 7 * Math.max(zoom, 0.8),
      stroke: colour, fill: score === undefined ? '#ffffff' : colour,
      tabindex: view.readOnly ? null : '0', role: 'slider',
      'aria-label': `Emotion of ${name} at ${stepName(journey, step.id)}`,
      'aria-valuemin': -2, 'aria-valuemax': 2, 'aria-valuenow': score ?? 0,
      'aria-valuetext': score === undefined ? 'not scored' : `${score > 0 ? '+' : ''}${score}${noteOf(journey, personaId, step.id)}`,
      'aria-readonly': view.readOnly ? 'true' : null,
      dataset: { personaId, stepId: step.id },
    }, svg('title', {}, `${name} at ${stepName(journey, step.id)}: ${score === undefined ? 'not scored' : score}${noteOf(journey, personaId, step.id)}`));
    if (!view.readOnly) makeDraggable(handle, score, view);
    group.append(handle);
    // With several curves the labels would run into each other; the note stays in the point's title and value text.
    const note = (journey.emotions || []).find((p) => p.personaId === personaId && p.stepId === step.id)?.note;
    if (note && view.singleCurve) group.append(noteLabel(note, handle));
  });
  return group;
}

const noteOf = (journey, personaId, stepId) => {
  const note = (journey.emotions || []).find((p) => p.personaId === personaId && p.stepId === stepId)?.note;
  return note ? `, ${note}` : '';
};

// The note under its point, cut to a line; the whole note is in the point's title and value text.
function noteLabel(note, handle) {
  const cy = Number(handle.getAttribute('cy'));
  const text = note.length > 30 ? `${note.slice(0, 29)}…` : note;
  return svg('text', { class: 'emotion-note', x: handle.getAttribute('cx'), y: cy > 120 ? cy - 12 : cy + 20, 'text-anchor': 'middle', 'aria-hidden': 'true' }, text);
}

function makeDraggable(handle, initialScore, view) {
  const { personaId, stepId } = handle.dataset;
  let dragging = false;
  let score = initialScore;
  handle.addEventListener('pointerdown', (event) => {
    dragging = true;
    score = initialScore ?? 0;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('dragging');
    event.preventDefault();
  });
  handle.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const top = handle.ownerSVGElement.getBoundingClientRect().top;
    score = scoreAt(event.clientY - top, view.zoom);
    handle.setAttribute('cy', yOf(score, view.zoom));
    handle.setAttribute('aria-valuenow', score);
  });
  const finish = () => {
    if (!dragging) return;
    dragging = false;
    handle.classList.remove('dragging');
    if (score !== initialScore) view.onEmotion(personaId, stepId, score);
  };
  handle.addEventListener('pointerup', finish);
  handle.addEventListener('pointercancel', finish);
  handle.addEventListener('keydown', (event) => {
    const delta = { ArrowUp: 1, ArrowRight: 0, ArrowDown: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    const next = Math.max(-2, Math.min(2, (initialScore ?? 0) + delta));
    if (next !== initialScore || initialScore === undefined) view.onEmotion(personaId, stepId, next);
  });
}
