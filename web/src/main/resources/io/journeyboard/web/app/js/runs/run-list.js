// The kept runs of a journey (feedback analyses or event-log analyses): who ran which file when, how it
// ended and its headline figures, each opened again with one button.

import { el, replace } from '../dom.js';
import { runs } from '../evidence/evidence-api.js';

const FIGURES = {
  insights: (s) => [s.items !== undefined ? `${s.items.toLocaleString()} items` : null,
    s.themes !== undefined ? `${s.themes} themes` : null, s.negative !== undefined ? `${s.negative} negative` : null,
    s.suggestions !== undefined ? `${s.suggestions} suggestions` : null],
  analytics: (s) => [`${(s.cases ?? 0).toLocaleString()} cases`, `${(s.events ?? 0).toLocaleString()} events`,
    s.converted !== undefined ? `${s.converted.toLocaleString()} reached the last stage` : null],
};

// A run that has no figures says why; an interrupted one was left running by a server that was killed.
const STATE_TEXT = {
  failed: (run) => `Failed: ${run.error}`,
  interrupted: (run) => `Interrupted: ${run.error}`,
  running: () => 'Running…',
};

/** A section listing the runs; refresh() redraws it; onOpen(run) when one is opened. */
export function runList(workspaceId, journeyId, kind, onOpen) {
  const list = el('div', {});
  const node = el('section', { class: 'run-list', 'aria-label': 'Earlier analyses' }, el('h2', {}, 'Earlier analyses'), list);
  const refresh = async () => {
    const kept = await runs(workspaceId, journeyId, kind);
    replace(list, kept.length ? el('ul', {}, kept.map((run) => el('li', { class: `run run-${run.state}` },
      el('div', {},
        el('strong', {}, run.source),
        el('span', { class: 'muted' }, ` · ${run.startedBy} · ${new Date(run.startedAt).toLocaleString()}`),
        el('div', { class: 'tile-meta' }, STATE_TEXT[run.state] ? STATE_TEXT[run.state](run)
          : FIGURES[kind](run.summary).filter(Boolean).join(' · '))),
      run.state === 'done' ? el('button', { class: 'secondary small', 'aria-label': `Open the analysis of ${run.source} from ${new Date(run.startedAt).toLocaleString()}`, onclick: () => onOpen(run) }, 'Open') : null)))
      : el('p', { class: 'muted' }, 'No analyses yet; each one is kept here.'));
  };
  refresh();
  return { node, refresh };
}
