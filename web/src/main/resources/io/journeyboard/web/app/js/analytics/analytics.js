// The analytics screen of a journey: upload an event log and see it as a picture (funnel over this
// journey's stages, common paths, busiest transitions, pain points), drawn by the server. The
// picture is shown as an image, so nothing in it is ever run or parsed as HTML here.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { runList } from '../runs/run-list.js';
import { openRun } from '../evidence/evidence-api.js';

const ACCEPTED_FILES = '.csv,.tsv,.txt,.jsonl,.ndjson,.xes,.gz,.parquet';

export async function showAnalytics(root, { workspaceId, journeyId }) {
  const { journey } = await api.journey(workspaceId, journeyId);
  document.title = `Analytics · ${journey.name} · Journeyboard`;

  const fileInput = el('input', { type: 'file', name: 'log', accept: ACCEPTED_FILES, required: true });
  const columns = Object.fromEntries(['case', 'activity', 'time'].map((role) =>
    [role, el('input', { type: 'text', name: role, placeholder: 'detected', autocomplete: 'off' })]));
  const skipBadRows = el('input', { type: 'checkbox', name: 'skip' });
  const analyseButton = el('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const status = el('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const results = el('div', { class: 'analytics-results' });

  const analyse = async (event) => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    analyseButton.disabled = true;
    status.textContent = `Uploading and analysing ${file.name}…`;
    replace(results);
    try {
      const options = Object.fromEntries(Object.entries(columns).map(([role, input]) => [role, input.value.trim()]));
      if (skipBadRows.checked) options['on-error'] = 'skip';
      showResult(await api.analyseLog(workspaceId, journeyId, file, options));
      status.textContent = '';
      earlier.refresh();
    } catch (error) {
      status.textContent = '';
      replace(results, el('div', { class: 'form-error', role: 'alert' },
        el('strong', {}, `${file.name} could not be analysed`),
        el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error))));
    } finally {
      analyseButton.disabled = false;
    }
  };

  const showResult = (answer) => {
    const { summary } = answer.report;
    const picture = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(answer.svg)}`;
    replace(results,
      el('section', { class: 'analytics-summary', 'aria-label': 'Summary' },
        el('h2', {}, answer.file),
        el('p', {}, `${summary.events.toLocaleString()} events · ${summary.cases.toLocaleString()} cases · `
          + `${summary.activities.toLocaleString()} activities · ${summary.variants.toLocaleString()} variants`),
        answer.note ? el('p', { class: 'analytics-note' }, `No funnel: ${answer.note}.`) : null,
        el('a', { href: picture, download: `${answer.file.replace(/\.[^.]*$/, '')}-analytics.svg`, class: 'secondary small button-link' },
          'Download the picture (SVG)')),
      el('img', { class: 'analytics-picture', src: picture, alt: `Analytics of ${answer.file}: funnel, common paths, busiest transitions and pain points` }));
  };

  const earlier = runList(workspaceId, journeyId, 'analytics', async (run) => {
    showResult((await openRun(workspaceId, run.id)).answer);
    status.textContent = `Opened the analysis of ${run.source} by ${run.startedBy}, ${new Date(run.startedAt).toLocaleString()}.`;
  });
  replace(root, el('div', { class: 'insights-screen' },
    journeyHeader(workspaceId, journeyId, journey.name, 'analytics'),
    el('div', { class: 'insights-body' },
      el('div', { class: 'insights-side' }, el('form', { class: 'insight-upload', onsubmit: analyse },
        el('h2', {}, 'Journey analytics from an event log'),
        el('p', { class: 'muted' }, 'Upload an event log (CSV or TSV with a header, JSON lines or XES, optionally gzipped): one row per '
          + 'event with a case, an activity and a time. The funnel is this journey: a stage is reached by activities named like '
          + 'its steps (patterns such as A_* work). The log itself is not kept; each analysis is listed below to open again.'),
        field('Event log', fileInput),
        el('div', { class: 'column-fields' },
          field('Case column', columns.case), field('Activity column', columns.activity), field('Time column', columns.time)),
        el('label', { class: 'checkbox-field' }, skipBadRows, ' Leave out bad rows instead of refusing the log'),
        el('div', { class: 'form-actions' }, analyseButton),
        status), earlier.node),
      results)));
}
