// The workspace's event data: the datasets its maps are measured on. Upload an event file as a new
// dataset, see what each holds, delete one (editors). Scripts append to a dataset through the ingest
// API (POST …/datasets/{id}/events with an API token), described on this screen.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { toast } from '../ui/toast.js';

const ACCEPTED_FILES = '.csv,.tsv,.txt,.jsonl,.ndjson,.xes,.gz';

export async function showDatasets(root, { workspaceId }) {
  const workspace = await api.workspace(workspaceId);
  const canEdit = ['owner', 'editor'].includes(workspace.role);
  document.title = `Data · ${workspace.name} · Journeyboard`;
  const list = el('div', { class: 'dataset-list', 'aria-live': 'polite' });

  const draw = async () => {
    const datasets = await api.datasets(workspaceId);
    replace(list, datasets.length
      ? el('table', { class: 'dataset-table' },
        el('thead', {}, el('tr', {}, ['Dataset', 'Events', 'Batches', 'Last added', ''].map((h) => el('th', {}, h)))),
        el('tbody', {}, datasets.map((d) => datasetRow(workspaceId, d, canEdit, draw))))
      : el('p', { class: 'empty' }, 'No datasets yet. Upload an event log to measure your maps on it.'));
  };

  replace(root, el('div', { class: 'insights-screen datasets-screen' },
    el('header', { class: 'editor-header' },
      el('div', { class: 'editor-heading' },
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}`, class: 'back-link' }, '← Journeys'),
        el('h1', { class: 'journey-title' }, 'Event data'))),
    el('div', { class: 'insights-body' },
      canEdit ? uploadForm(workspaceId, draw) : null,
      el('section', { 'aria-label': 'Datasets' }, el('h2', {}, 'Datasets'), list),
      ingestHelp(workspaceId))));
  await draw();
}

function datasetRow(workspaceId, dataset, canEdit, redraw) {
  const remove = async () => {
    if (!window.confirm(`Delete the dataset “${dataset.name}” and its ${dataset.events} events? Maps bound to it lose their figures.`)) return;
    try {
      await api.deleteDataset(workspaceId, dataset.id);
      toast(`Deleted ${dataset.name}`);
      await redraw();
    } catch (error) {
      toast(error instanceof api.ApiError ? error.explain() : String(error), 'error');
    }
  };
  return el('tr', { dataset: { datasetId: dataset.id } },
    el('td', {}, el('strong', {}, dataset.name), el('div', { class: 'muted small' }, dataset.id)),
    el('td', {}, dataset.loading ? 'loading…' : Number(dataset.events).toLocaleString()),
    el('td', {}, dataset.loading ? '' : String(dataset.batches)),
    el('td', {}, dataset.updatedAt ? new Date(dataset.updatedAt).toLocaleString() : ''),
    el('td', {}, canEdit && !dataset.loading ? el('button', { class: 'danger small', onclick: remove }, 'Delete') : null));
}

function uploadForm(workspaceId, redraw) {
  const name = el('input', { type: 'text', name: 'name', required: true, maxlength: 200, autocomplete: 'off', placeholder: 'Loan applications' });
  const file = el('input', { type: 'file', name: 'events', accept: ACCEPTED_FILES, required: true });
  const button = el('button', { type: 'submit', class: 'primary' }, 'Upload dataset');
  const status = el('div', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const submit = async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen || !name.value.trim()) return;
    button.disabled = true;
    replace(status, `Uploading ${chosen.name}…`);
    try {
      const created = await api.createDataset(workspaceId, name.value.trim(), chosen);
      replace(status, `Stored ${created.events.toLocaleString()} events as “${created.name}”.`);
      name.value = '';
      file.value = '';
      await redraw();
    } catch (error) {
      replace(status, el('div', { class: 'form-error', role: 'alert' }, el('strong', {}, `${chosen.name} was not stored`),
        el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error))));
    } finally {
      button.disabled = false;
    }
  };
  return el('form', { class: 'insight-upload', onsubmit: submit },
    el('h2', {}, 'Upload an event log'),
    el('p', { class: 'muted' }, 'CSV or TSV with a header, JSON lines or XES, optionally gzipped: one row per event with a case, an '
      + 'activity and a time. The whole file is checked first; one bad row refuses it with its line and column. Other columns '
      + 'are kept, to narrow a step’s binding by (channel = app).'),
    field('Name', name), field('Event file', file),
    el('div', { class: 'form-actions' }, button), status);
}

function ingestHelp(workspaceId) {
  const path = `/api/v1/workspaces/${workspaceId}/datasets/DATASET/events`;
  return el('section', { class: 'ingest-help', 'aria-label': 'Append from a script' },
    el('h2', {}, 'Append from a script'),
    el('p', { class: 'muted' }, 'Create an API token under your account, then send batches of CSV (text/csv) or JSON lines '
      + '(application/x-ndjson). A new Idempotency-Key per batch makes a retried batch count once.'),
    el('pre', {}, `curl -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv" \\\n`
      + `  -H "Idempotency-Key: batch-0001" --data-binary @events.csv \\\n  http://HOST${path}`));
}
