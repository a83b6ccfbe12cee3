// The insights screen of a journey: upload customer feedback, watch the analysis progress, see its
// themes as a chart and its suggested pain points and delights per stage, and add the chosen ones to
// the map as cards carrying their quotes as evidence.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { navigate } from '../router.js';
import { toast } from '../ui/toast.js';
import { insightReport } from './insight-report.js';
import { announceAddedCards } from '../ui/arrival.js';
import { runList } from '../runs/run-list.js';
import { openRun } from '../evidence/evidence-api.js';

const ACCEPTED_FILES = '.csv,.tsv,.tab,.xlsx,.txt,.md';
const STATE_TEXT = {
  uploading: 'Uploading and reading the file…', queued: 'Waiting for the analyses before it…',
  themes: 'Finding themes and placing them on the journey…',
};

export async function showInsights(root, { workspaceId, journeyId }) {
  const [{ journey, version }, workspace] = await Promise.all([
    api.journey(workspaceId, journeyId), api.workspace(workspaceId)]);
  document.title = `Insights · ${journey.name} · Journeyboard`;
  // What the parts below share; leaving turns true when the user goes to another screen mid-analysis.
  const readOnly = !['owner', 'editor'].includes(workspace.role);
  const screen = { workspaceId, journeyId, journey, version, readOnly, leaving: false };
  const progress = progressDisplay();
  const results = el('div', { class: 'insight-results' });
  const earlier = runList(workspaceId, journeyId, 'insights', (run) => reopen(screen, run, results));
  replace(root, el('div', { class: 'insights-screen' },
    journeyHeader(workspaceId, journeyId, journey.name, 'insights'),
    el('div', { class: 'insights-body' },
      el('div', { class: 'insights-side' },
        uploadForm(progress.node, async (file, columns) => {
          await analyse(screen, file, columns, progress, results);
          earlier.refresh();
          setTimeout(earlier.refresh, 1500);
        }),
        earlier.node),
      results)));
  return () => { screen.leaving = true; };
}

/** The form that picks the file and names its columns; analyse(file, columns) runs while its button is off. */
function uploadForm(progressNode, analyse) {
  const fileInput = el('input', { type: 'file', name: 'feedback', accept: ACCEPTED_FILES, required: true });
  const column = (name) => el('input', { type: 'text', name, placeholder: name, autocomplete: 'off' });
  const [textColumn, idColumn, stageColumn] = ['text', 'id', 'stage'].map(column);
  const analyseButton = el('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const submit = async (event) => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    analyseButton.disabled = true;
    try {
      const columns = { text: textColumn.value.trim(), id: idColumn.value.trim(), stage: stageColumn.value.trim() };
      await analyse(file, columns);
    } finally {
      analyseButton.disabled = false;
    }
  };
  return el('form', { class: 'insight-upload', onsubmit: submit },
    el('h2', {}, 'Evidence from customer feedback'),
    el('p', { class: 'muted' }, 'Upload survey answers, reviews or support tickets (CSV, TSV, XLSX with a header row) '
      + 'or an interview transcript (TXT, MD). Journeyboard scores each item’s sentiment, groups the items into themes '
      + 'and suggests pain points and delights for this journey’s steps. The file itself is not kept; each analysis is '
      + 'listed below to open again, and the cards you add keep every item of their theme as evidence.'),
    field('Feedback file', fileInput),
    el('div', { class: 'column-fields' },
      field('Text column', textColumn), field('ID column', idColumn), field('Stage column', stageColumn)),
    el('p', { class: 'field-hint' }, 'Leave a column empty when the file names it as shown. Without an ID column rows '
      + 'are numbered; without a stage column themes are placed on the step they are most alike.'),
    el('div', { class: 'form-actions' }, analyseButton),
    progressNode);
}

/** The progress bar and its sentence, following the job's state. */
function progressDisplay() {
  const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Analysis progress' });
  const text = el('span', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const node = el('div', { class: 'analysis-progress', hidden: true }, bar, text);
  return {
    node,
    show(job) {
      node.hidden = false;
      bar.max = Math.max(1, job.total);
      bar.value = job.state === 'themes' ? job.total : job.done;
      text.textContent = STATE_TEXT[job.state]
        || `Analysing ${job.done.toLocaleString()} of ${job.total.toLocaleString()} items…`;
    },
    hide() { node.hidden = true; },
  };
}

// Upload, then follow the job's server-sent progress until its report arrives, or say why not.
async function analyse(screen, file, columns, progress, results) {
  replace(results);
  progress.show({ state: 'uploading', done: 0, total: 1 });
  try {
    const job = await api.startInsights(screen.workspaceId, screen.journeyId, file, columns);
    progress.show(job);
    const finished = await api.followInsights(screen.workspaceId, screen.journeyId, job.id, (update) => {
      if (!screen.leaving) progress.show(update);
    });
    if (screen.leaving) return;
    progress.hide();
    const onAccept = (chosen, edits, button) => accept(screen, finished, chosen, edits, button);
    replace(results, insightReport(finished, screen.journey, screen.readOnly, onAccept,
      { workspaceId: screen.workspaceId, journeyId: screen.journeyId }));
  } catch (error) {
    progress.hide();
    replace(results, el('div', { class: 'form-error', role: 'alert' },
      el('strong', {}, `${file.name} could not be analysed`),
      el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error)),
      error instanceof api.ApiError && error.problem.detail && error.problem.errors
        ? el('p', {}, error.problem.detail) : null));
  }
}

// A kept analysis opened again: its suggestions can be added to the map as when it ran, since the server
// keeps them with the run (also after a restart).
async function reopen(screen, run, results) {
  const { answer } = await openRun(screen.workspaceId, run.id);
  const job = { id: run.id, file: run.source, report: answer };
  const onAccept = (chosen, edits, button) => accept(screen, job, chosen, edits, button);
  replace(results,
    el('p', { class: 'run-note', role: 'status' }, `Opened the analysis of ${run.source} by ${run.startedBy}, `
      + `${new Date(run.startedAt).toLocaleString()}.`),
    insightReport(job, screen.journey, screen.readOnly, onAccept));
  results.scrollIntoView({ block: 'start' });
}

// Adds the chosen suggestions as cards, against the version this screen opened with, then opens the map.
async function accept(screen, job, chosen, edits, button) {
  button.disabled = true;
  try {
    const { journey } = await api.acceptInsights(screen.workspaceId, screen.journeyId, job.id, [...chosen], screen.version,
      Object.fromEntries([...edits].filter(([id]) => chosen.has(id))));
    const before = new Set((screen.journey.cards || []).map((c) => c.id));
    announceAddedCards(screen.journeyId, (journey.cards || []).map((c) => c.id).filter((id) => !before.has(id)));
    toast(`Added ${chosen.size} ${chosen.size === 1 ? 'card' : 'cards'} with their evidence to the map`, 'success');
    navigate(`/w/${screen.workspaceId}/j/${screen.journeyId}`);
  } catch (error) {
    button.disabled = false;
    // a 409 is a map changed since this page opened, or an analysis kept without its suggestions (it says so)
    toast(error.status === 409 && /version/.test(error.message)
      ? 'The map changed since this page opened. Open Insights again and add the cards once more.'
      : `Not added: ${error instanceof api.ApiError ? error.explain() : error.message}`, 'error', 8000);
  }
}
