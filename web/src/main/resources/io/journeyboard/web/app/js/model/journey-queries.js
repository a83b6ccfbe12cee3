// Questions asked of a journey document by several screens: names, columns, pain points and their links.

/** The map's columns, left to right; a stage without steps still gets one (empty) column. */
export function columnsOf(journey) {
  const columns = [];
  for (const stage of journey.stages || []) {
    const steps = stage.steps || [];
    if (!steps.length) columns.push({ stage, step: null });
    for (const step of steps) columns.push({ stage, step });
  }
  return columns;
}

/** The name of a step, or its id when the journey has no such step. */
export function stepName(journey, stepId) {
  for (const stage of journey.stages || []) {
    const step = (stage.steps || []).find((s) => s.id === stepId);
    if (step) return step.name;
  }
  return stepId;
}

/** The cards of the journey's pain-point lanes, in document order. */
export function painPointsOf(journey) {
  const lanes = new Set((journey.lanes || []).filter((l) => l.kind === 'pain_points').map((l) => l.id));
  return (journey.cards || []).filter((c) => lanes.has(c.laneId));
}

/** The pain points an opportunity addresses, or the opportunities addressing a pain point. */
export function linkedIds(journey, id) {
  const linked = new Set();
  for (const opportunity of journey.opportunities || []) {
    if (opportunity.id === id) (opportunity.painPointIds || []).forEach((p) => linked.add(p));
    if ((opportunity.painPointIds || []).includes(id)) linked.add(opportunity.id);
  }
  return linked;
}
