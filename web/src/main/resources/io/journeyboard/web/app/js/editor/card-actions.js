// Adding, editing (in place) and deleting cards, and selecting whatever is clicked or focused.

import { el } from '../dom.js';
import { addCard, addOpportunity, updateCard, deleteCard, findCard } from '../model/journey-edits.js';
import { promptText } from '../ui/dialog.js';

/** What a grid element stands for, as a selection: {type, id} or null. */
export function selectionOf(node) {
  const target = node.closest('[data-card-id], [data-opportunity-id], .stage-header, .step-header, .lane-header');
  if (!target) return null;
  if (target.dataset.cardId) return { type: 'card', id: target.dataset.cardId };
  if (target.dataset.opportunityId) return { type: 'opportunity', id: target.dataset.opportunityId };
  if (target.matches('.stage-header')) return { type: 'stage', id: target.dataset.stageId };
  if (target.matches('.step-header') && target.dataset.stepId) return { type: 'step', id: target.dataset.stepId };
  if (target.matches('.lane-header') && target.dataset.laneId) return { type: 'lane', id: target.dataset.laneId };
  return null;
}

export function bindCardActions(scroller, editor) {
  scroller.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action="add-card"]');
    if (action) {
      startNewCard(editor, action);
      return;
    }
    const addOpportunityButton = event.target.closest('[data-action="add-opportunity"]');
    if (addOpportunityButton) {
      newOpportunity(editor, addOpportunityButton.dataset.stepId);
      return;
    }
    const selection = selectionOf(event.target);
    if (selection && !event.target.closest('textarea')) editor.select(selection);
  });
  scroller.addEventListener('focusin', (event) => {
    const selection = selectionOf(event.target);
    if (selection && event.target.matches('[data-card-id], [data-opportunity-id], .stage-header, .step-header, .lane-header')) {
      editor.select(selection);
    }
  });
  scroller.addEventListener('dblclick', (event) => {
    const card = event.target.closest('[data-card-id]');
    if (card) editCardText(editor, card.dataset.cardId);
  });
}

/** Opens an empty text box in the cell; Enter (or leaving it) adds the card, Escape drops it. */
export function startNewCard(editor, addButton) {
  const { laneId, stepId } = addButton.dataset;
  const input = textBox('', 'New card text');
  const draft = el('div', { class: 'card card-draft' }, input);
  addButton.before(draft);
  addButton.hidden = true;
  input.focus();
  finishOnEnter(input, (text) => {
    draft.remove();
    addButton.hidden = false;
    if (!text) return;
    let created;
    editor.session.change('Add card', (journey) => { created = addCard(journey, laneId, stepId, text); });
    editor.view.selected = { type: 'card', id: created.id };
    editor.render();
    editor.focusSelected();
  });
}

/** Turns a card's text into a text box; Enter or leaving it saves, Escape restores. */
export function editCardText(editor, cardId) {
  if (editor.view.readOnly) return;
  const node = editor.nodeOf(cardId);
  const card = findCard(editor.session.current, cardId);
  if (!node || !card) return;
  const paragraph = node.querySelector('.card-text');
  const input = textBox(card.text, 'Card text');
  paragraph.replaceWith(input);
  node.classList.add('editing');
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  finishOnEnter(input, (text) => {
    node.classList.remove('editing');
    if (text && text !== card.text) {
      editor.session.change('Edit card', (journey) => updateCard(journey, cardId, { text }));
    } else {
      input.replaceWith(paragraph);
    }
    editor.focusSelected();
  });
}

export function removeCard(editor, cardId) {
  const cards = editor.session.current.cards || [];
  const index = cards.findIndex((c) => c.id === cardId);
  const neighbour = cards.find((c, i) => i > index && c.laneId === cards[index].laneId && c.stepId === cards[index].stepId);
  editor.session.change('Delete card', (journey) => deleteCard(journey, cardId));
  editor.view.selected = neighbour ? { type: 'card', id: neighbour.id } : null;
  editor.render();
  editor.focusSelected();
}

function textBox(value, label) {
  const input = el('textarea', { class: 'card-input', rows: 3, maxlength: 10000, 'aria-label': label });
  input.value = value;
  const grow = () => { input.style.height = 'auto'; input.style.height = `${input.scrollHeight}px`; };
  input.addEventListener('input', grow);
  requestAnimationFrame(grow);
  return input;
}

// Enter saves (Shift+Enter is a new line), Escape cancels, leaving the box saves. done runs once.
function finishOnEnter(input, done) {
  let finished = false;
  const finish = (text) => {
    if (finished) return;
    finished = true;
    done(text);
  };
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); finish(input.value.trim()); }
    if (event.key === 'Escape') { event.preventDefault(); finish(null); }
  });
  input.addEventListener('blur', () => finish(input.value.trim()));
}

async function newOpportunity(editor, stepId) {
  const title = await promptText('Add an opportunity', 'What could be improved here?', '', 'Add opportunity');
  if (!title) return;
  let created;
  editor.session.change('Add opportunity', (journey) => { created = addOpportunity(journey, stepId, title); });
  editor.view.selected = { type: 'opportunity', id: created.id };
  editor.render();
  editor.focusSelected();
}
