// The measured lane of the map editor: a row drawn from event data, not edited. For every bound step it
// shows the cases reaching it, their share of the journey's entrants, conversion from the previous step,
// drop-off, median time to the next step and rework (docs/living-map.md); each figure opens its evidence
// (sample case ids, the dataset and its period). The figures come from GET …/lane on a stored dataset.

import * as api from '../api.js';
import { el } from '../dom.js';
import { openDialog } from '../ui/dialog.js';
import { columnsOf } from '../model/journey-queries.js';
import { suggestBindings } from './suggested-bindings.js';
import { exploreLink } from './explore-link.js';

const POLL_MS = 2000;
const CHOSEN = 'journeyboard.dataset.';

/**
 * Starts measuring the editor's journey: loads the workspace's datasets and the lane on the chosen one,
 * redraws the editor when figures arrive, asks again while the dataset is loading, and again after a
 * save that changed a binding. Answers the function that stops it.
 */
export function startLiving(editor) {
  const living = { datasets: [], datasetId: null, answer: null, activities: null, error: null, measuredBindings: null, timer: null };
  editor.living = living;
  let stopped = false;
  const load = async () => {
    if (stopped) return;
    try {
      living.datasets = await api.datasets(editor.workspaceId);
      const remembered = localStorage.getItem(CHOSEN + editor.workspaceId);
      living.datasetId = living.datasets.some((d) => d.id === remembered) ? remembered : living.datasets[0]?.id || null;
      living.measuredBindings = bindingsOf(editor.session.current);
      living.answer = living.datasetId ? await api.measuredLane(editor.workspaceId, editor.journeyId, living.datasetId) : null;
      if (living.answer && !living.answer.loading && !living.activities) {
        living.activities = (await api.dataset(editor.workspaceId, living.datasetId)).activities.map((a) => a.name);
      }
      living.error = null;
    } catch (error) {
      living.error = error;
    }
    if (stopped) return;
    redrawRow(editor);
    clearTimeout(living.timer);
    if (living.answer?.loading) living.timer = setTimeout(load, POLL_MS);
  };
  living.reload = load;
  living.choose = (datasetId) => {
    localStorage.setItem(CHOSEN + editor.workspaceId, datasetId);
    living.activities = null;
    load();
  };
  living.saved = () => {
    if (bindingsOf(editor.session.current) !== living.measuredBindings) load();
  };
  load();
  return () => { stopped = true; clearTimeout(living.timer); };
}

function bindingsOf(journey) {
  return JSON.stringify((journey.stages || []).flatMap((s) => (s.steps || []).map((t) => [t.id, t.binding || null])));
}

/** Replaces only the measured row: re-drawing the whole grid would take away a card being typed. */
function redrawRow(editor) {
  const grid = editor.scroller?.querySelector('.map-grid');
  if (!grid) return;
  grid.querySelector('.measured-row')?.remove();
  withMeasuredLane(grid, editor.session.current, editor);
}

/** Adds the measured row under the step headers of a drawn grid. */
export function withMeasuredLane(grid, journey, editor) {
  const living = editor.living;
  if (!living) return grid;
  const stepRow = grid.querySelector('.step-row');
  stepRow?.after(measuredRow(journey, living, editor));
  return grid;
}

function measuredRow(journey, living, editor) {
  const row = el('div', { class: 'grid-row lane-row measured-row', role: 'row', 'aria-label': 'Measured lane' });
  row.append(el('div', { class: 'lane-header measured-header', role: 'rowheader' },
    el('span', { class: 'lane-title' }, 'Measured'),
    el('span', { class: 'lane-kind' }, sourceLabel(living)),
    living.datasets.length > 1 ? datasetChoice(living) : null,
    !editor.view.readOnly && living.answer && !living.answer.loading
      ? el('button', { type: 'button', class: 'ghost small suggest-bindings', onclick: () => suggestBindings(editor, living.datasetId) },
        'Suggest bindings') : null));
  const columns = columnsOf(journey);
  const message = statusMessage(living, editor);
  if (message) {
    row.append(el('div', { class: 'lane-cell measured-cell measured-status', role: 'gridcell', style: 'grid-column: 2 / -1' }, message));
    return row;
  }
  const figures = new Map((living.answer.lane?.steps || []).map((s) => [s.stepId, s]));
  for (const { step } of columns) {
    const measured = step && figures.get(step.id);
    row.append(el('div', { class: 'lane-cell measured-cell', role: 'gridcell', dataset: step ? { stepId: step.id } : {} },
      measured ? [stepFigures(measured, living.answer), exploreLink(editor, { step: step.id }, 'Explore')]
        : step ? el('span', { class: 'measured-unbound muted' }, step.binding ? 'no figures' : 'not bound') : null));
  }
  return row;
}

function sourceLabel(living) {
  const dataset = living.answer?.dataset;
  return dataset ? `from ${dataset.name}` : 'from event data';
}

function datasetChoice(living) {
  return el('select', { class: 'measured-dataset', 'aria-label': 'Dataset measured', onchange: (e) => living.choose(e.target.value) },
    living.datasets.map((d) => el('option', { value: d.id, selected: d.id === living.datasetId }, d.name)));
}

function statusMessage(living, editor) {
  if (living.error) return `The figures could not be loaded: ${living.error.message}`;
  if (!living.datasetId) {
    return el('span', {}, 'No event data yet. ',
      el('a', { href: `#/w/${encodeURIComponent(editor.workspaceId)}/data` }, 'Upload a dataset'), ' and bind steps to its activities.');
  }
  if (!living.answer) return 'Measuring…';
  if (living.answer.loading) return `Loading ${living.datasets.find((d) => d.id === living.datasetId)?.name || 'the dataset'}… the figures follow.`;
  if (!living.answer.lane) return living.answer.note || 'No step is bound yet: select a step and bind it to activities.';
  return null;
}

const percent = (share) => `${(share * 100).toFixed(share >= 0.995 || share === 0 ? 0 : 1)}%`;

function duration(seconds) {
  if (seconds == null) return '–';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

function stepFigures(step, answer) {
  const figure = (label, value, cases, title) => el('button', {
    type: 'button', class: 'measured-figure', title: `${title} — show the cases`,
    onclick: () => showEvidence(step, label, value, cases, title, answer),
  }, el('span', { class: 'figure-value' }, value), el('span', { class: 'figure-label' }, label));
  return el('div', { class: 'measured-figures' },
    figure('cases', step.cases.toLocaleString(), step.samples.reached, `${step.cases} cases reached ${step.stepName}`),
    figure('of entrants', percent(step.shareOfEntrants), step.samples.reached, 'Share of the cases that entered the journey'),
    figure('from previous', percent(step.conversionFromPrevious), step.samples.reached, 'Conversion from the previous bound step'),
    figure('drop-off', step.dropOff.toLocaleString(), step.samples.droppedOff, 'Cases that reached the previous step and never this one after'),
    figure('to next', duration(step.medianSecondsToNext), step.samples.reached,
      `Median time to the next step, over ${step.casesToNext} cases`),
    figure('rework', step.rework.toLocaleString(), step.samples.rework, 'Cases that went back to an earlier step after this one'));
}

function showEvidence(step, label, value, cases, title, answer) {
  const { dataset } = answer;
  const period = dataset.period?.from ? `${dataset.period.from.slice(0, 10)} to ${dataset.period.to.slice(0, 10)}` : 'no events';
  openDialog({
    title: `${step.stepName}: ${value} ${label}`,
    className: 'evidence-dialog',
    body: () => el('div', { class: 'form-stack' },
      el('p', {}, title),
      el('p', { class: 'muted' }, `Dataset ${dataset.name} (${dataset.events.toLocaleString()} events, ${period}), `
        + `journey version ${answer.journeyVersion}.`),
      el('h3', {}, cases.length ? `Sample cases (${cases.length})` : 'No case is behind this figure'),
      el('ul', { class: 'evidence-cases' }, cases.map((id) => el('li', {}, el('code', {}, id))))),
    actions: [{ label: 'Close', value: null, autofocus: true }],
  });
}
