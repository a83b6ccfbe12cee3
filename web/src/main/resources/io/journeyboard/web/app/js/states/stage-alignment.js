// Lines up the stages of two maps by name (ignoring case and spaces around it): stages both have share a
// row; a stage only one has gets a row of its own where it falls in that map's order.

const key = (stage) => stage.name.trim().toLowerCase();

/** [{current, future}] in reading order; one side is null where a stage is in only one map. */
export function alignStages(current, future) {
  const futureKeys = new Map(future.map((stage, index) => [key(stage), index]));
  const currentKeys = new Set(current.map(key));
  const rows = [];
  let next = 0;
  const futureOnlyUntil = (end) => {
    for (; next < end; next += 1) if (!currentKeys.has(key(future[next]))) rows.push({ current: null, future: future[next] });
  };
  for (const stage of current) {
    const index = futureKeys.get(key(stage));
    if (index === undefined || index < next) {
      rows.push({ current: stage, future: null });
    } else {
      futureOnlyUntil(index);
      rows.push({ current: stage, future: future[index] });
      next = index + 1;
    }
  }
  futureOnlyUntil(future.length);
  return rows;
}
