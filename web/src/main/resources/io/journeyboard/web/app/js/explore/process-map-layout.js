// Lays a directly-follows graph out left to right: an activity's column is how few transitions it
// is from an activity that starts cases (a breadth-first walk), so the usual way reads left to right
// and an edge to the same or an earlier column is rework (a loop back); within a column activities
// follow the rows of their predecessors.

export function layout(activities, edges, starts) {
  const names = activities.map((a) => a.activity);
  const out = new Map(names.map((n) => [n, []]));
  for (const edge of [...edges].sort((a,
    b) => b.count - a.count)) if (edge.from !== edge.to) out.get(edge.from).push(edge.to);
  const startCount = (name) => starts.find((s) => s.activity === name)?.cases || 0;
  const first = names.filter((n) => startCount(n) > 0).sort((a, b) => startCount(b) - startCount(a));
  const column = new Map();
  const queue = first.length ? [...first] : names.slice(0, 1);
  queue.forEach((n) => column.set(n, 0));
  while (queue.length) {
    const node = queue.shift();
    for (const next of out.get(node)) {
      if (!column.has(next)) { column.set(next, column.get(node) + 1); queue.push(next); }
    }
  }
  const deepest = Math.max(0, ...column.values());
  for (const name of names) if (!column.has(name)) column.set(name, deepest + 1);
  const columns = [];
  for (const name of names) (columns[column.get(name)] ||= []).push(name);
  const rowOf = new Map();
  columns.forEach((members = [], c) => {
    if (c > 0) {
      const weight = (n) => {
        const incoming = edges.filter((e) => e.to === n && rowOf.has(e.from));
        const total = incoming.reduce((s, e) => s + e.count, 0);
        return total ? incoming.reduce((s, e) => s + rowOf.get(e.from) * e.count, 0) / total : 0;
      };
      members.sort((a, b) => weight(a) - weight(b));
    }
    members.forEach((n, r) => rowOf.set(n, r));
  });
  return { column, rowOf, columns: Array.from(columns, (c) => c || []),
    isBack: (e) => e.from === e.to || column.get(e.to) <= column.get(e.from) };
}
