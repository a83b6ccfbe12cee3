// What the explorer opens with when a step or stage of the map links to it (living/explore-link.js): the
// funnel of the journey's bound steps from that step to the end of the map (for a stage: the stage's bound
// steps), each step's binding as one funnel step; a binding's attribute condition as the segment when the
// dataset has that attribute; and the paths forwards from the step's first exactly named activity.

/** The focus for query {step} or {stage} of the journey on a log's overview, or null when it names no bound step. */
export function focusFromMap(journey, query, overview) {
  const bound = (journey.stages || []).flatMap((stage) => (stage.steps || [])
    .filter((step) => step.binding?.activities?.length).map((step) => ({ stage, step })));
  const chosen = query.step ? bound.slice(Math.max(0, bound.findIndex((b) => b.step.id === query.step)))
    : bound.filter((b) => b.stage.id === query.stage);
  if (!chosen.length || (query.step && chosen[0].step.id !== query.step)) return null;
  const first = chosen[0].step;
  const known = new Set(overview.activities.map((a) => a.activity));
  const where = first.binding.where;
  const segmentable = where && overview.attributes.some((a) => a.name === where.attribute);
  return {
    label: query.step ? `step "${first.name}" and the bound steps after it` : `stage "${chosen[0].stage.name}"`,
    steps: chosen.map(({ step }) => ({ name: step.name, activities: step.binding.activities, optional: false })),
    segment: segmentable ? { attributes: { [where.attribute]: [where.equals] } } : {},
    pathsFrom: first.binding.activities.find((a) => known.has(a)) || null,
    note: where && !segmentable ? `the step's condition ${where.attribute} = ${where.equals} is not applied: `
      + `the dataset has no attribute ${where.attribute} to segment by` : null,
  };
}
