// Keyboard use of the editor. Undo/redo anywhere outside a text box; on a focused card,
// Enter edits, Delete removes and Alt+arrow keys move the card (plain arrows move the focus: map/grid-navigation.js).
// On a focused stage, step or lane header, Enter renames and Alt+arrow keys move it.

import { moveCard, cellCards, findCard } from '../model/journey-edits.js';
import { holdsCards } from '../model/lane-kinds.js';
import { columnsOf } from '../model/journey-queries.js';
import { editCardText, removeCard } from './card-actions.js';
import { moveStage, moveStep, moveLane, renameThing, stageItems, stepItems, laneItems } from './structure-menus.js';
import { openMenu } from '../ui/menu.js';

export function bindKeyboard(editor) {
  const onKey = (event) => {
    if (event.target.closest?.('input, textarea, select, dialog, .popup-menu')) return;
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) editor.session.redo(); else editor.session.undo();
      return;
    }
    if (ctrl && event.key.toLowerCase() === 'y') { event.preventDefault(); editor.session.redo(); return; }
    if (event.key === 'Escape' && editor.view.selected) { editor.select(null); return; }
    const node = event.target;
    if (node.dataset?.cardId) onCardKey(event, editor, node.dataset.cardId);
    else if (node.matches?.('.stage-header, .step-header, .lane-header')) onHeaderKey(event, editor, node);
  };
  // On the document, not the screen: after a dialog or menu closes the focus may sit on the body.
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function onCardKey(event, editor, cardId) {
  if (event.key === 'Enter' || event.key === 'F2') { event.preventDefault(); editCardText(editor, cardId); return; }
  if (event.key === 'Delete' || event.key === 'Backspace') { event.preventDefault(); removeCard(editor, cardId); return; }
  const direction = DIRECTIONS[event.key];
  if (!direction || !event.altKey) return;
  event.preventDefault();
  moveCardBy(editor, cardId, ...direction);
}

/** Alt+Left/Right: to the same lane in the next step. Alt+Up/Down: up or down in the cell, then into the next card lane. */
function moveCardBy(editor, cardId, dx, dy) {
  const journey = editor.session.current;
  const card = findCard(journey, cardId);
  const steps = columnsOf(journey).filter((c) => c.step).map((c) => c.step.id);
  const lanes = journey.lanes.filter((l) => holdsCards(l.kind)).map((l) => l.id);
  let laneId = card.laneId;
  let stepId = card.stepId;
  let beforeId = null;
  if (dx) {
    stepId = steps[steps.indexOf(card.stepId) + dx];
    if (!stepId) return;
  } else {
    const cell = cellCards(journey, card.laneId, card.stepId);
    const index = cell.findIndex((c) => c.id === cardId);
    if (dy < 0 && index > 0) beforeId = cell[index - 1].id;
    else if (dy > 0 && index < cell.length - 1) beforeId = cell[index + 2]?.id ?? null;
    else {
      laneId = lanes[lanes.indexOf(card.laneId) + dy];
      if (!laneId) return;
      beforeId = dy > 0 ? cellCards(journey, laneId, stepId)[0]?.id ?? null : null;
    }
  }
  editor.session.change('Move card', (j) => moveCard(j, cardId, laneId, stepId, beforeId));
  editor.view.selected = { type: 'card', id: cardId };
  editor.render();
  editor.focusSelected();
}

function onHeaderKey(event, editor, node) {
  const { stageId, stepId, laneId } = node.dataset;
  const isStage = node.matches('.stage-header');
  const isStep = node.matches('.step-header');
  if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    const journey = editor.session.current;
    if (isStage) renameThing(editor, 'stage', stageId, journey.stages.find((s) => s.id === stageId).name);
    else if (isStep) renameThing(editor, 'step', stepId, node.querySelector('.step-name').textContent);
    else renameThing(editor, 'lane', laneId, journey.lanes.find((l) => l.id === laneId).title);
    return;
  }
  if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
    event.preventDefault();
    const button = node.querySelector('.header-menu');
    openMenu(button, isStage ? stageItems(editor, stageId) : isStep ? stepItems(editor, stepId, stageId) : laneItems(editor, laneId));
    return;
  }
  const direction = DIRECTIONS[event.key];
  if (!event.altKey || !direction) return;
  event.preventDefault();
  const [dx, dy] = direction;
  if (isStage && dx) moveStage(editor, stageId, dx);
  else if (isStep && dx) moveStep(editor, stepId, dx);
  else if (!isStage && !isStep && dy) moveLane(editor, laneId, dy);
}
