// A journey's tile on the home screen: its thumbnail and name (one link to the map), its state and
// personas, its tags, and for editors a ⋯ menu to rename, duplicate, tag, archive or move it to the trash.

import { el } from '../dom.js';
import { openMenu } from '../ui/menu.js';
import { personaStyle, initials } from '../ui/avatar.js';

const STATES = { current: 'Current state', future: 'Future state' };
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * tile: a journey-tiles item; personaIndex: persona id → place in the workspace (its colour);
 * actions: null for a role that may not change journeys, else {rename, duplicate, tag, untag, archive, trash}.
 */
export function journeyTile(workspaceId, tile, personaIndex, actions) {
  const href = `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(tile.id)}`;
  const updated = tile.updatedAt ? new Date(tile.updatedAt).toLocaleDateString() : '';
  return el('div', { class: `tile journey-tile${tile.archived ? ' archived' : ''}`, dataset: { journeyId: tile.id } },
    el('a', { class: 'tile-link', href },
      el('img', { class: 'tile-thumb', src: tile.thumbnail, alt: '', width: 240, height: 135, loading: 'lazy' }),
      el('span', { class: 'tile-title' }, tile.name)),
    actions ? el('button', {
      class: 'ghost small tile-menu', 'aria-haspopup': 'menu', 'aria-label': `Actions for ${tile.name}`,
      onclick: (event) => openMenu(event.currentTarget, menuItems(tile, actions)),
    }, '⋯') : null,
    el('div', { class: 'tile-facts' },
      el('span', { class: `state-pill state-${tile.state}` }, STATES[tile.state] || tile.state),
      tile.archived ? el('span', { class: 'state-pill archived-pill' }, 'Archived') : null,
      tile.personas.map((p) => el('span', { class: 'tile-persona', title: p.name },
        el('span', { class: 'avatar small', style: personaStyle(personaIndex.get(p.id) ?? 0), 'aria-hidden': 'true' }, initials(p.name)),
        el('span', { class: 'tile-persona-name' }, p.name)))),
    tile.tags.length ? el('ul', { class: 'tag-list', 'aria-label': `Tags of ${tile.name}` },
      tile.tags.map((tag) => el('li', { class: 'tag' }, tag,
        actions ? el('button', { class: 'tag-remove', 'aria-label': `Remove tag ${tag} from ${tile.name}`, onclick: () => actions.untag(tile, tag) }, '×') : null))) : null,
    el('span', { class: 'tile-meta' },
      `${count(tile.stages, 'stage')} · ${count(tile.cards, 'card')} · version ${tile.version}${updated ? ` · ${updated}` : ''}${tile.updatedBy ? ` · ${tile.updatedBy}` : ''}`));
}

function menuItems(tile, actions) {
  return [
    { label: 'Rename…', run: () => actions.rename(tile) },
    { label: 'Duplicate', run: () => actions.duplicate(tile) },
    { label: 'Add tag…', run: () => actions.tag(tile) },
    { label: tile.archived ? 'Unarchive' : 'Archive', run: () => actions.archive(tile, !tile.archived) },
    { label: 'Move to trash', danger: true, run: () => actions.trash(tile) },
  ];
}
