// A journey's current and future state side by side: one row per stage, the stages both maps share on
// one line, each side showing the stage's steps with their cards by lane and the mean emotion. A map
// without a partner offers to start its future state as a copy, or to pick an existing map as it.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { navigate } from '../router.js';
import { journeyHeader } from '../ui/journey-header.js';
import { toast } from '../ui/toast.js';
import { canEdit } from '../team/permissions.js';
import { journeyStates } from '../evidence/evidence-api.js';
import { alignStages } from './stage-alignment.js';

export async function showStates(root, { workspaceId, journeyId }) {
  const [states, workspace] = await Promise.all([journeyStates(workspaceId, journeyId), api.workspace(workspaceId)]);
  const asked = (states.current?.journey.id === journeyId ? states.current : states.future).journey;
  document.title = `Current and future · ${asked.name} · Journeyboard`;
  const body = states.current && states.future
    ? sideBySide(workspaceId, states.current.journey, states.future.journey)
    : await noPartner(workspaceId, asked, canEdit(workspace.role));
  replace(root, el('div', { class: 'insights-screen states-screen' },
    journeyHeader(workspaceId, journeyId, asked.name, 'states'), body));
}

function sideBySide(workspaceId, current, future) {
  const link = (journey) => el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(journey.id)}` }, journey.name);
  const rows = alignStages(current.stages || [], future.stages || []);
  return el('div', { class: 'state-compare', role: 'table', 'aria-label': 'Current and future state by stage' },
    el('div', { class: 'state-row state-head', role: 'row' },
      el('div', { role: 'columnheader' }, 'Stage'),
      el('div', { role: 'columnheader' }, 'Current state: ', link(current)),
      el('div', { role: 'columnheader' }, 'Future state: ', link(future))),
    rows.map(({ current: now, future: later }) => el('div', { class: `state-row${now && later ? '' : ' state-unmatched'}`, role: 'row' },
      el('div', { class: 'state-stage', role: 'rowheader' }, el('h2', {}, (now || later).name)),
      stageCell(current, now, 'Not in the current state', cardTexts(future, later), 'gone'),
      stageCell(future, later, 'Not in the future state', cardTexts(current, now), 'new'))));
}

const textKey = (card) => card.text.trim().toLowerCase();

/** The texts of the cards on a stage's steps, to tell what changed between the maps; null without that stage. */
function cardTexts(journey, stage) {
  if (!stage) return null;
  const steps = new Set((stage.steps || []).map((s) => s.id));
  return new Set((journey.cards || []).filter((c) => steps.has(c.stepId)).map(textKey));
}

// A card whose text the other map's same stage lacks is tagged: "new" in the future, "gone" from the current.
function stageCell(journey, stage, missing, otherTexts, change) {
  if (!stage) return el('div', { class: 'state-cell muted', role: 'cell' }, missing);
  return el('div', { class: 'state-cell', role: 'cell' },
    (stage.steps || []).map((step) => {
      const cards = (journey.cards || []).filter((c) => c.stepId === step.id);
      const emotions = (journey.emotions || []).filter((e) => e.stepId === step.id);
      const mean = emotions.length ? emotions.reduce((sum, e) => sum + e.score, 0) / emotions.length : null;
      return el('div', { class: 'state-step' },
        el('h3', {}, step.name, mean === null ? null : el('span', { class: 'muted' }, ` · emotion ${mean > 0 ? '+' : ''}${mean.toFixed(1)}`)),
        cards.length ? el('ul', {}, cards.map((card) => {
          const changed = otherTexts && !otherTexts.has(textKey(card));
          return el('li', { class: changed ? `state-${change}` : null },
            el('span', { class: 'state-lane' }, laneTitle(journey, card.laneId)), ` ${card.text}`,
            changed ? el('span', { class: `state-tag ${change}` }, change === 'new' ? 'new' : 'not in the future') : null);
        }))
          : el('p', { class: 'muted' }, 'No cards'));
    }));
}

const laneTitle = (journey, laneId) => (journey.lanes || []).find((l) => l.id === laneId)?.title || laneId;

async function noPartner(workspaceId, journey, editable) {
  const isFuture = journey.state === 'future';
  const text = isFuture
    ? 'This is a future-state map that names no current state. Open the current map and pick this one as its future state.'
    : 'This map has no future state yet. Start one as a copy of this map, or pick an existing map as its future state.';
  if (!editable || isFuture) return el('div', { class: 'empty' }, el('p', {}, text));
  const others = (await api.journeys(workspaceId)).filter((j) => j.id !== journey.id);
  const choice = el('select', { 'aria-label': 'Map to use as the future state' },
    others.map((j) => el('option', { value: j.id }, j.name)));
  return el('div', { class: 'empty state-start' }, el('p', {}, text),
    el('button', { class: 'primary', onclick: () => startFuture(workspaceId, journey) }, 'Start the future state as a copy'),
    others.length ? el('div', { class: 'form-actions' }, choice,
      el('button', { class: 'secondary', onclick: () => pickFuture(workspaceId, journey, choice.value) }, 'Use as the future state')) : null);
}

async function startFuture(workspaceId, journey) {
  const copy = { ...journey, id: `${journey.id}-future`, name: `${journey.name} (future state)`, state: 'future',
    links: [{ journeyId: journey.id, kind: 'future_state_of' }] };
  try {
    await api.createJourney(workspaceId, copy);
    toast(`Started “${copy.name}”.`, 'success');
    navigate(`/w/${workspaceId}/j/${journey.id}/states`);
  } catch (error) {
    toast(error.explain ? error.explain() : error.message, 'error', 8000);
  }
}

async function pickFuture(workspaceId, journey, futureId) {
  try {
    const { journey: future, version } = await api.journey(workspaceId, futureId);
    const links = [...(future.links || []).filter((l) => l.kind !== 'future_state_of'), { journeyId: journey.id, kind: 'future_state_of' }];
    await api.saveJourney(workspaceId, { ...future, state: 'future', links }, version);
    navigate(`/w/${workspaceId}/j/${journey.id}/states`);
  } catch (error) {
    toast(error.explain ? error.explain() : error.message, 'error', 8000);
  }
}
