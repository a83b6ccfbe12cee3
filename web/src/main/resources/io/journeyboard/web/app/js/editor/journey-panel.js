// The details panel with nothing selected: the journey itself, what it is for, and the comments on the
// whole journey (anchored to no part of it).

import { el } from '../dom.js';
import { editJourneySettings } from './journey-settings.js';

export function journeyPanel(editor) {
  const journey = editor.session.current;
  return el('div', { class: 'form-stack journey-panel' },
    el('div', { class: 'inspector-heading' }, el('span', { class: 'inspector-kind' }, 'Journey'),
      el('span', { class: 'muted' }, journey.state === 'future' ? 'Future state' : 'Current state')),
    el('h2', {}, journey.name),
    journey.goal ? el('p', {}, el('strong', {}, 'Goal: '), journey.goal) : null,
    journey.description ? el('p', { class: 'journey-description' }, journey.description) : null,
    editor.view.readOnly ? null : el('button', { class: 'secondary small', onclick: () => editJourneySettings(editor) }, 'Edit journey settings'),
    el('p', { class: 'muted' }, 'Select a card, step, stage or opportunity to see and edit its details. Arrow keys move '
      + 'across the map; Enter edits; Alt and an arrow key moves what is selected.'));
}
