// The edits a user makes to a journey, each a plain mutation of a draft copy
// (JourneySession.change hands out the copy and turns the result into a patch).

import { newId } from './ids.js';
import { requiredCardFields } from './lane-kinds.js';

const list = (journey, name) => (journey[name] ||= []);
const allSteps = (journey) => (journey.stages || []).flatMap((stage) => stage.steps || []);

export function findCard(journey, cardId) {
  return (journey.cards || []).find((c) => c.id === cardId);
}

export function addCard(journey, laneId, stepId, text) {
  const lane = journey.lanes.find((l) => l.id === laneId);
  const card = { id: newId('card'), laneId, stepId, text, ...requiredCardFields(lane.kind) };
  list(journey, 'cards').push(card);
  return card;
}

export function updateCard(journey, cardId, fields) {
  const card = findCard(journey, cardId);
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) delete card[name];
    else card[name] = value;
  }
}

export function deleteCard(journey, cardId) {
  journey.cards = journey.cards.filter((c) => c.id !== cardId);
  for (const opportunity of journey.opportunities || []) {
    if (opportunity.painPointIds) opportunity.painPointIds = opportunity.painPointIds.filter((id) => id !== cardId);
  }
}

/**
 * Puts a card in lane/step before the card beforeId (at the end when null). A card that changes
 * lane kind gains or loses the fields only some kinds carry (channel, severity, metric).
 */
export function moveCard(journey, cardId, laneId, stepId, beforeId = null) {
  const card = findCard(journey, cardId);
  const fromKind = journey.lanes.find((l) => l.id === card.laneId)?.kind;
  const toKind = journey.lanes.find((l) => l.id === laneId)?.kind;
  journey.cards = journey.cards.filter((c) => c.id !== cardId);
  Object.assign(card, { laneId, stepId });
  if (fromKind !== toKind) {
    delete card.channel; delete card.severity; delete card.metric;
    Object.assign(card, requiredCardFields(toKind));
  }
  const before = beforeId ? journey.cards.findIndex((c) => c.id === beforeId) : -1;
  if (before >= 0) journey.cards.splice(before, 0, card);
  else journey.cards.push(card);
}

/** The cards of one cell, in order. */
export function cellCards(journey, laneId, stepId) {
  return (journey.cards || []).filter((c) => c.laneId === laneId && c.stepId === stepId);
}

export function setEmotion(journey, personaId, stepId, score) {
  const emotions = list(journey, 'emotions');
  const point = emotions.find((e) => e.personaId === personaId && e.stepId === stepId);
  if (point) point.score = score;
  else emotions.push({ personaId, stepId, score });
}

export function addStage(journey, name, afterStageId = null) {
  const stage = { id: newId('stage'), name, steps: [{ id: newId('step'), name: 'New step' }] };
  insertAfter(list(journey, 'stages'), stage, afterStageId);
  return stage;
}

export function addStep(journey, stageId, name, afterStepId = null) {
  const stage = journey.stages.find((s) => s.id === stageId);
  const step = { id: newId('step'), name };
  insertAfter((stage.steps ||= []), step, afterStepId);
  return step;
}

export function addLane(journey, kind, title, afterLaneId = null) {
  const lane = { id: newId('lane'), kind, title };
  insertAfter(list(journey, 'lanes'), lane, afterLaneId);
  return lane;
}

function insertAfter(items, item, afterId) {
  const index = afterId ? items.findIndex((i) => i.id === afterId) : -1;
  if (index >= 0) items.splice(index + 1, 0, item);
  else items.push(item);
}

export function rename(journey, kind, id, name) {
  const target = kind === 'lane' ? journey.lanes.find((l) => l.id === id)
    : kind === 'stage' ? journey.stages.find((s) => s.id === id) : allSteps(journey).find((s) => s.id === id);
  if (kind === 'lane') target.title = name;
  else target.name = name;
}

/** Moves a stage or a lane one place left/up (-1) or right/down (+1). */
export function shift(items, id, delta) {
  const index = items.findIndex((i) => i.id === id);
  const to = index + delta;
  if (index < 0 || to < 0 || to >= items.length) return false;
  const [item] = items.splice(index, 1);
  items.splice(to, 0, item);
  return true;
}

/** Moves a step one column left or right, crossing into the neighbouring stage at a stage's edge. */
export function shiftStep(journey, stepId, delta) {
  const stageIndex = journey.stages.findIndex((s) => (s.steps || []).some((step) => step.id === stepId));
  const steps = journey.stages[stageIndex].steps;
  const index = steps.findIndex((s) => s.id === stepId);
  if (shift(steps, stepId, delta)) return;
  const neighbour = journey.stages[stageIndex + delta];
  if (!neighbour) return;
  const [step] = steps.splice(index, 1);
  neighbour.steps ||= [];
  if (delta > 0) neighbour.steps.unshift(step);
  else neighbour.steps.push(step);
}

export function deleteStep(journey, stepId) {
  for (const stage of journey.stages) stage.steps = (stage.steps || []).filter((s) => s.id !== stepId);
  removeStepContent(journey, new Set([stepId]));
}

export function deleteStage(journey, stageId) {
  const stage = journey.stages.find((s) => s.id === stageId);
  journey.stages = journey.stages.filter((s) => s.id !== stageId);
  removeStepContent(journey, new Set((stage.steps || []).map((s) => s.id)));
}

function removeStepContent(journey, stepIds) {
  const removed = new Set((journey.cards || []).filter((c) => stepIds.has(c.stepId)).map((c) => c.id));
  journey.cards = (journey.cards || []).filter((c) => !removed.has(c.id));
  journey.emotions = (journey.emotions || []).filter((e) => !stepIds.has(e.stepId));
  for (const opportunity of journey.opportunities || []) {
    if (stepIds.has(opportunity.stepId)) delete opportunity.stepId;
    if (opportunity.painPointIds) opportunity.painPointIds = opportunity.painPointIds.filter((id) => !removed.has(id));
  }
}

export function deleteLane(journey, laneId) {
  const removed = new Set((journey.cards || []).filter((c) => c.laneId === laneId).map((c) => c.id));
  journey.lanes = journey.lanes.filter((l) => l.id !== laneId);
  journey.cards = (journey.cards || []).filter((c) => !removed.has(c.id));
  for (const opportunity of journey.opportunities || []) {
    if (opportunity.painPointIds) opportunity.painPointIds = opportunity.painPointIds.filter((id) => !removed.has(id));
  }
}

export function addOpportunity(journey, stepId, title, painPointIds = []) {
  const opportunity = {
    id: newId('opp'), title, stepId, painPointIds, customerValue: 3, businessValue: 3, effort: 3, confidence: 0.5, status: 'idea',
  };
  list(journey, 'opportunities').push(opportunity);
  return opportunity;
}

export function updateOpportunity(journey, id, fields) {
  const opportunity = journey.opportunities.find((o) => o.id === id);
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === '' || value === null) delete opportunity[name];
    else opportunity[name] = value;
  }
}

export function deleteOpportunity(journey, id) {
  journey.opportunities = journey.opportunities.filter((o) => o.id !== id);
}

/** Puts an item where another one is (the other shifts aside), as a drag and drop of headers does. */
export function moveOnto(items, id, targetId) {
  const from = items.findIndex((i) => i.id === id);
  const to = items.findIndex((i) => i.id === targetId);
  if (from < 0 || to < 0 || from === to) return;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
}

/** Moves a step onto another step's place, also into another stage. */
export function moveStepOnto(journey, stepId, targetStepId) {
  const stageOf = (id) => journey.stages.find((s) => (s.steps || []).some((step) => step.id === id));
  const from = stageOf(stepId);
  const to = stageOf(targetStepId);
  if (from === to) {
    moveOnto(from.steps, stepId, targetStepId);
    return;
  }
  // Like moveOnto across the whole map: moving right lands after the target, moving left before it.
  const rightwards = journey.stages.indexOf(from) < journey.stages.indexOf(to);
  const [step] = from.steps.splice(from.steps.findIndex((s) => s.id === stepId), 1);
  to.steps.splice(to.steps.findIndex((s) => s.id === targetStepId) + (rightwards ? 1 : 0), 0, step);
}

export function describeStep(journey, stepId, description) {
  const step = (journey.stages || []).flatMap((s) => s.steps || []).find((s) => s.id === stepId);
  if (description) step.description = description;
  else delete step.description;
}

/** A note on a scored emotion point (why the persona feels so there); an empty note removes it. */
export function setEmotionNote(journey, personaId, stepId, note) {
  const point = (journey.emotions || []).find((e) => e.personaId === personaId && e.stepId === stepId);
  if (note) point.note = note;
  else delete point.note;
}
