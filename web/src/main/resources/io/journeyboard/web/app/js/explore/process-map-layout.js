// Lays a directly-follows graph out left to right: a depth-first walk from the busiest start
// activities marks the edges that go back (rework loops), the rest form a graph without cycles whose
// longest paths give each activity its column; within a column activities follow their predecessors.

export function layout(activities, edges, starts) {
  const names = activities.map((a) => a.activity);
  const out = new Map(names.map((n) => [n, []]));
  for (const edge of [...edges].sort((a, b) => b.count - a.count)) if (edge.from !== edge.to) out.get(edge.from).push(edge.to);
  const order = [...names].sort((a, b) => startCount(starts, b) - startCount(starts, a));
  const state = new Map();
  const back = new Set();
  const visit = (node) => {
    state.set(node, 'open');
    for (const next of out.get(node)) {
      if (state.get(next) === 'open') back.add(`${node}\u0000${next}`);
      else if (!state.has(next)) visit(next);
    }
    state.set(node, 'done');
  };
  for (const node of order) if (!state.has(node)) visit(node);
  const column = new Map(names.map((n) => [n, 0]));
  for (let round = 0; round < names.length; round++) {
    let moved = false;
    for (const edge of edges) {
      if (edge.from === edge.to || back.has(`${edge.from}\u0000${edge.to}`)) continue;
      if (column.get(edge.to) < column.get(edge.from) + 1) { column.set(edge.to, column.get(edge.from) + 1); moved = true; }
    }
    if (!moved) break;
  }
  const columns = [];
  for (const name of names) (columns[column.get(name)] ||= []).push(name);
  const rowOf = new Map();
  columns.forEach((members, c) => {
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
  return { column, rowOf, columns: columns.map((c) => c || []), isBack: (e) => e.from === e.to || back.has(`${e.from}\u0000${e.to}`) };
}

const startCount = (starts, name) => starts.find((s) => s.activity === name)?.cases || 0;
