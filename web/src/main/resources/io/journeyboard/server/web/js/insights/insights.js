// The insights screen of a journey: upload customer feedback, watch the analysis progress, see its
// themes as a chart and its suggested pain points and delights per stage, and add the chosen ones to
// the map as cards carrying their quotes as evidence.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { journeyHeader } from '../editor/journey-tabs.js';
import { navigate } from '../router.js';
import { toast } from '../ui/toast.js';
import { themeChart } from './theme-chart.js';
import { suggestionList } from './suggestion-list.js';

const ACCEPTED_FILES = '.csv,.tsv,.tab,.xlsx,.txt,.md';
const STATE_TEXT = {
  uploading: 'Uploading and reading the file…', queued: 'Waiting for the analyses before it…',
  themes: 'Finding themes and placing them on the journey…',
};

export async function showInsights(root, { workspaceId, journeyId }) {
  const [{ journey, version }, workspace] = await Promise.all([api.journey(workspaceId, journeyId), api.workspace(workspaceId)]);
  document.title = `Insights · ${journey.name} · Journeyboard`;
  const readOnly = !['owner', 'editor'].includes(workspace.role);
  let current = { journey, version };
  let leaving = false;

  const fileInput = el('input', { type: 'file', name: 'feedback', accept: ACCEPTED_FILES, required: true });
  const textColumn = el('input', { type: 'text', name: 'text', placeholder: 'text', autocomplete: 'off' });
  const idColumn = el('input', { type: 'text', name: 'id', placeholder: 'id', autocomplete: 'off' });
  const stageColumn = el('input', { type: 'text', name: 'stage', placeholder: 'stage', autocomplete: 'off' });
  const analyseButton = el('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const progressBar = el('progress', { max: 1, value: 0, 'aria-label': 'Analysis progress' });
  const progressText = el('span', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const progress = el('div', { class: 'analysis-progress', hidden: true }, progressBar, progressText);
  const results = el('div', { class: 'insight-results' });

  const showProgress = (job) => {
    progress.hidden = false;
    progressBar.max = Math.max(1, job.total);
    progressBar.value = job.state === 'themes' ? job.total : job.done;
    progressText.textContent = STATE_TEXT[job.state] || `Analysing ${job.done.toLocaleString()} of ${job.total.toLocaleString()} items…`;
  };

  const analyse = async (event) => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    analyseButton.disabled = true;
    replace(results);
    showProgress({ state: 'uploading', done: 0, total: 1 });
    try {
      const job = await api.startInsights(workspaceId, journeyId, file,
        { text: textColumn.value.trim(), id: idColumn.value.trim(), stage: stageColumn.value.trim() });
      showProgress(job);
      const finished = await api.followInsights(workspaceId, journeyId, job.id, (update) => { if (!leaving) showProgress(update); });
      if (leaving) return;
      progress.hidden = true;
      showReport(finished);
    } catch (error) {
      progress.hidden = true;
      replace(results, el('div', { class: 'form-error', role: 'alert' },
        el('strong', {}, `${file.name} could not be analysed`),
        el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error)),
        error instanceof api.ApiError && error.problem.detail && error.problem.errors ? el('p', {}, error.problem.detail) : null));
    } finally {
      analyseButton.disabled = false;
    }
  };

  const showReport = (job) => {
    const { report } = job;
    const chosen = new Set(report.suggestions.filter((s) => s.placement?.step && s.kind === 'pain-point').map((s) => s.id));
    const addButton = el('button', { class: 'primary', hidden: readOnly, onclick: () => accept(job, chosen, addButton) });
    const countChosen = () => {
      addButton.textContent = `Add ${chosen.size} ${chosen.size === 1 ? 'card' : 'cards'} to the map`;
      addButton.disabled = chosen.size === 0;
    };
    const { summary } = report;
    replace(results,
      el('section', { class: 'insight-summary', 'aria-label': 'Summary' },
        el('h2', {}, job.file),
        el('p', {}, `${summary.items.toLocaleString()} items: `,
          el('span', { class: 'label-positive' }, `${summary.positive} positive`), ', ',
          el('span', { class: 'label-neutral' }, `${summary.neutral} neutral`), ', ',
          el('span', { class: 'label-negative' }, `${summary.negative} negative`), ` · ${summary.themes} themes`)),
      el('section', { class: 'insight-themes', 'aria-label': 'Themes' }, el('h2', {}, 'Themes'), themeChart(report.themes)),
      el('section', { class: 'insight-suggestions', 'aria-label': 'Suggestions' },
        el('div', { class: 'section-heading' }, el('h2', {}, 'Suggested cards'), addButton),
        readOnly ? el('p', { class: 'muted' }, 'Editors can add these to the map.') : null,
        suggestionList(report.suggestions, current.journey, chosen, readOnly, countChosen)));
    countChosen();
  };

  const accept = async (job, chosen, button) => {
    button.disabled = true;
    try {
      current = await api.acceptInsights(workspaceId, journeyId, job.id, [...chosen], current.version);
      toast(`Added ${chosen.size} ${chosen.size === 1 ? 'card' : 'cards'} with their evidence to the map`, 'success');
      navigate(`/w/${workspaceId}/j/${journeyId}`);
    } catch (error) {
      button.disabled = false;
      toast(error.status === 409
        ? 'The map changed since this page opened. Open Insights again and add the cards once more.'
        : `Not added: ${error instanceof api.ApiError ? error.explain() : error.message}`, 'error', 8000);
    }
  };

  replace(root, el('div', { class: 'insights-screen' },
    journeyHeader(workspaceId, journeyId, journey.name, 'insights'),
    el('div', { class: 'insights-body' },
      el('form', { class: 'insight-upload', onsubmit: analyse },
        el('h2', {}, 'Evidence from customer feedback'),
        el('p', { class: 'muted' }, 'Upload survey answers, reviews or support tickets (CSV, TSV, XLSX with a header row) or an interview '
          + 'transcript (TXT, MD). Journeyboard scores each item’s sentiment, groups the items into themes and suggests pain points '
          + 'and delights for this journey’s steps. The file is analysed and forgotten: only the cards you add are kept, with '
          + 'their quotes as evidence.'),
        field('Feedback file', fileInput),
        el('div', { class: 'column-fields' },
          field('Text column', textColumn), field('ID column', idColumn), field('Stage column', stageColumn)),
        el('p', { class: 'field-hint' }, 'Leave a column empty when the file names it as shown. Without an ID column rows are '
          + 'numbered; without a stage column themes are placed on the step they are most alike.'),
        el('div', { class: 'form-actions' }, analyseButton),
        progress),
      results)));
  return () => { leaving = true; };
}
