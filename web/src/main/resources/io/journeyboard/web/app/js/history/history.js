// A journey's history: saved versions grouped by editing session, each read as sentences; view one as a
// read-only map, compare it with any other (the changes marked on the map), name it, restore it.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { renderGrid } from '../map/grid.js';
import { bindGridNavigation } from '../map/grid-navigation.js';
import { confirmAction, promptText } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { canEdit } from '../team/permissions.js';
import { groupVersions, groupLine } from './version-groups.js';
import { compareVersions } from './version-compare.js';

export async function showHistory(root, { workspaceId, journeyId }) {
  const [versions, current, personas, workspace] = await Promise.all([
    api.versions(workspaceId, journeyId), api.journey(workspaceId, journeyId), api.personas(workspaceId), api.workspace(workspaceId)]);
  document.title = `History · ${current.journey.name} · Journeyboard`;
  const screen = {
    workspaceId, journeyId, root, current, canEdit: canEdit(workspace.role),
    newestFirst: [...versions].sort((a, b) => b.version - a.version), personas: new Map(personas.map((p) => [p.id, p])),
    list: el('ol', { class: 'version-list', 'aria-label': 'Versions' }),
    viewer: el('section', { class: 'version-viewer', 'aria-label': 'Version' }),
  };
  replace(screen.list, groupVersions(screen.newestFirst).map((group) => groupItem(screen, group)));
  replace(root, el('div', { class: 'history-screen' },
    journeyHeader(workspaceId, journeyId, current.journey.name, 'history'),
    el('div', { class: 'history-body' }, el('nav', { class: 'version-nav', 'aria-label': 'Versions' }, screen.list), screen.viewer)));
  if (screen.newestFirst.length) await open(screen, screen.newestFirst[0], screen.newestFirst[1]?.version);
}

function groupItem(screen, group) {
  if (group.length === 1) return el('li', {}, versionButton(screen, group[0], groupLine(group)));
  return el('li', {}, el('details', { class: 'version-group' },
    el('summary', {}, el('span', { class: 'version-number' }, `v${group.at(-1).version}–${group[0].version}`),
      el('span', { class: 'version-text' }, el('span', { class: 'version-summary' }, group[0].summary),
        el('span', { class: 'tile-meta' }, groupLine(group)))),
    el('ol', { class: 'version-list nested' }, group.map((entry) => el('li', {}, versionButton(screen, entry, null))))));
}

function versionButton(screen, entry, line) {
  return el('button', {
    class: 'version-entry', dataset: { version: entry.version },
    onclick: () => open(screen, entry, screen.newestFirst.find((v) => v.version < entry.version)?.version),
  },
  el('span', { class: 'version-number' }, `v${entry.version}`),
  el('span', { class: 'version-text' },
    entry.name ? el('span', { class: 'version-name' }, entry.name) : null,
    el('span', { class: 'version-summary' }, entry.summary || (entry.deleted ? 'deleted the journey' : 'edited')),
    el('span', { class: 'tile-meta' }, line ?? new Date(entry.createdAt).toLocaleString())));
}

// Shows one version, compared with another (by default the one before it).
async function open(screen, entry, otherVersion) {
  const { workspaceId, journeyId, viewer, list } = screen;
  // Only the last choice is drawn: an earlier one whose versions arrive later must not replace it.
  const ticket = (screen.opening = (screen.opening || 0) + 1);
  for (const item of list.querySelectorAll('[aria-current]')) item.removeAttribute('aria-current');
  const button = list.querySelector(`[data-version="${entry.version}"]`);
  button?.setAttribute('aria-current', 'true');
  button?.closest('details')?.setAttribute('open', '');
  const shown = await api.version(workspaceId, journeyId, entry.version);
  const other = otherVersion ? await api.version(workspaceId, journeyId, otherVersion).catch(() => null) : null;
  if (ticket !== screen.opening) return;
  const [older, newer] = !other ? [null, shown] : other.version < shown.version ? [other, shown] : [shown, other];
  const compared = older ? compareVersions(older.document, newer.document) : null;
  const picker = el('select', { onchange: (e) => open(screen, entry, Number(e.target.value) || null) },
    el('option', { value: '' }, 'Nothing'),
    screen.newestFirst.filter((v) => v.version !== entry.version).map((v) => el('option', { value: v.version, selected: v.version === otherVersion },
      `v${v.version}${v.name ? ` “${v.name}”` : ''} · ${new Date(v.createdAt).toLocaleString()}`)));
  replace(viewer,
    el('div', { class: 'version-heading' },
      el('div', {},
        el('h2', {}, `Version ${entry.version}${entry.name ? ` “${entry.name}”` : ''}${entry.version === screen.current.version ? ' (current)' : ''}`),
        el('p', { class: 'muted' }, `${entry.authorName || 'Someone'} · ${new Date(entry.createdAt).toLocaleString()}`)),
      el('div', { class: 'version-actions' },
        screen.canEdit ? el('button', { class: 'secondary', onclick: () => nameVersion(screen, entry) }, entry.name ? 'Rename version…' : 'Name this version…') : null,
        screen.canEdit && entry.version !== screen.current.version ? el('button', { class: 'primary', onclick: () => restore(screen, entry) }, 'Restore this version') : null)),
    el('div', { class: 'compare-bar' }, field('Compare with', picker)),
    compared ? changeList(compared, older, newer) : null,
    versionMap(newer.document, screen.personas, compared?.marks));
}

function changeList({ sentences, removed }, older, newer) {
  return el('details', { class: 'version-changes', open: sentences.length <= 8 },
    el('summary', {}, `${sentences.length} change${sentences.length === 1 ? '' : 's'} from version ${older.version} to ${newer.version}`
      + (removed ? ` (${removed} removed, not on the map)` : '') + '; the map shows version ' + newer.version + ' with them marked'),
    el('ul', {}, sentences.map((text) => el('li', {}, text))));
}

function versionMap(document, personas, marks) {
  const view = { zoom: 0.75, readOnly: true, personas, selected: null, personaFilter: '', changes: marks || null };
  const box = el('div', { class: 'map-scroll version-map' }, renderGrid(document, view));
  bindGridNavigation(box, view);
  return box;
}

async function nameVersion(screen, entry) {
  const name = await promptText(`Name version ${entry.version}`, 'Name', entry.name || '', 'Save name');
  if (!name || name === entry.name) return;
  try {
    await api.nameVersion(screen.workspaceId, screen.journeyId, entry.version, name);
    toast(`Version ${entry.version} is now “${name}”.`, 'success');
    await showHistory(screen.root, screen);
  } catch (error) {
    toast(error instanceof api.ApiError ? error.explain() : error.message, 'error', 8000);
  }
}

async function restore(screen, entry) {
  const { workspaceId, journeyId, root } = screen;
  if (!await confirmAction('Restore version', `Make version ${entry.version} the current map? The versions after it stay in the history.`, 'Restore')) return;
  try {
    await api.restoreVersion(workspaceId, journeyId, entry.version, screen.current.version);
    toast(`Restored version ${entry.version}.`, 'success');
  } catch (error) {
    toast(error.status === 409 ? 'The map changed meanwhile; the history is refreshed, try again.' : error.message, 'error', 8000);
  }
  await showHistory(root, { workspaceId, journeyId });
}
