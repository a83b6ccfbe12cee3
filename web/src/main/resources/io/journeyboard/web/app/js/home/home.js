// The workspace home: its journeys, personas and the templates to start from, with one search
// box that filters all three.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { navigate } from '../router.js';
import { promptText } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { newId } from '../model/ids.js';
import { personaStyle, initials } from '../ui/avatar.js';
import { canEdit } from '../team/permissions.js';
import { importIntoWorkspace } from '../transfer/import-dialog.js';

export async function showHome(root, { workspaceId }) {
  const [workspace, journeys, personas, templates] = await Promise.all([
    api.workspace(workspaceId), api.journeys(workspaceId), api.personas(workspaceId), api.templates()]);
  document.title = `${workspace.name} · Journeyboard`;
  const search = el('input', { type: 'search', placeholder: 'Search journeys, personas, templates', 'aria-label': 'Search' });
  const sections = el('div', { class: 'home-sections' });
  // viewers and commenters are offered nothing that the server would refuse them
  const editable = canEdit(workspace.role);
  const draw = () => {
    const query = search.value.trim().toLowerCase();
    const hit = (...texts) => !query || texts.some((t) => t?.toLowerCase().includes(query));
    replace(sections,
      section('Journeys', 'journeys-heading',
        editable ? el('div', { class: 'section-actions' },
          el('button', { class: 'secondary', onclick: () => importJourneys(workspaceId) }, 'Import'),
          el('button', { class: 'primary', onclick: () => newJourney(workspaceId) }, 'New journey')) : null,
        journeys.filter((j) => hit(j.name)).map((j) => journeyTile(workspaceId, j)), 'No journeys match.'),
      editable ? section('Start from a template', 'templates-heading', null,
        templates.filter((t) => hit(t.title, t.description, t.name)).map((t) => templateTile(workspaceId, t)), 'No templates match.') : null,
      section('Personas', 'personas-heading',
        editable ? el('button', { class: 'secondary', onclick: () => newPersona(workspaceId) }, 'New persona') : null,
        personas.filter((p) => hit(p.name, p.segment, p.description)).map((p, i) => personaTile(workspaceId, p, i)), 'No personas match.'));
  };
  search.addEventListener('input', draw);
  replace(root, el('div', { class: 'home' },
    el('div', { class: 'home-heading' },
      el('div', {}, el('h1', {}, workspace.name), workspace.description ? el('p', { class: 'muted' }, workspace.description) : null),
      el('div', { class: 'home-tools' }, search,
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/data`, class: 'secondary button-link' }, 'Event data'),
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/evidence`, class: 'secondary button-link' }, 'Evidence library'))),
    sections));
  draw();
}

function section(title, id, action, tiles, emptyText) {
  return el('section', { class: 'home-section', 'aria-labelledby': id },
    el('div', { class: 'section-heading' }, el('h2', { id }, title), action),
    tiles.length ? el('ul', { class: 'tile-grid', role: 'list' }, tiles.map((tile) => el('li', {}, tile))) : el('p', { class: 'muted' }, emptyText));
}

function journeyTile(workspaceId, journey) {
  const updated = journey.updatedAt ? new Date(journey.updatedAt).toLocaleString() : '';
  return el('a', { class: 'tile journey-tile', href: `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(journey.id)}` },
    el('span', { class: 'tile-title' }, journey.name),
    el('span', { class: 'tile-meta' }, `Version ${journey.version}${updated ? ` · ${updated}` : ''}${journey.updatedBy ? ` · ${journey.updatedBy}` : ''}`));
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
