// Drag and drop of cards with the pointer: a card follows the pointer as a ghost, the cell under
// it shows where it will land, and dropping moves it there (before the card under the pointer).
// Pointer events rather than HTML drag and drop, so touch and pen work too.

import { moveCard } from '../model/journey-edits.js';
import { holdsCards } from '../model/lane-kinds.js';

const THRESHOLD = 5;

export function bindCardDrag(scroller, editor) {
  scroller.addEventListener('pointerdown', (event) => {
    if (editor.view.readOnly) return;
    const card = event.target.closest('[data-card-id]');
    if (!card || event.button !== 0 || event.target.closest('textarea, button')) return;
    const start = { x: event.clientX, y: event.clientY };
    let ghost = null;
    let target = null;

    const move = (e) => {
      if (!ghost) {
        if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD) return;
        ghost = startGhost(card, e);
      }
      ghost.style.transform = `translate(${e.clientX - ghost.offsetX}px, ${e.clientY - ghost.offsetY}px) rotate(1.5deg)`;
      target?.cell.classList.remove('drop-target');
      target = dropTarget(editor, e.clientX, e.clientY, card.dataset.cardId);
      target?.cell.classList.add('drop-target');
      autoScroll(scroller, e);
    };
    const up = () => {
      document.removeEventListener('pointermove', move);
      document.removeEventListener('pointerup', up);
      if (!ghost) return;
      ghost.remove();
      card.classList.remove('drag-source');
      target?.cell.classList.remove('drop-target');
      if (target) {
        const id = card.dataset.cardId;
        editor.session.change('Move card', (j) => moveCard(j, id, target.laneId, target.stepId, target.beforeId));
        editor.view.selected = { type: 'card', id };
        editor.render();
        editor.focusSelected();
      }
    };
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', up);
  });
}

function startGhost(card, event) {
  const rect = card.getBoundingClientRect();
  const ghost = card.cloneNode(true);
  ghost.classList.add('drag-ghost');
  window.getSelection()?.removeAllRanges();
  ghost.removeAttribute('tabindex');
  ghost.setAttribute('aria-hidden', 'true');
  ghost.style.width = `${rect.width}px`;
  ghost.offsetX = event.clientX - rect.left;
  ghost.offsetY = event.clientY - rect.top;
  document.body.append(ghost);
  card.classList.add('drag-source');
  return ghost;
}

/** The cell under the point and the card the dragged one would go before, or null. */
function dropTarget(editor, x, y, draggedId) {
  const cell = document.elementsFromPoint(x, y).find((node) => node.matches?.('.lane-cell[data-step-id]'));
  if (!cell) return null;
  const lane = editor.session.current.lanes.find((l) => l.id === cell.dataset.laneId);
  if (!lane || !holdsCards(lane.kind)) return null;
  const before = [...cell.querySelectorAll('[data-card-id]')]
    .find((node) => node.dataset.cardId !== draggedId && node.getBoundingClientRect().top + node.offsetHeight / 2 > y);
  return { cell, laneId: lane.id, stepId: cell.dataset.stepId, beforeId: before?.dataset.cardId ?? null };
}

// Near the scroller's edges the map scrolls, so a card can travel across a wide map.
function autoScroll(scroller, event) {
  const rect = scroller.getBoundingClientRect();
  const edge = 48;
  if (event.clientX > rect.right - edge) scroller.scrollLeft += 16;
  if (event.clientX < rect.left + edge + 200) scroller.scrollLeft -= 16;
  if (event.clientY > rect.bottom - edge) scroller.scrollTop += 16;
}
