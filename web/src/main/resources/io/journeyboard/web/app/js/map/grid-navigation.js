// The map grid is one tab stop: Tab enters it on the element last visited (or the selected one) and the
// next Tab leaves it. Inside, the arrow keys move the focus to the nearest element in that direction
// (headers, cards, the "+" buttons, emotion points: along one persona's curve first); PageUp and PageDown
// move up and down also where the arrow keys mean something else (an emotion point's score).

const ITEMS = '[data-card-id], [data-opportunity-id], .stage-header[data-stage-id], .step-header[data-step-id],'
  + ' .lane-header[data-lane-id], .emotion-point, .add-card, .grid-action';
const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1], PageUp: [0, -1], PageDown: [0, 1] };

/** A name for a grid element that survives a redraw: the same card, header or point after any change. */
export function itemKey(node) {
  const d = node.dataset;
  if (d.cardId) return `card:${d.cardId}`;
  if (d.opportunityId) return `opportunity:${d.opportunityId}`;
  if (node.matches('.emotion-point')) return `emotion:${d.personaId}|${d.stepId}`;
  if (node.matches('.add-card')) return `add:${d.laneId || ''}|${d.stepId || ''}`;
  if (node.matches('.stage-header')) return `stage:${d.stageId}`;
  if (node.matches('.step-header')) return `step:${d.stepId}`;
  if (node.matches('.lane-header')) return `lane:${d.laneId}`;
  return `action:${d.action}|${d.stageId || ''}`;
}

/**
 * Takes every element of a freshly drawn grid out of the tab order but one: the one named by
 * view.focusKey, else the selected one, else the first card, else the first header.
 */
export function assignTabStop(grid, view) {
  const items = [...grid.querySelectorAll(ITEMS)];
  for (const node of grid.querySelectorAll('button, [tabindex]')) node.setAttribute('tabindex', '-1');
  const byKey = (key) => key && items.find((node) => itemKey(node) === key);
  const selected = view.selected?.id ? items.find((node) => node.matches(`[data-card-id="${CSS.escape(view.selected.id)}"],`
    + ` [data-opportunity-id="${CSS.escape(view.selected.id)}"]`)) : null;
  const stop = byKey(view.focusKey) || selected || grid.querySelector('[data-card-id]') || items[0];
  stop?.setAttribute('tabindex', '0');
}

/** Arrow-key movement inside the grid of a scroller; view.focusKey follows the focus. */
export function bindGridNavigation(scroller, view) {
  scroller.addEventListener('focusin', (event) => {
    const item = event.target.closest?.(ITEMS);
    if (!item || !scroller.contains(item)) return;
    view.focusKey = itemKey(item);
    for (const node of scroller.querySelectorAll('.map-grid [tabindex="0"]')) if (node !== item) node.setAttribute('tabindex', '-1');
    item.setAttribute('tabindex', '0');
  });
  scroller.addEventListener('keydown', (event) => {
    const direction = DIRECTIONS[event.key];
    if (!direction || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const item = event.target.closest?.(ITEMS);
    if (!item || event.target.closest('textarea, input, select')) return;
    const next = nearest(scroller, item, ...direction);
    event.preventDefault();
    next?.focus();
  });
}

// The element whose centre lies in the direction asked, preferring those in line with this one.
function nearest(scroller, from, dx, dy) {
  const here = centre(from.getBoundingClientRect());
  let best = null;
  let bestScore = Infinity;
  for (const node of scroller.querySelectorAll(`.map-grid :is(${ITEMS})`)) {
    if (node === from || node.closest('[hidden]')) continue;
    const there = centre(node.getBoundingClientRect());
    const along = dx ? (there.x - here.x) * dx : (there.y - here.y) * dy;
    const across = Math.abs(dx ? there.y - here.y : there.x - here.x);
    if (along <= 4) continue;
    // Along an emotion curve the next point is the same persona's; another persona's curve is reached at its end.
    const otherCurve = from.dataset.personaId && node.dataset.personaId && from.dataset.personaId !== node.dataset.personaId;
    const score = along + across * 3 + (otherCurve ? 10000 : 0);
    if (score < bestScore) { best = node; bestScore = score; }
  }
  return best;
}

const centre = (rect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
