// A journey's history: every saved version with who saved it and when; view any version as a
// read-only map, see what it changed, and restore it (which saves it as a new version).

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { renderGrid } from '../map/grid.js';
import { bindGridNavigation } from '../map/grid-navigation.js';
import { confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { describe, diff } from '../model/journey-patch.js';

export async function showHistory(root, { workspaceId, journeyId }) {
  const [versions, current, personas] = await Promise.all([
    api.versions(workspaceId, journeyId), api.journey(workspaceId, journeyId), api.personas(workspaceId)]);
  document.title = `History · ${current.journey.name} · Journeyboard`;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const personaMap = new Map(personas.map((p) => [p.id, p]));
  const list = el('ol', { class: 'version-list', 'aria-label': 'Versions' });
  const viewer = el('section', { class: 'version-viewer', 'aria-live': 'polite' });

  const open = async (entry) => {
    for (const item of list.querySelectorAll('[aria-current]')) item.removeAttribute('aria-current');
    list.querySelector(`[data-version="${entry.version}"]`)?.setAttribute('aria-current', 'true');
    const shown = await api.version(workspaceId, journeyId, entry.version);
    const previous = entry.version > 1 ? await api.version(workspaceId, journeyId, entry.version - 1).catch(() => null) : null;
    const changes = previous ? describe(diff(previous.document, shown.document)) : [];
    const isCurrent = entry.version === current.version;
    replace(viewer,
      el('div', { class: 'version-heading' },
        el('div', {},
          el('h2', {}, `Version ${entry.version}${isCurrent ? ' (current)' : ''}`),
          el('p', { class: 'muted' }, `${entry.authorName || 'Someone'} · ${new Date(entry.createdAt).toLocaleString()}${entry.summary ? ` · ${entry.summary}` : ''}`)),
        isCurrent ? null : el('button', {
          class: 'primary',
          onclick: async () => {
            if (!await confirmAction('Restore version', `Make version ${entry.version} the current map? The versions after it stay in the history.`, 'Restore')) return;
            try {
              await api.restoreVersion(workspaceId, journeyId, entry.version, current.version);
              toast(`Restored version ${entry.version}.`, 'success');
              await showHistory(root, { workspaceId, journeyId });
            } catch (error) {
              toast(error.status === 409 ? 'The map changed meanwhile; the history is refreshed, try again.' : error.message, 'error', 8000);
              if (error.status === 409) await showHistory(root, { workspaceId, journeyId });
            }
          },
        }, 'Restore this version')),
      changes.length
        ? el('details', { class: 'version-changes', open: changes.length <= 6 },
          el('summary', {}, `${changes.length} change${changes.length > 1 ? 's' : ''} from version ${entry.version - 1}`),
          el('ul', {}, changes.map((c) => el('li', {}, c.text))))
        : null,
      versionMap(shown.document, personaMap));
  };
  replace(list, newestFirst.map((entry) => el('li', {},
    el('button', { class: 'version-entry', dataset: { version: entry.version }, onclick: () => open(entry) },
      el('span', { class: 'version-number' }, `v${entry.version}`),
      el('span', { class: 'version-text' },
        el('span', { class: 'version-summary' }, entry.summary || (entry.deleted ? 'Deleted' : 'Edited')),
        el('span', { class: 'tile-meta' }, `${entry.authorName || ''} · ${new Date(entry.createdAt).toLocaleString()}`))))));
  replace(root, el('div', { class: 'history-screen' },
    journeyHeader(workspaceId, journeyId, current.journey.name, 'history'),
    el('div', { class: 'history-body' }, el('nav', { class: 'version-nav', 'aria-label': 'Versions' }, list), viewer)));
  if (newestFirst.length) await open(newestFirst[0]);
}

function versionMap(document, personas) {
  const view = { zoom: 0.75, readOnly: true, personas, selected: null, personaFilter: '' };
  const box = el('div', { class: 'map-scroll version-map' }, renderGrid(document, view));
  bindGridNavigation(box, view);
  return box;
}
