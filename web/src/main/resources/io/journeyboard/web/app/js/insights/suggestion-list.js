// Suggested pain points and delights grouped by the stage they belong to, each with its evidence
// count, sentiment and quotes, and a checkbox to pick it for the map. Suggestions that could not be
// placed on a step are listed apart: a card needs a step.

import { el, field } from '../dom.js';
import { columnsOf } from '../model/journey-queries.js';
import { stepName } from '../model/journey-queries.js';
import { signed } from './theme-chart.js';

const KIND = { 'pain-point': 'Pain point', delight: 'Delight' };

/**
 * Renders the list; chosen is a Set of suggestion ids the checkboxes keep up to date, edits a Map of the changes
 * made before adding (id → {title, stepId, severity}); onChange after each.
 */
export function suggestionList(suggestions, journey, chosen, readOnly, onChange, edits = new Map()) {
  const placeable = suggestions.filter((s) => s.placement?.step);
  const unplaced = suggestions.filter((s) => !s.placement?.step);
  const groups = (journey.stages || []).map((stage) => ({ stage, items: placeable.filter((s) => s.placement.stage === stage.id) }))
    .filter((group) => group.items.length);
  const item = (suggestion, canPick) => suggestionCard(suggestion, journey, chosen, readOnly || !canPick, onChange, edits);
  return el('div', { class: 'suggestion-groups' },
    groups.map(({ stage, items }) => el('section', { class: 'suggestion-group', 'aria-label': `Stage ${stage.name}` },
      el('h3', {}, stage.name, el('span', { class: 'muted' }, ` · ${items.length} ${items.length === 1 ? 'suggestion' : 'suggestions'}`)),
      el('ul', { class: 'suggestion-list' }, items.map((s) => item(s, true))))),
    unplaced.length ? el('section', { class: 'suggestion-group' },
      el('h3', {}, 'Not placed on a step'),
      el('p', { class: 'muted small-text' }, 'Nothing on this journey matched these closely enough; add a step they are about, or a stage column to the file.'),
      el('ul', { class: 'suggestion-list' }, unplaced.map((s) => item(s, false)))) : null,
    suggestions.length ? null : el('p', { class: 'empty' }, 'No pain points or delights stood out in this feedback.'));
}

function suggestionCard(suggestion, journey, chosen, disabled, onChange, edits) {
  const box = el('input', {
    type: 'checkbox', checked: chosen.has(suggestion.id), disabled,
    'aria-label': `Add “${suggestion.title}” to the map`,
    onchange: (event) => { if (event.target.checked) chosen.add(suggestion.id); else chosen.delete(suggestion.id); onChange(); },
  });
  const where = suggestion.placement?.step ? stepName(journey, suggestion.placement.step) : null;
  return el('li', { class: `suggestion kind-${suggestion.kind}`, dataset: { suggestionId: suggestion.id } },
    box,
    el('div', { class: 'suggestion-main' },
      el('div', { class: 'suggestion-heading' },
        el('span', { class: `kind-badge kind-${suggestion.kind}` }, KIND[suggestion.kind] || suggestion.kind),
        el('strong', {}, suggestion.title),
        suggestion.severity ? el('span', { class: `severity-${suggestion.severity} severity-tag` }, el('span', { class: 'dot' }), suggestion.severity) : null),
      el('div', { class: 'suggestion-facts' },
        el('span', {}, `${suggestion.evidenceCount} ${suggestion.evidenceCount === 1 ? 'item' : 'items'}`),
        el('span', {}, `sentiment ${signed(suggestion.sentiment)}`),
        where ? el('span', {}, `step “${where}”`) : null,
        suggestion.placement ? el('span', { title: 'How it was placed' }, suggestion.placement.basis === 'column' ? 'by the stage column' : 'by similarity') : null),
      el('ul', { class: 'quotes' }, suggestion.quotes.map((q) => el('li', {}, el('q', {}, q.text), el('span', { class: 'muted' }, ` ${q.location}`)))),
      disabled ? null : editBeforeAdding(suggestion, journey, edits)));
}

// Title, step and severity as the card will have them; only what differs from the suggestion is sent.
function editBeforeAdding(suggestion, journey, edits) {
  const edit = (name, value, original) => {
    const fields = { ...(edits.get(suggestion.id) || {}) };
    if (value === original) delete fields[name];
    else fields[name] = value;
    if (Object.keys(fields).length) edits.set(suggestion.id, fields);
    else edits.delete(suggestion.id);
  };
  const title = el('input', { type: 'text', value: suggestion.title, maxlength: 500,
    onchange: (e) => edit('title', e.target.value.trim() || suggestion.title, suggestion.title) });
  const step = el('select', { onchange: (e) => edit('stepId', e.target.value, suggestion.placement.step) },
    columnsOf(journey).filter((c) => c.step).map(({ stage, step: s }) => el('option', { value: s.id, selected: s.id === suggestion.placement.step },
      `${stage.name} · ${s.name}`)));
  const severity = suggestion.severity ? el('select', { onchange: (e) => edit('severity', e.target.value, suggestion.severity) },
    ['low', 'medium', 'high', 'critical'].map((s) => el('option', { value: s, selected: s === suggestion.severity }, s))) : null;
  return el('details', { class: 'suggestion-edit' }, el('summary', {}, 'Edit before adding'),
    el('div', { class: 'form-stack' }, field('Card title', title), field('Step', step), severity ? field('Severity', severity) : null));
}
