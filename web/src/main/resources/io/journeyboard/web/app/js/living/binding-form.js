// Below a selected step's details: what the step stands for in event data. A binding names one or more
// activities (exact names or patterns such as A_*), optionally narrowed by an attribute (channel = app).
// Saving it is an ordinary change of the journey: undoable, autosaved, kept in history.

import { el, field } from '../dom.js';

export function stepBindingForm(editor, stepId) {
  const journey = editor.session.current;
  const stage = (journey.stages || []).find((s) => (s.steps || []).some((t) => t.id === stepId));
  const step = stage.steps.find((t) => t.id === stepId);
  const binding = step.binding || { activities: [] };
  const activities = el('textarea', { rows: 3, name: 'activities', placeholder: 'A_SUBMITTED\nO_SENT*',
    'aria-describedby': 'binding-hint' });
  activities.value = binding.activities.join('\n');
  const attribute = el('input', { type: 'text', name: 'attribute', value: binding.where?.attribute || '', placeholder: 'channel', size: 10 });
  const equals = el('input', { type: 'text', name: 'equals', value: binding.where?.equals || '', placeholder: 'app', size: 10 });
  const known = knownActivities(editor);
  const save = () => {
    const names = activities.value.split(/[\n,]/).map((a) => a.trim()).filter(Boolean);
    const where = attribute.value.trim() && equals.value.trim() ? { attribute: attribute.value.trim(), equals: equals.value.trim() } : undefined;
    editor.session.change(names.length ? 'Bind step' : 'Unbind step', (j) => {
      const target = j.stages.flatMap((s) => s.steps || []).find((t) => t.id === stepId);
      if (names.length) target.binding = where ? { activities: names, where } : { activities: names };
      else delete target.binding;
    });
  };
  return el('div', { class: 'inspector-card binding-form' },
    el('h3', {}, 'Bound to event data'),
    field('Activities, one per line', activities),
    el('p', { id: 'binding-hint', class: 'field-hint' }, 'Exact activity names, or patterns: * is any text, ? one character. '
      + 'Empty leaves the step unbound.'),
    known.length ? el('div', { class: 'known-activities' }, el('span', { class: 'muted small' }, 'In the data: '),
      known.slice(0, 30).map((name) => el('button', {
        type: 'button', class: 'ghost small', onclick: () => { activities.value = `${activities.value.trim()}\n${name}`.trim(); },
      }, name))) : null,
    el('div', { class: 'field-row' }, field('Only where', attribute), field('equals', equals)),
    el('div', { class: 'form-actions' }, el('button', { class: 'primary', type: 'button', onclick: save }, 'Save binding')));
}

/** The activities of the measured dataset, most frequent first, when its details are known. */
function knownActivities(editor) {
  return editor.living?.activities || [];
}
