// The map's structure: adding, renaming, moving and deleting stages, steps and lanes,
// from the options menu of each header and the "add" buttons.

import { el, field } from '../dom.js';
import { openMenu } from '../ui/menu.js';
import { openDialog, promptText, confirmAction } from '../ui/dialog.js';
import { LANE_KINDS } from '../model/lane-kinds.js';
import {
  addStage, addStep, addLane, rename, shift, shiftStep, deleteStep, deleteStage, deleteLane,
} from '../model/journey-edits.js';

export function bindStructureMenus(scroller, editor) {
  scroller.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-action]');
    if (!button) return;
    const header = button.closest('.stage-header, .step-header, .lane-header');
    const action = button.dataset.action;
    if (action === 'stage-menu') openMenu(button, stageItems(editor, header.dataset.stageId));
    if (action === 'step-menu') openMenu(button, stepItems(editor, header.dataset.stepId, header.dataset.stageId));
    if (action === 'lane-menu') openMenu(button, laneItems(editor, header.dataset.laneId));
    if (action === 'add-stage') await newStage(editor, null);
    if (action === 'add-step') await newStep(editor, button.dataset.stageId, null);
    if (action === 'add-lane') await newLane(editor, null);
  });
}

function change(editor, label, mutate, select) {
  editor.session.change(label, mutate);
  if (select) editor.view.selected = select;
  editor.render();
  editor.focusSelected();
}

export function stageItems(editor, stageId) {
  const stages = editor.session.current.stages;
  const index = stages.findIndex((s) => s.id === stageId);
  const stage = stages[index];
  return [
    { label: 'Rename stage…', run: () => renameThing(editor, 'stage', stageId, stage.name) },
    { label: 'Add step', run: () => newStep(editor, stageId, stage.steps?.at(-1)?.id ?? null) },
    { label: 'Add stage after', run: () => newStage(editor, stageId) },
    { label: 'Move left', disabled: index === 0, run: () => moveStage(editor, stageId, -1) },
    { label: 'Move right', disabled: index === stages.length - 1, run: () => moveStage(editor, stageId, 1) },
    { label: 'Delete stage…', danger: true, run: async () => {
      if (await confirmAction('Delete stage', `Delete “${stage.name}” with its ${stage.steps?.length || 0} steps and their cards?`)) {
        change(editor, 'Delete stage', (j) => deleteStage(j, stageId), null);
      }
    } },
  ];
}

export function stepItems(editor, stepId, stageId) {
  const steps = editor.session.current.stages.flatMap((s) => s.steps || []);
  const index = steps.findIndex((s) => s.id === stepId);
  const step = steps[index];
  return [
    { label: 'Rename step…', run: () => renameThing(editor, 'step', stepId, step.name) },
    { label: 'Add step after', run: () => newStep(editor, stageId, stepId) },
    // A step moves across stage borders, so only the map's first and last steps cannot go further.
    { label: 'Move left', disabled: index === 0, run: () => moveStep(editor, stepId, -1) },
    { label: 'Move right', disabled: index === steps.length - 1, run: () => moveStep(editor, stepId, 1) },
    { label: 'Delete step…', danger: true, run: async () => {
      if (await confirmAction('Delete step', `Delete “${step.name}” and every card in its column?`)) {
        change(editor, 'Delete step', (j) => deleteStep(j, stepId), null);
      }
    } },
  ];
}

export function laneItems(editor, laneId) {
  const lanes = editor.session.current.lanes;
  const index = lanes.findIndex((l) => l.id === laneId);
  const lane = lanes[index];
  return [
    { label: 'Rename lane…', run: () => renameThing(editor, 'lane', laneId, lane.title) },
    { label: 'Add lane below', run: () => newLane(editor, laneId) },
    { label: 'Move up', disabled: index === 0, run: () => moveLane(editor, laneId, -1) },
    { label: 'Move down', disabled: index === lanes.length - 1, run: () => moveLane(editor, laneId, 1) },
    { label: 'Delete lane…', danger: true, run: async () => {
      if (await confirmAction('Delete lane', `Delete “${lane.title}” and all of its cards?`)) {
        change(editor, 'Delete lane', (j) => deleteLane(j, laneId), null);
      }
    } },
  ];
}

export const moveStage = (editor, id, delta) => change(editor, 'Move stage', (j) => { shift(j.stages, id, delta); }, { type: 'stage', id });
export const moveStep = (editor, id, delta) => change(editor, 'Move step', (j) => shiftStep(j, id, delta), { type: 'step', id });
export const moveLane = (editor, id, delta) => change(editor, 'Move lane', (j) => { shift(j.lanes, id, delta); }, { type: 'lane', id });

export async function renameThing(editor, kind, id, current) {
  const name = await promptText(`Rename ${kind}`, 'Name', current);
  if (name && name !== current) change(editor, `Rename ${kind}`, (j) => rename(j, kind, id, name), { type: kind, id });
}

async function newStage(editor, afterId) {
  const name = await promptText('Add a stage', 'Stage name', '', 'Add stage');
  if (!name) return;
  let stage;
  change(editor, 'Add stage', (j) => { stage = addStage(j, name, afterId); });
  editor.view.selected = { type: 'stage', id: stage.id };
  editor.render();
  editor.focusSelected();
}

async function newStep(editor, stageId, afterId) {
  const name = await promptText('Add a step', 'Step name', '', 'Add step');
  if (!name) return;
  let step;
  change(editor, 'Add step', (j) => { step = addStep(j, stageId, name, afterId); });
  editor.view.selected = { type: 'step', id: step.id };
  editor.render();
  editor.focusSelected();
}

async function newLane(editor, afterId) {
  const kind = el('select', { name: 'kind', required: true },
    Object.entries(LANE_KINDS).map(([value, meta]) => el('option', { value }, meta.label)));
  const title = el('input', { type: 'text', name: 'title', required: true, maxlength: 200, placeholder: 'Shown as the lane title' });
  kind.addEventListener('change', () => { if (!title.dataset.touched) title.value = LANE_KINDS[kind.value].label; });
  title.addEventListener('input', () => { title.dataset.touched = '1'; });
  title.value = LANE_KINDS.actions.label;
  const result = await openDialog({
    title: 'Add a lane',
    body: () => el('div', { class: 'form-stack' }, field('Kind', kind), field('Title', title)),
    actions: [{ label: 'Cancel' }, { label: 'Add lane', kind: 'primary', submit: true, collect: () => ({ kind: kind.value, title: title.value.trim() }) }],
  });
  if (!result?.title) return;
  let lane;
  change(editor, 'Add lane', (j) => { lane = addLane(j, result.kind, result.title, afterId); });
  editor.view.selected = { type: 'lane', id: lane.id };
  editor.render();
  editor.focusSelected();
}
