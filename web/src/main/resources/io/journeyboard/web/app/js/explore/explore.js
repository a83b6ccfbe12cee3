// The explorer of a journey: upload an event log once (the server keeps it in memory), then explore
// it in views that share one segment (attribute value, period, variant): funnel builder, paths,
// process map, variants, what drives conversion and a side-by-side comparison.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { count } from './format.js';
import { showFunnel } from './funnel-view.js';
import { showPaths } from './paths-view.js';
import { showProcessMap } from './process-map.js';
import { showVariants } from './variants-view.js';
import { showDrivers } from './drivers-view.js';
import { showCompare } from './compare-view.js';
import { segmentBar } from './segment-bar.js';
import { focusFromMap } from './from-map.js';

const ACCEPTED_FILES = '.csv,.tsv,.txt,.jsonl,.ndjson,.xes,.gz,.parquet';
const VIEWS = [['funnel', 'Funnel', showFunnel], ['paths', 'Paths', showPaths], ['map', 'Process map', showProcessMap],
  ['variants', 'Variants', showVariants], ['drivers', 'What drives conversion', showDrivers], ['compare', 'Compare',
    showCompare]];
const remembered = (workspaceId) => `journeyboard-explore-${workspaceId}`;

export async function showExplore(root, { workspaceId, journeyId, query = {} }) {
  const { journey } = await api.journey(workspaceId, journeyId);
  document.title = `Explore · ${journey.name} · Journeyboard`;
  const body = el('div', { class: 'insights-body explore-body' });
  replace(root, el('div', { class: 'insights-screen' }, journeyHeader(workspaceId, journeyId, journey.name, 'explore'),
    body));
  // What is explored is remembered per tab as "log:ID" (an upload held in memory) or "dataset:ID" (stored).
  const open = async (source, fromMap = null) => {
    try {
      const [kind, id] = source.split(/:(.*)/s);
      const overview = kind === 'dataset' ? await api.exploredDataset(workspaceId, id)
        : await api.exploredLog(workspaceId, id);
      sessionStorage.setItem(remembered(workspaceId), source);
      await explorer(body, { workspaceId, journeyId, overview, focus: fromMap && focusFromMap(journey, fromMap, overview),
        onClose: () => { sessionStorage.removeItem(remembered(workspaceId)); uploadForm(); } });
    } catch (error) {
      if (error.status !== 404 && error.status !== 409) throw error;
      sessionStorage.removeItem(remembered(workspaceId));
      uploadForm(error.message);
    }
  };
  const uploadForm = async (notice) => replace(body, await uploadPanel(workspaceId, open, notice));
  const last = sessionStorage.getItem(remembered(workspaceId));
  if (query.dataset) await open(`dataset:${query.dataset}`, query);
  else if (last) await open(last.includes(':') ? last : `log:${last}`);
  else await uploadForm();
}

async function uploadPanel(workspaceId, open, notice) {
  const fileInput = el('input', { type: 'file', name: 'log', accept: ACCEPTED_FILES, required: true });
  const columns = Object.fromEntries(['case', 'activity', 'time'].map((role) =>
    [role, el('input', { type: 'text', name: role, placeholder: 'detected', autocomplete: 'off' })]));
  const skip = el('input', { type: 'checkbox', name: 'skip' });
  const button = el('button', { type: 'submit', class: 'primary' }, 'Explore');
  const status = el('div', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const submit = async (event) => {
    event.preventDefault();
    const file = fileInput.files[0];
    if (!file) return;
    button.disabled = true;
    status.textContent = `Reading ${file.name}…`;
    try {
      const options = Object.fromEntries(Object.entries(columns).map(([role, input]) => [role, input.value.trim()]));
      if (skip.checked) options['on-error'] = 'skip';
      const overview = await api.exploreUpload(workspaceId, file, options);
      await open(`log:${overview.id}`);
    } catch (error) {
      replace(status, el('div', { class: 'form-error', role: 'alert' }, el('strong', {},
        `${file.name} could not be read`),
        el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error))));
    } finally {
      button.disabled = false;
    }
  };
  const [held, stored] = await Promise.all([api.exploredLogs(workspaceId), api.datasets(workspaceId)]);
  const uploads = held.filter((log) => !stored.some((d) => d.name === log.source));
  const datasets = el('section', { class: 'insight-upload', 'aria-label': 'Datasets of this workspace' });
  // While a dataset is still being stored (the demo's, on a first start), its row is asked again until it is.
  const listDatasets = (list) => {
    replace(datasets, el('h2', {}, 'Explore a dataset of this workspace'),
      el('p', { class: 'muted' }, 'Stored event data, analysed in memory; answers follow the data as batches arrive.'),
      el('ul', { class: 'held-logs' }, list.map((d) => el('li', {},
        el('button', { type: 'button', class: 'secondary small', disabled: d.loading || false,
          onclick: () => open(`dataset:${d.id}`) }, `Explore ${d.name}`),
        d.loading ? ' loading…' : ` ${count(d.events)} events`))));
    if (list.some((d) => d.loading)) {
      setTimeout(async () => { if (datasets.isConnected) listDatasets(await api.datasets(workspaceId)); }, 2000);
    }
  };
  listDatasets(stored);
  return el('div', { class: 'explore-start' },
    stored.length ? datasets : null,
    el('form', { class: 'insight-upload', onsubmit: submit },
      el('h2', {}, 'Explore an event log'),
      notice ? el('p', { class: 'analytics-note' }, notice) : null,
      el('p', { class: 'muted' },
        'Upload an event log (CSV or TSV with a header, JSON lines or XES, optionally gzipped): one row per '
        + 'event with a case, an activity and a time; other columns become attributes to break down and segment by. '
        + 'The server '
        + 'reads it once and keeps it in memory for this workspace while it is used; nothing is stored.'),
      field('Event log', fileInput),
      el('div', { class: 'column-fields' }, field('Case column', columns.case), field('Activity column',
        columns.activity),
        field('Time column', columns.time)),
      el('label', { class: 'checkbox-field' }, skip, ' Leave out bad rows instead of refusing the log'),
      el('div', { class: 'form-actions' }, button), status),
    uploads.length ? el('section', { class: 'insight-upload', 'aria-label': 'Logs in memory' }, el('h2', {},
      'Logs in memory'),
      el('ul', { class: 'held-logs' }, uploads.map((log) => el('li', {},
        el('button', { type: 'button', class: 'secondary small', onclick: () => open(`log:${log.id}`) },
          `Open ${log.source}`),
        ` ${count(log.events)} events · ${count(log.cases)} cases`)))) : null);
}

async function explorer(body, { workspaceId, journeyId, overview, focus, onClose }) {
  const state = {
    view: 'funnel',
    segment: focus?.segment || {},
    funnel: { steps: focus?.steps || await defaultSteps(workspaceId, overview), order: 'ordered', windowSeconds: 0,
      open: false, breakdown: [] },
    paths: { activity: focus?.pathsFrom || overview.activities[0]?.activity, direction: 'forward', depth: 5,
      nodesPerLevel: 6, expand: {} },
    map: { activities: 12, edges: 30, measure: 'frequency', highlight: null },
    compare: { view: 'funnel', a: {}, b: {} },
  };
  const timing = el('span', { class: 'muted small explore-timing', 'aria-live': 'off' });
  const panel = el('div', { class: 'explore-panel', role: 'tabpanel' });
  const tabs = el('div', { class: 'explore-tabs', role: 'tablist', 'aria-label': 'Explorer views' });
  const ctx = {
    workspaceId, journeyId, overview, state,
    /** Asks the server; on failure shows why in holder and answers null. */
    ask: async (view, query, holder, segment = state.segment) => {
      const started = performance.now();
      try {
        const answer = await api.explore(workspaceId, overview, view, { ...query, segment });
        timing.textContent = `${view}: answered in ${Math.round(performance.now() - started)} ms`;
        return answer;
      } catch (error) {
        if (holder) {
          replace(holder, el('div', { class: 'form-error', role: 'alert' }, el('strong', {},
            'This view could not be computed'),
            el('pre', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error))));
        }
        return null;
      }
    },
    /**
     * Draws with draw() into holder and shows how long it took: building and inserting the figure and the
     * layout it forces (not the paint after it); also kept as data-draw-ms for the browser tests' benchmark line.
     */
    timeDraw: (view, holder, draw) => {
      const started = performance.now();
      draw();
      const built = performance.now();
      holder.getBoundingClientRect();
      const ms = Math.round(performance.now() - started);
      timing.textContent += `, drawn in ${ms} ms`;
      Object.assign(timing.dataset, { drawn: view, drawMs: String(ms),
        layoutMs: String(Math.round(performance.now() - built)) });
    },
    filterToVariant: (row) => { state.segment = { ...state.segment, variant: row.activities }; show(); },
  };
  const bar = el('div', { class: 'segment-holder' });
  const show = (view = state.view) => {
    state.view = view;
    replace(tabs, VIEWS.map(([key, label]) => el('button', { type: 'button', role: 'tab',
      class: `tab${key === view ? ' active' : ''}`,
      'aria-selected': String(key === view), onclick: () => show(key) }, label)));
    replace(bar, segmentBar(ctx, () => show()));
    VIEWS.find(([key]) => key === view)[2](panel, ctx);
  };
  replace(body, el('div', { class: 'explorer' },
    el('div', { class: 'explore-log' }, el('h2', {}, overview.source),
      el('span', { class: 'muted' },
        `${count(overview.events)} events · ${count(overview.cases)} cases · `
        + `${count(overview.activities.length)} activities`),
      timing, el('button', { type: 'button', class: 'secondary small', onclick: onClose }, 'Explore another log')),
    focus ? el('p', { class: 'analytics-note explore-focus' }, `From the map: ${focus.label}.`
      + (focus.note ? ` Note: ${focus.note}.` : '')) : null,
    bar, tabs, panel));
  show();
}

/** The first steps of the most common variant, so the funnel shows something at once. */
async function defaultSteps(workspaceId, overview) {
  const variants = await api.explore(workspaceId, overview, 'variants', { limit: 1 });
  const seen = [...new Set(variants.rows[0]?.activities || [])].slice(0, 4);
  return seen.map((activity) => ({ name: activity, activities: [activity], optional: false }));
}
