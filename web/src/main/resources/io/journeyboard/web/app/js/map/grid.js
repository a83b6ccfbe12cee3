// Draws a journey as a grid: stages and their steps as columns, lanes as rows. Lane headers stick
// to the left edge, stage and step headers to the top, so a wide map stays readable while it
// scrolls. Behaviour lives elsewhere: elements carry data-* attributes that the editor listens to.

import { el } from '../dom.js';
import { glyph } from '../ui/glyphs.js';
import { LANE_KINDS } from '../model/lane-kinds.js';
import { columnsOf, stepName } from '../model/journey-queries.js';
import { cardElement, changeBadge, opportunityElement } from './cards.js';
import { emotionCurve, emotionLegend } from './emotion-curve.js';
import { assignTabStop } from './grid-navigation.js';

/**
 * What the grid draws besides the journey; the editor's view (editor/editor-object.js) is one, the
 * history's read-only map another.
 * @typedef {object} MapView
 * @property {number} zoom
 * @property {string} personaFilter  the persona whose cards alone are shown, or '' for all
 * @property {{type: string, id: string}|null} selected
 * @property {boolean} readOnly  no add buttons, header menus or draggable emotion points
 * @property {Map<string, object>} personas  by id, for names and avatars
 * @property {Map<string, number>} [commentCounts]  open comments per card id
 * @property {(personaId: string, stepId: string, score: number) => void} [onEmotion]  needed unless readOnly
 * @property {Map<string, string>} [changes]  ids a compared version added or changed ('added'|'changed'), marked (history)
 * @property {boolean} [narrowLanes]  lane titles in a narrow column, for small windows
 * @property {string} [focusKey]  the element that is the grid's one tab stop (grid-navigation.js keeps it)
 */

/** The journey as a grid element; the editor attaches behaviour through the data-* attributes. */
export function renderGrid(journey, view) {
  const columns = columnsOf(journey);
  const grid = el('div', {
    class: `map-grid${view.readOnly ? ' read-only' : ''}${view.narrowLanes ? ' narrow-lanes' : ''}`,
    role: 'grid',
    'aria-label': `Journey map ${journey.name}`,
    'aria-rowcount': (journey.lanes || []).length + 2,
    style: `--columns: ${Math.max(columns.length, 1)}; --zoom: ${view.zoom}`,
  });
  grid.append(...headerRows(journey, columns, view));
  const context = cardContext(journey, view);
  (journey.lanes || []).forEach((lane, index) => grid.append(laneRow(journey, lane, index, columns, view, context)));
  if (!view.readOnly) {
    grid.append(el('div', { class: 'grid-row', role: 'row' }, el('div', { class: 'lane-header add-lane-row', role: 'rowheader' },
      el('button', { class: 'ghost small grid-action', dataset: { action: 'add-lane' } }, glyph('plus', 14), 'Add lane'))));
  }
  assignTabStop(grid, view);
  return grid;
}

function headerRows(journey, columns, view) {
  const stageRow = el('div', { class: 'grid-row stage-row', role: 'row' },
    el('div', { class: 'corner corner-top', role: 'columnheader' },
      el('span', { class: 'corner-title' }, journey.state === 'future' ? 'Future state' : 'Current state')));
  const stepRow = el('div', { class: 'grid-row step-row', role: 'row' },
    el('div', { class: 'corner corner-bottom', role: 'columnheader' },
      view.readOnly ? el('span', { class: 'visually-hidden' }, 'Steps')
        : el('button', { class: 'ghost small grid-action', dataset: { action: 'add-stage' } }, glyph('plus', 14), 'Stage')));
  const truthSteps = momentsOfTruthSteps(journey);
  let stageIndex = 0;
  for (const stage of journey.stages || []) {
    const span = Math.max((stage.steps || []).length, 1);
    stageRow.append(el('div', {
      class: `stage-header stage-tone-${stageIndex++ % 6}${view.selected?.id === stage.id ? ' selected' : ''}`,
      role: 'columnheader', style: `grid-column: span ${span}`, tabindex: '0',
      'aria-label': `Stage ${stage.name}`, dataset: { stageId: stage.id }, title: stage.description || '',
    },
    el('span', { class: 'stage-name' }, stage.name),
    changeBadge(view.changes, stage.id),
    view.readOnly ? null : menuButton('stage-menu', `Stage ${stage.name} options`)));
  }
  for (const { stage, step } of columns) {
    if (!step) {
      stepRow.append(el('div', { class: 'step-header empty-stage', role: 'columnheader' },
        view.readOnly ? el('span', { class: 'muted' }, 'No steps')
          : el('button', { class: 'ghost small grid-action', dataset: { action: 'add-step', stageId: stage.id } }, glyph('plus', 14), 'Step')));
      continue;
    }
    stepRow.append(el('div', {
      class: `step-header${view.selected?.id === step.id ? ' selected' : ''}`, role: 'columnheader', tabindex: '0',
      'aria-label': `Step ${step.name}${truthSteps.has(step.id) ? ', moment of truth' : ''}${step.description ? `: ${step.description}` : ''}`,
      dataset: { stepId: step.id, stageId: stage.id }, title: step.description || '',
    },
    truthSteps.has(step.id) ? el('span', { class: 'truth-marker', title: 'Moment of truth' }, glyph('star', 13)) : null,
    el('span', { class: 'step-name' }, step.name),
    step.description ? el('span', { class: 'step-described', title: step.description }, glyph('lines', 12)) : null,
    commentCount(view, step.id),
    changeBadge(view.changes, step.id),
    view.readOnly ? null : menuButton('step-menu', `Step ${step.name} options`)));
  }
  return [stageRow, stepRow];
}

function commentCount(view, id) {
  const count = view.commentCounts?.get(id);
  return count ? el('span', { class: 'meta-count header-comments', title: `${count} open comments` }, glyph('comment', 12), String(count)) : null;
}

function menuButton(action, label) {
  return el('button', { class: 'icon-button header-menu', dataset: { action }, 'aria-label': label, title: 'Options' }, glyph('more', 16));
}

function momentsOfTruthSteps(journey) {
  const laneIds = new Set((journey.lanes || []).filter((l) => l.kind === 'moments_of_truth').map((l) => l.id));
  return new Set((journey.cards || []).filter((c) => laneIds.has(c.laneId)).map((c) => c.stepId));
}

function cardContext(journey, view) {
  const linkedOpportunities = new Map();
  const highlighted = new Set();
  for (const opportunity of journey.opportunities || []) {
    for (const id of opportunity.painPointIds || []) {
      linkedOpportunities.set(id, (linkedOpportunities.get(id) || 0) + 1);
      if (view.selected?.id === opportunity.id) highlighted.add(id);
    }
    if (opportunity.painPointIds?.includes(view.selected?.id)) highlighted.add(opportunity.id);
  }
  return { ...view, selectedId: view.selected?.id, linkedOpportunities, highlighted };
}

function laneRow(journey, lane, index, columns, view, context) {
  const meta = LANE_KINDS[lane.kind] || LANE_KINDS.notes;
  const row = el('div', { class: `grid-row lane-row tint-${meta.tint} lane-kind-${lane.kind}`, role: 'row', dataset: { laneId: lane.id } });
  row.append(el('div', {
    class: `lane-header${view.selected?.id === lane.id ? ' selected' : ''}`, role: 'rowheader', tabindex: '0',
    'aria-label': `Lane ${lane.title}`, dataset: { laneId: lane.id },
  },
  el('span', { class: 'lane-title' }, lane.title, changeBadge(view.changes, lane.id)),
  lane.title.trim().toLowerCase() === meta.label.toLowerCase() ? null : el('span', { class: 'lane-kind' }, meta.label),
  view.readOnly ? null : menuButton('lane-menu', `Lane ${lane.title} options`),
  lane.kind === 'emotion' ? emotionLegend(journey, view) : null));
  if (lane.kind === 'emotion') {
    row.append(el('div', { class: 'lane-cell emotion-cell', role: 'gridcell', style: 'grid-column: 2 / -1' },
      emotionCurve(journey, columns, view)));
    return row;
  }
  for (const { step } of columns) {
    const cell = el('div', { class: 'lane-cell', role: 'gridcell', dataset: step ? { laneId: lane.id, stepId: step.id } : {} });
    if (step && lane.kind === 'opportunities') {
      for (const opportunity of journey.opportunities || []) {
        if (opportunity.stepId === step.id) cell.append(opportunityElement(opportunity, context));
      }
      if (!view.readOnly) {
        cell.append(el('button', {
          class: 'add-card', dataset: { action: 'add-opportunity', stepId: step.id },
          'aria-label': `Add opportunity at ${stepName(journey, step.id)}`,
        }, glyph('plus', 14)));
      }
    } else if (step) {
      for (const card of journey.cards || []) {
        if (card.laneId === lane.id && card.stepId === step.id && visibleFor(card, view.personaFilter)) {
          cell.append(cardElement(card, lane, context));
        }
      }
      if (!view.readOnly) {
        cell.append(el('button', {
          class: 'add-card', dataset: { action: 'add-card', laneId: lane.id, stepId: step.id },
          'aria-label': `Add card to ${lane.title} at ${stepName(journey, step.id)}`,
        }, glyph('plus', 14)));
      }
    }
    row.append(cell);
  }
  return row;
}

/** A card with no personas is about all of them, so the filter keeps it. */
function visibleFor(card, personaId) {
  return !personaId || !card.personaIds?.length || card.personaIds.includes(personaId);
}
