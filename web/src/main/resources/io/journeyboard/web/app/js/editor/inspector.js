// The side panel: every field of the selected card or opportunity, edited in place. Each field
// commits on change, as one undoable step.

import { el, field, replace } from '../dom.js';
import { CHANNELS, SEVERITIES, humanize, LANE_KINDS } from '../model/lane-kinds.js';
import { findCard, updateCard } from '../model/journey-edits.js';
import { removeCard } from './card-actions.js';
import { opportunityForm } from './opportunity-form.js';
import { stepName } from '../model/journey-queries.js';
import { commentSection } from './comments.js';
import { stepBindingForm } from '../living/binding-form.js';
import { exploreLink } from '../living/explore-link.js';
import { evidencePanel } from './evidence-panel.js';
import { stageForm, stepForm } from './step-form.js';
import { journeyPanel } from './journey-panel.js';

export function renderInspector(panel, editor) {
  const selected = editor.view.selected;
  // Leave the panel alone while the user types in it; re-drawing would steal their focus.
  if (panel.contains(document.activeElement) && panel.dataset.for === selected?.id) return;
  panel.dataset.for = selected?.id || '';
  const journey = editor.session.current;
  if (selected?.type === 'card' && findCard(journey, selected.id)) {
    replace(panel, lockedUnlessEditor(editor, cardForm(editor, findCard(journey, selected.id))), commentSection(editor, selected.id));
  } else if (selected?.type === 'opportunity' && journey.opportunities?.some((o) => o.id === selected.id)) {
    replace(panel, heading('Opportunity details'), lockedUnlessEditor(editor, opportunityForm(editor, selected.id)), commentSection(editor, selected.id));
  } else if (selected?.type === 'step' && columnsHave(journey, selected.id)) {
    replace(panel, heading('Step details'), lockedUnlessEditor(editor, stepForm(editor, selected.id)),
      lockedUnlessEditor(editor, stepBindingForm(editor, selected.id)),
      exploreLink(editor, { step: selected.id }, 'Explore this step'), commentSection(editor, selected.id));
  } else if (selected?.type === 'stage' && journey.stages?.some((s) => s.id === selected.id)) {
    replace(panel, heading('Stage details'), lockedUnlessEditor(editor, stageForm(editor, selected.id)),
      exploreLink(editor, { stage: selected.id }, 'Explore this stage'), commentSection(editor, selected.id));
  } else {
    replace(panel, journeyPanel(editor), commentSection(editor, null));
  }
}

// Each panel starts with a heading, so the comments' h3 follows an h2.
const heading = (text) => el('h2', { class: 'visually-hidden' }, text);

const columnsHave = (journey, stepId) => (journey.stages || []).some((s) => (s.steps || []).some((step) => step.id === stepId));

// A disabled fieldset turns every control in it off at once, for people who may only look.
function lockedUnlessEditor(editor, form) {
  return editor.view.readOnly ? el('fieldset', { class: 'locked', disabled: true }, form) : form;
}

function cardForm(editor, card) {
  const journey = editor.session.current;
  const lane = journey.lanes.find((l) => l.id === card.laneId);
  const commit = (label, fields) => editor.session.change(label, (j) => updateCard(j, card.id, fields));
  const text = el('textarea', { rows: 4, maxlength: 10000, onchange: (e) => e.target.value.trim() && commit('Edit card', { text: e.target.value.trim() }) });
  text.value = card.text;
  const details = el('textarea', { rows: 4, maxlength: 10000, onchange: (e) => commit('Edit details', { details: e.target.value.trim() }) });
  details.value = card.details || '';
  const form = el('div', { class: 'form-stack' },
    el('div', { class: 'inspector-heading' },
      el('span', { class: 'inspector-kind' }, LANE_KINDS[lane.kind]?.label || lane.kind),
      el('span', { class: 'muted' }, stepName(journey, card.stepId))),
    field('Text', text),
    kindFields(lane.kind, card, commit),
    field('Details', details),
    personaChoices(editor, card, commit),
    evidencePanel(editor, card),
    el('button', { class: 'danger', onclick: () => removeCard(editor, card.id) }, 'Delete card'));
  return el('div', { class: 'inspector-card' }, el('h2', { class: 'visually-hidden' }, 'Card details'), form);
}

function kindFields(kind, card, commit) {
  if (kind === 'touchpoints') {
    return field('Channel', select(CHANNELS, card.channel, (value) => commit('Change channel', { channel: value })));
  }
  if (kind === 'pain_points') {
    return field('Severity', select(SEVERITIES, card.severity, (value) => commit('Change severity', { severity: value })));
  }
  if (kind !== 'kpis') return null;
  const metric = card.metric || { name: 'Metric' };
  const update = (name, value) => commit('Edit metric', { metric: { ...metric, [name]: value } });
  const number = (name) => el('input', {
    type: 'number', step: 'any', value: metric[name] ?? '',
    onchange: (e) => update(name, e.target.value === '' ? undefined : Number(e.target.value)),
  });
  return el('fieldset', { class: 'metric-fields' }, el('legend', {}, 'Metric'),
    field('Name', el('input', { type: 'text', value: metric.name, required: true, onchange: (e) => e.target.value.trim() && update('name', e.target.value.trim()) })),
    el('div', { class: 'field-row' }, field('Value', number('value')), field('Target', number('target')),
      field('Unit', el('input', { type: 'text', value: metric.unit || '', size: 4, onchange: (e) => update('unit', e.target.value.trim() || undefined) }))));
}

function select(values, current, onChange) {
  return el('select', { onchange: (e) => onChange(e.target.value) },
    values.map((value) => el('option', { value, selected: value === current }, humanize(value))));
}

function personaChoices(editor, card, commit) {
  const ids = editor.session.current.personaIds || [];
  if (!ids.length) return null;
  const chosen = new Set(card.personaIds || []);
  return el('fieldset', { class: 'choice-list' },
    el('legend', {}, 'About personas'),
    el('p', { class: 'field-hint' }, 'None ticked means all of the journey’s personas.'),
    ids.map((id) => el('label', { class: 'choice' },
      el('input', {
        type: 'checkbox', checked: chosen.has(id),
        onchange: (e) => {
          if (e.target.checked) chosen.add(id); else chosen.delete(id);
          commit('Change personas', { personaIds: ids.filter((p) => chosen.has(p)) });
        },
      }),
      editor.view.personas.get(id)?.name || id)));
}
