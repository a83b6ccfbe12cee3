// A journey change as a patch of entities (stages, steps, lanes, cards, emotions, opportunities,
// top-level fields) rather than a whole document. Patches are what make undo, redo and the merge
// after a save conflict work: a patch taken against one version can be re-applied to another,
// touching only the entities the user changed.

const FIELDS = ['name', 'description', 'goal', 'state', 'personaIds', 'links'];
const COLLECTIONS = ['stages', 'steps', 'lanes', 'cards', 'emotions', 'opportunities'];

/** The journey as flat id-keyed lists; steps carry their stageId. */
export function normalize(journey) {
  const stages = [];
  const steps = [];
  for (const stage of journey.stages || []) {
    const { steps: stageSteps, ...rest } = stage;
    stages.push(rest);
    for (const step of stageSteps || []) steps.push({ ...step, stageId: stage.id });
  }
  return {
    fields: Object.fromEntries(FIELDS.map((name) => [name, journey[name]])),
    stages, steps,
    lanes: journey.lanes || [],
    cards: journey.cards || [],
    emotions: journey.emotions || [],
    opportunities: journey.opportunities || [],
    id: journey.id,
  };
}

/** The inverse of normalize(): the document the API expects, absent lists left out. */
export function denormalize(flat) {
  const journey = { id: flat.id };
  for (const name of FIELDS) {
    const value = flat.fields[name];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) journey[name] = value;
  }
  journey.stages = flat.stages.map((stage) => {
    const steps = flat.steps.filter((s) => s.stageId === stage.id).map(({ stageId, ...step }) => step);
    return steps.length ? { ...stage, steps } : { ...stage };
  });
  for (const name of ['lanes', 'cards', 'emotions', 'opportunities']) {
    if (flat[name].length) journey[name] = flat[name];
  }
  if (!journey.stages.length) delete journey.stages;
  return journey;
}

export function keyOf(collection, entity) {
  return collection === 'emotions' ? `${entity.personaId}|${entity.stepId}` : entity.id;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The patch that turns journey a into journey b: an empty array when they are equal. */
export function diff(a, b) {
  const from = normalize(a);
  const to = normalize(b);
  const changes = [];
  for (const name of FIELDS) {
    if (!same(from.fields[name], to.fields[name])) changes.push({ op: 'field', name, value: to.fields[name] });
  }
  for (const collection of COLLECTIONS) {
    const before = new Map(from[collection].map((e, i) => [keyOf(collection, e), { e, prev: prevKey(collection, from[collection], i) }]));
    const after = new Set();
    to[collection].forEach((entity, i) => {
      const key = keyOf(collection, entity);
      after.add(key);
      const prev = prevKey(collection, to[collection], i);
      const old = before.get(key);
      if (!old || !same(old.e, entity) || old.prev !== prev) {
        changes.push({ op: 'put', collection, key, value: entity, prev, old: old ? old.e : null });
      }
    });
    for (const [key, { e }] of before) {
      if (!after.has(key)) changes.push({ op: 'remove', collection, key, old: e });
    }
  }
  return changes;
}

function prevKey(collection, list, index) {
  return index === 0 ? null : keyOf(collection, list[index - 1]);
}

/** Applies a patch to a journey, returning a new journey; entities the patch does not name are kept as they are. */
export function apply(journey, patch) {
  const flat = normalize(journey);
  for (const change of patch) {
    if (change.op === 'field') {
      flat.fields[change.name] = change.value;
      continue;
    }
    const present = flat[change.collection].find((e) => keyOf(change.collection, e) === change.key);
    const list = flat[change.collection].filter((e) => e !== present);
    if (change.op === 'put') {
      const at = change.prev === null ? 0 : list.findIndex((e) => keyOf(change.collection, e) === change.prev) + 1;
      const index = change.prev !== null && at === 0 ? list.length : at;
      // A put that only moved the entity (its neighbour came or went) keeps the version it finds, which a merge's
      // other side may have edited.
      const movedOnly = present && change.old && same(change.old, change.value);
      list.splice(index, 0, movedOnly ? present : change.value);
    }
    flat[change.collection] = list;
  }
  return denormalize(rehomeOrphans(flat));
}

// After a merge, another writer may have deleted the step or lane that a card of ours sits in.
// The card's text must not be lost, so it moves to the nearest place that still exists.
function rehomeOrphans(flat) {
  const stepIds = new Set(flat.steps.map((s) => s.id));
  const cardLaneIds = new Set(flat.lanes.filter((l) => l.kind !== 'emotion' && l.kind !== 'opportunities').map((l) => l.id));
  const firstStep = flat.steps[0]?.id;
  const firstLane = flat.lanes.find((l) => cardLaneIds.has(l.id))?.id;
  flat.cards = flat.cards.filter((c) => (stepIds.has(c.stepId) || firstStep) && (cardLaneIds.has(c.laneId) || firstLane))
    .map((c) => (stepIds.has(c.stepId) && cardLaneIds.has(c.laneId) ? c
      : { ...c, stepId: stepIds.has(c.stepId) ? c.stepId : firstStep, laneId: cardLaneIds.has(c.laneId) ? c.laneId : firstLane }));
  const stageIds = new Set(flat.stages.map((s) => s.id));
  flat.steps = flat.steps.filter((s) => stageIds.has(s.stageId) || flat.stages.length)
    .map((s) => (stageIds.has(s.stageId) ? s : { ...s, stageId: flat.stages[0].id }));
  flat.emotions = flat.emotions.filter((e) => stepIds.has(e.stepId));
  flat.opportunities = flat.opportunities.map((o) => (o.stepId && !stepIds.has(o.stepId) ? { ...o, stepId: undefined } : o));
  return flat;
}

/** Short human sentences saying what a patch does, for the conflict dialog and the undo tooltip. */
export function describe(patch) {
  return patch.map((change) => {
    if (change.op === 'field') return { kind: 'journey', text: `changed the journey's ${change.name}` };
    const noun = { stages: 'stage', steps: 'step', lanes: 'lane', cards: 'card', emotions: 'emotion point', opportunities: 'opportunity' }[change.collection];
    const entity = change.value || change.old;
    const label = entity.text ?? entity.name ?? entity.title ?? (change.collection === 'emotions' ? `${entity.personaId} at ${entity.stepId}` : change.key);
    if (change.op === 'remove') return { kind: noun, text: `deleted ${noun} “${label}”` };
    if (!change.old) return { kind: noun, text: `added ${noun} “${label}”` };
    const oldLabel = change.old.text ?? change.old.name ?? change.old.title;
    if (oldLabel !== undefined && oldLabel !== label) return { kind: noun, text: `changed ${noun} “${oldLabel}” to “${label}”` };
    if (change.collection === 'emotions' && change.old.score !== entity.score) {
      return { kind: noun, text: `set emotion of ${entity.personaId} at ${entity.stepId} from ${change.old.score} to ${entity.score}` };
    }
    const moved = change.old.stepId !== entity.stepId || change.old.laneId !== entity.laneId || change.old.stageId !== entity.stageId;
    return { kind: noun, text: `${moved ? 'moved' : 'edited'} ${noun} “${label}”` };
  });
}
