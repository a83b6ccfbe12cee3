// Editing an opportunity: its scores, status and owner, and the pain points it addresses.

import { el, field } from '../dom.js';
import { OPPORTUNITY_STATUSES, humanize } from '../model/lane-kinds.js';
import { painPointsOf, stepName } from '../model/journey-queries.js';
import { valueEffort } from '../model/scores.js';
import { deleteOpportunity, updateOpportunity } from '../model/journey-edits.js';

export function opportunityForm(editor, opportunityId) {
  const journey = editor.session.current;
  const opportunity = journey.opportunities.find((o) => o.id === opportunityId);
  const commit = (label, fields) => editor.session.change(label, (j) => updateOpportunity(j, opportunityId, fields));
  const scale = (name, label) => field(label, el('select', { onchange: (e) => commit(`Change ${label.toLowerCase()}`, { [name]: Number(e.target.value) }) },
    [1, 2, 3, 4, 5].map((v) => el('option', { value: v, selected: opportunity[name] === v }, String(v)))));
  const title = el('input', { type: 'text', value: opportunity.title, maxlength: 10000, onchange: (e) => e.target.value.trim() && commit('Rename opportunity', { title: e.target.value.trim() }) });
  const description = el('textarea', { rows: 3, onchange: (e) => commit('Edit description', { description: e.target.value.trim() }) });
  description.value = opportunity.description || '';
  const painPoints = painPointsOf(journey);
  const linked = new Set(opportunity.painPointIds || []);
  return el('div', { class: 'form-stack inspector-opportunity' },
    el('div', { class: 'inspector-heading' }, el('span', { class: 'inspector-kind' }, 'Opportunity'),
      el('span', { class: `score-badge${valueEffort(opportunity) >= 1 ? ' good' : ''}` }, `V/E ${valueEffort(opportunity).toFixed(2)}`)),
    field('Title', title),
    field('Description', description),
    el('div', { class: 'field-row' }, scale('customerValue', 'Customer value'), scale('businessValue', 'Business value'), scale('effort', 'Effort')),
    el('div', { class: 'field-row' },
      field('Confidence %', el('input', {
        type: 'number', min: 0, max: 100, step: 5, value: Math.round((opportunity.confidence ?? 0) * 100),
        onchange: (e) => commit('Change confidence', { confidence: Math.max(0, Math.min(100, Number(e.target.value))) / 100 }),
      })),
      field('Reach / quarter', el('input', {
        type: 'number', min: 0, step: 1, value: opportunity.reach ?? '',
        onchange: (e) => commit('Change reach', { reach: e.target.value === '' ? undefined : Math.round(Number(e.target.value)) }),
      }))),
    el('div', { class: 'field-row' },
      field('Status', el('select', { onchange: (e) => commit('Change status', { status: e.target.value }) },
        OPPORTUNITY_STATUSES.map((s) => el('option', { value: s, selected: s === opportunity.status }, humanize(s))))),
      field('Owner', el('input', { type: 'text', value: opportunity.owner || '', onchange: (e) => commit('Change owner', { owner: e.target.value.trim() }) }))),
    el('fieldset', { class: 'choice-list' }, el('legend', {}, 'Addresses pain points'),
      painPoints.length ? painPoints.map((card) => el('label', { class: 'choice' },
        el('input', {
          type: 'checkbox', checked: linked.has(card.id),
          onchange: (e) => {
            if (e.target.checked) linked.add(e.target.value); else linked.delete(e.target.value);
            commit('Link pain points', { painPointIds: painPoints.map((p) => p.id).filter((id) => linked.has(id)) });
          },
          value: card.id,
        }),
        el('span', {}, el('span', { class: `dot severity-${card.severity}` }), `${card.text} `, el('span', { class: 'muted' }, `(${stepName(journey, card.stepId)})`))))
        : el('p', { class: 'muted' }, 'This journey has no pain points yet.')),
    el('button', {
      class: 'danger',
      onclick: () => {
        editor.session.change('Delete opportunity', (j) => deleteOpportunity(j, opportunityId));
        editor.view.selected = null;
        editor.render();
      },
    }, 'Delete opportunity'));
}
