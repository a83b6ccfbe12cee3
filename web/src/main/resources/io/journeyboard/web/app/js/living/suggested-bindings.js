// Suggested bindings, accepted or corrected in one place: a dialog listing every step with the activities
// of the measured dataset named most like it and the confidence of each guess. Ticked steps are bound in
// one change of the journey (undoable, saved like any other); nothing is bound without being ticked.

import * as api from '../api.js';
import { el } from '../dom.js';
import { openDialog } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';

export async function suggestBindings(editor, datasetId) {
  const { steps } = await api.bindingSuggestions(editor.workspaceId, editor.journeyId, datasetId);
  const rows = steps.filter((s) => s.candidates.length);
  if (!rows.length) {
    toast('No activity of the dataset is named like any step; bind steps in their panel.');
    return;
  }
  const chosen = await openDialog({
    title: 'Suggested bindings',
    className: 'suggestions-dialog',
    body: () => el('div', { class: 'form-stack' },
      el('p', { class: 'muted' }, 'Activities named like each step, with how sure the guess is. Tick the ones to bind, '
        + 'pick another candidate to correct one.'),
      el('table', { class: 'dataset-table suggestion-table' },
        el('thead', {}, el('tr', {}, ['', 'Step', 'Activity (confidence)'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows.map((row) => el('tr', { dataset: { stepId: row.stepId } },
          el('td', {}, el('input', { type: 'checkbox', name: `accept-${row.stepId}`, checked: !row.bound && row.candidates[0].confidence >= 0.6,
            'aria-label': `Bind ${row.stepName}` })),
          el('td', {}, el('strong', {}, row.stepName), el('div', { class: 'muted small' }, row.bound ? `${row.stage} · bound now` : row.stage)),
          el('td', {}, el('select', { name: `activity-${row.stepId}`, 'aria-label': `Activity for ${row.stepName}` },
            row.candidates.map((c) => el('option', { value: c.activity },
              `${c.activity} (${Math.round(c.confidence * 100)}%, ${c.events.toLocaleString()} events)`))))))))),
    actions: [
      { label: 'Cancel', value: null },
      {
        label: 'Bind ticked steps', kind: 'primary', submit: true,
        collect: (form) => rows.filter((r) => form.elements[`accept-${r.stepId}`].checked)
          .map((r) => ({ stepId: r.stepId, activity: form.elements[`activity-${r.stepId}`].value })),
      },
    ],
  });
  if (!chosen?.length) return;
  editor.session.change(`Bind ${chosen.length} step${chosen.length === 1 ? '' : 's'}`, (journey) => {
    const byId = new Map(journey.stages.flatMap((s) => s.steps || []).map((t) => [t.id, t]));
    for (const { stepId, activity } of chosen) byId.get(stepId).binding = { activities: [activity] };
  });
}
