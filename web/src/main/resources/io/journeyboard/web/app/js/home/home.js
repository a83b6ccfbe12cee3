// The workspace home: its journeys (as tiles with thumbnails, tags and a menu to manage them),
// personas and the templates to start from, with one search box that filters all three by name
// and asks the server where else the text occurs (cards, opportunities, personas).

import * as api from '../api.js';
import { el, replace, debounce } from '../dom.js';
import { navigate } from '../router.js';
import { promptText } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { newId } from '../model/ids.js';
import { personaStyle, initials } from '../ui/avatar.js';
import { canEdit, canPurge } from '../team/permissions.js';
import * as homeApi from './home-api.js';
import { journeyTile } from './journey-tile.js';
import { openTrash } from './trash-dialog.js';
import { searchResults } from './search-results.js';
import { importIntoWorkspace } from '../transfer/import-dialog.js';

export async function showHome(root, { workspaceId }) {
  // everything first, then the screen at once: the app focuses its heading as soon as this returns
  const [workspace, personas, templates, firstTiles] = await Promise.all([
    api.workspace(workspaceId), api.personas(workspaceId), api.templates(), homeApi.tiles(workspaceId, false)]);
  document.title = `${workspace.name} · Journeyboard`;
  const search = el('input', { type: 'search', placeholder: 'Search journeys, cards, personas', 'aria-label': 'Search' });
  const sections = el('div', { class: 'home-sections' });
  const found = el('div', { class: 'search-found' });
  const undo = el('div', { class: 'undo-bar', role: 'status' });
  const filters = { archived: false, tag: '' };
  let tiles = firstTiles;
  // viewers and commenters are offered nothing that the server would refuse them
  const editable = canEdit(workspace.role);
  const personaIndex = new Map(personas.map((p, i) => [p.id, i]));
  const reload = async () => { tiles = await homeApi.tiles(workspaceId, filters.archived); draw(); };
  const actions = editable ? tileActions(workspaceId, reload, undo) : null;
  const filterBar = () => {
    const tags = [...new Set(tiles.flatMap((t) => t.tags))].sort((a, b) => a.localeCompare(b));
    if (filters.tag && !tags.includes(filters.tag)) filters.tag = '';
    return el('div', { class: 'home-filters' },
      el('label', { class: 'toolbar-field' }, el('span', {}, 'Tag'),
        el('select', { 'aria-label': 'Filter by tag', onchange: (e) => { filters.tag = e.target.value; draw(); } },
          el('option', { value: '' }, 'All tags'), tags.map((t) => el('option', { value: t, selected: t === filters.tag }, t)))),
      el('label', { class: 'check-field' },
        el('input', { type: 'checkbox', checked: filters.archived, onchange: (e) => { filters.archived = e.target.checked; reload(); } }),
        'Show archived'));
  };
  const draw = () => {
    const query = search.value.trim().toLowerCase();
    const hit = (...texts) => !query || texts.flat().some((t) => t?.toLowerCase().includes(query));
    const shown = tiles.filter((t) => hit(t.name, t.tags) && (!filters.tag || t.tags.includes(filters.tag)));
    replace(sections,
      section('Journeys', 'journeys-heading',
        el('div', { class: 'section-actions' }, filterBar(),
          editable ? [
            el('button', { class: 'secondary', onclick: async () => { if (await openTrash(workspaceId, { mayPurge: canPurge(workspace.role) })) reload(); } }, 'Trash'),
            el('button', { class: 'secondary', onclick: () => importJourneys(workspaceId) }, 'Import'),
            el('button', { class: 'primary', onclick: () => newJourney(workspaceId) }, 'New journey')] : null),
        shown.map((t) => journeyTile(workspaceId, t, personaIndex, actions)), 'No journeys match.'),
      found,
      editable ? section('Start from a template', 'templates-heading', null,
        templates.filter((t) => hit(t.title, t.description, t.name)).map((t) => templateTile(workspaceId, t)), 'No templates match.') : null,
      section('Personas', 'personas-heading',
        editable ? el('button', { class: 'secondary', onclick: () => newPersona(workspaceId) }, 'New persona') : null,
        personas.filter((p) => hit(p.name, p.segment, p.description)).map((p, i) => personaTile(workspaceId, p, i)), 'No personas match.'));
  };
  // the server looks inside the maps (cards, opportunities) and personas; names are filtered at once above
  const searchInside = debounce(async () => {
    const query = search.value.trim();
    if (query.length < 2) { replace(found); return; }
    try {
      const result = await homeApi.search(workspaceId, query);
      if (search.value.trim() === query) replace(found, searchResults(workspaceId, result));
    } catch (error) {
      replace(found, el('p', { class: 'form-error', role: 'alert' }, error.explain ? error.explain() : error.message));
    }
  }, 250);
  search.addEventListener('input', () => { draw(); searchInside(); });
  replace(root, el('div', { class: 'home' },
    el('div', { class: 'home-heading' },
      el('div', {}, el('h1', {}, workspace.name), workspace.description ? el('p', { class: 'muted' }, workspace.description) : null),
      el('div', { class: 'home-tools' }, search,
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/board`, class: 'secondary button-link' }, 'Workspace board'),
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/data`, class: 'secondary button-link' }, 'Event data'),
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/evidence`, class: 'secondary button-link' }, 'Evidence library'))),
    undo, sections));
  draw();
}

function section(title, id, action, tiles, emptyText) {
  return el('section', { class: 'home-section', 'aria-labelledby': id },
    el('div', { class: 'section-heading' }, el('h2', { id }, title), action),
    tiles.length ? el('ul', { class: 'tile-grid', role: 'list' }, tiles.map((tile) => el('li', {}, tile))) : el('p', { class: 'muted' }, emptyText));
}

/** What an editor does from a tile's menu; each reloads the tiles, and a move to the trash offers Undo. */
function tileActions(workspaceId, reload, undo) {
  const attempt = async (work) => {
    try {
      await work();
    } catch (error) {
      toast(error.status === 409
        ? 'Someone changed this journey since the list was loaded; the list is now up to date, so try again.'
        : error.explain ? error.explain() : error.message, 'error', 8000);
    }
    await reload();
  };
  return {
    rename: async (tile) => {
      const name = await promptText('Rename journey', 'Journey name', tile.name, 'Rename');
      if (name && name !== tile.name) await attempt(() => homeApi.rename(workspaceId, tile.id, name, tile.version));
    },
    duplicate: (tile) => attempt(async () => {
      const copy = await homeApi.duplicate(workspaceId, tile.id);
      toast(`Made “${copy.name}”.`, 'success');
    }),
    tag: async (tile) => {
      const tag = await promptText('Add tag', `Tag for ${tile.name}`, '', 'Add tag');
      if (tag) await attempt(() => homeApi.addTag(workspaceId, tile.id, tag));
    },
    untag: (tile, tag) => attempt(() => homeApi.removeTag(workspaceId, tile.id, tag)),
    archive: (tile, archived) => attempt(async () => {
      await homeApi.setArchived(workspaceId, tile.id, archived);
      toast(archived ? `Archived “${tile.name}”; “Show archived” lists it.` : `“${tile.name}” is back among the journeys.`, 'success');
    }),
    trash: (tile) => attempt(async () => {
      await homeApi.moveToTrash(workspaceId, tile.id, tile.version);
      replace(undo, `“${tile.name}” is in the trash.`, el('button', {
        class: 'secondary small', onclick: () => attempt(async () => { await homeApi.restore(workspaceId, tile.id); replace(undo, `“${tile.name}” is back.`); }),
      }, 'Undo'));
    }),
  };
}

function templateTile(workspaceId, template) {
  return el('div', { class: 'tile template-tile' },
    el('span', { class: 'tile-title' }, template.title),
    el('p', { class: 'tile-text' }, template.description),
    el('button', {
      class: 'secondary small', 'aria-label': `Use template ${template.title}`,
      onclick: async (event) => {
        event.target.disabled = true;
        try {
          const created = await api.useTemplate(workspaceId, template.name);
          toast(`Created “${created[0].name}” from the template.`, 'success');
          navigate(`/w/${workspaceId}/j/${created[0].id}`);
        } catch (error) {
          toast(error.explain ? error.explain() : error.message, 'error', 8000);
          event.target.disabled = false;
        }
      },
    }, 'Use template'));
}

function personaTile(workspaceId, persona, index) {
  return el('a', { class: 'tile persona-tile', href: `#/w/${encodeURIComponent(workspaceId)}/p/${encodeURIComponent(persona.id)}` },
    el('span', { class: 'avatar large', style: personaStyle(index), 'aria-hidden': 'true' }, initials(persona.name)),
    el('span', {}, el('span', { class: 'tile-title' }, persona.name), el('span', { class: 'tile-meta' }, persona.segment || '')));
}

async function newJourney(workspaceId) {
  const name = await promptText('New journey', 'Journey name', '', 'Create journey');
  if (!name) return;
  const lane = (kind, title) => ({ id: newId('lane'), kind, title });
  const journey = {
    name, state: 'current',
    stages: ['Discover', 'Decide', 'Use'].map((stageName) => ({ id: newId('stage'), name: stageName, steps: [{ id: newId('step'), name: 'First step' }] })),
    lanes: [lane('actions', 'Customer actions'), lane('touchpoints', 'Touchpoints'), lane('emotion', 'Emotion'),
      lane('pain_points', 'Pain points'), lane('opportunities', 'Opportunities')],
  };
  try {
    const created = await api.createJourney(workspaceId, journey);
    navigate(`/w/${workspaceId}/j/${created.journey.id}`);
  } catch (error) {
    toast(error.explain ? error.explain() : error.message, 'error', 8000);
  }
}

async function importJourneys(workspaceId) {
  const imported = await importIntoWorkspace(workspaceId);
  if (!imported) return;
  toast(`Imported ${imported.data.map((j) => `“${j.name}”`).join(', ')}.`, 'success');
  navigate(`/w/${workspaceId}/j/${imported.data[0].id}`);
}

async function newPersona(workspaceId) {
  const name = await promptText('New persona', 'Name', '', 'Create persona');
  if (!name) return;
  try {
    const persona = await api.createPersona(workspaceId, { id: newId('persona'), name });
    navigate(`/w/${workspaceId}/p/${persona.id}`);
  } catch (error) {
    toast(error.explain ? error.explain() : error.message, 'error', 8000);
  }
}
