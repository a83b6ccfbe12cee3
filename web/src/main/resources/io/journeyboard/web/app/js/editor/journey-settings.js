// The journey's own fields: name, state, goal, description and the personas whose journey it is.

import { el, field } from '../dom.js';
import { openDialog } from '../ui/dialog.js';

/** Drops a persona from a journey with everything that names it (its curve, its card tags). */
function dropPersona(journey, personaId) {
  journey.personaIds = (journey.personaIds || []).filter((id) => id !== personaId);
  journey.emotions = (journey.emotions || []).filter((e) => e.personaId !== personaId);
  for (const card of journey.cards || []) {
    if (card.personaIds) card.personaIds = card.personaIds.filter((id) => id !== personaId);
    if (card.personaIds && !card.personaIds.length) delete card.personaIds;
  }
}

export async function editJourneySettings(editor) {
  const journey = editor.session.current;
  const name = el('input', { type: 'text', value: journey.name, required: true, maxlength: 200 });
  const state = el('select', {},
    el('option', { value: 'current', selected: journey.state !== 'future' }, 'Current state (as customers live it today)'),
    el('option', { value: 'future', selected: journey.state === 'future' }, 'Future state (as it is meant to become)'));
  const goal = el('input', { type: 'text', value: journey.goal || '', maxlength: 10000 });
  const description = el('textarea', { rows: 3, maxlength: 10000 });
  description.value = journey.description || '';
  const chosen = new Set(journey.personaIds || []);
  const personas = el('fieldset', { class: 'choice-list' }, el('legend', {}, 'Personas on this map'),
    [...editor.view.personas.values()].map((persona) => el('label', { class: 'choice' },
      el('input', { type: 'checkbox', value: persona.id, checked: chosen.has(persona.id) }), persona.name)));
  const result = await openDialog({
    title: 'Journey settings',
    body: () => el('div', { class: 'form-stack' }, field('Name', name), field('State', state), field('Goal', goal),
      field('Description', description), personas,
      el('p', { class: 'field-hint' }, 'Taking a persona off the map removes its emotion curve and its tags on cards.')),
    actions: [{ label: 'Cancel' }, {
      label: 'Save', kind: 'primary', submit: true,
      collect: () => ({
        name: name.value.trim(), state: state.value, goal: goal.value.trim(), description: description.value.trim(),
        personaIds: [...personas.querySelectorAll('input:checked')].map((box) => box.value),
      }),
    }],
  });
  if (!result?.name) return;
  editor.session.change('Edit journey settings', (draft) => {
    for (const id of draft.personaIds || []) if (!result.personaIds.includes(id)) dropPersona(draft, id);
    Object.assign(draft, { name: result.name, state: result.state, personaIds: result.personaIds });
    for (const key of ['goal', 'description']) {
      if (result[key]) draft[key] = result[key];
      else delete draft[key];
    }
  });
}
