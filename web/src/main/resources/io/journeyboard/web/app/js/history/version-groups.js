// Autosaves come every few seconds while someone edits, so the history groups them: versions in a row
// by the same person, no more than GAP apart and not named, read as one entry that opens to show them.

const GAP_MS = 15 * 60 * 1000;

/** Newest-first versions as groups of one or more, newest first; a named version always stands alone. */
export function groupVersions(newestFirst) {
  const groups = [];
  for (const entry of newestFirst) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const joins = last && !entry.name && !last.name && last.authorId === entry.authorId
      && new Date(last.createdAt) - new Date(entry.createdAt) <= GAP_MS;
    if (joins) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

const time = (entry) => new Date(entry.createdAt).toLocaleString();
const clock = (entry) => new Date(entry.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** "v12–v15 · 4 saves by Ada · 10:02–10:15", or for one version its author and time. */
export function groupLine(group) {
  const newest = group[0];
  const oldest = group.at(-1);
  if (group.length === 1) return `${newest.authorName || 'Someone'} · ${time(newest)}`;
  return `${group.length} saves by ${newest.authorName || 'someone'} · ${clock(oldest)}–${clock(newest)}`;
}
