// Adding or editing an evidence record: kind, quote or figure, source, date and link. The server checks
// it as the file format does; a refusal is shown under the field it names and nothing is stored.

import { el, field } from '../dom.js';
import { humanize } from '../model/lane-kinds.js';
import { newId } from '../model/ids.js';
import { addEvidence, editEvidence } from './evidence-api.js';

export const EVIDENCE_KINDS = ['feedback', 'interview', 'survey', 'support_ticket', 'review', 'analytics', 'observation', 'document'];

/** record null adds a new one; onSaved(saved) after the server stored it, onCancel to leave the form. */
export function recordForm(workspaceId, record, onSaved, onCancel) {
  const kind = el('select', { name: 'kind' }, EVIDENCE_KINDS.map((k) => el('option', { value: k, selected: k === (record?.kind || 'feedback') }, humanize(k))));
  const summary = el('textarea', { name: 'summary', rows: 4, maxlength: 10000 });
  summary.value = record?.summary || '';
  const text = (name, value, extra = {}) => el('input', { type: 'text', name, value: value || '', autocomplete: 'off', ...extra });
  const source = text('source', record?.source);
  const recorded = text('recorded', record?.recorded, { placeholder: 'YYYY-MM-DD' });
  const url = text('url', record?.url, { placeholder: 'https://…' });
  const errors = el('div', { class: 'form-error', role: 'alert', hidden: true });
  const save = el('button', { type: 'submit', class: 'primary' }, record ? 'Save' : 'Add');
  const submit = async (event) => {
    event.preventDefault();
    const body = { kind: kind.value, summary: summary.value.trim() || undefined, source: source.value.trim() || undefined,
      recorded: recorded.value.trim() || undefined, url: url.value.trim() || undefined };
    save.disabled = true;
    try {
      const saved = record ? await editEvidence(workspaceId, record.id, body) : await addEvidence(workspaceId, { id: newId('ev'), ...body });
      await onSaved(saved);
    } catch (error) {
      errors.hidden = false;
      errors.textContent = error.explain ? `Not saved. ${error.explain()}` : `Not saved: ${error.message}`;
      save.disabled = false;
    }
  };
  return el('form', { class: 'evidence-form form-stack', onsubmit: submit, 'aria-label': record ? 'Edit evidence' : 'Add evidence' },
    el('h2', {}, record ? 'Edit evidence' : 'Add evidence'),
    field('Kind', kind), field('Quote, answer or figure', summary), field('Source', source),
    field('Recorded on', recorded), field('Link', url), errors,
    el('div', { class: 'form-actions' }, save,
      onCancel ? el('button', { type: 'button', class: 'ghost', onclick: onCancel }, 'Cancel') : null));
}
