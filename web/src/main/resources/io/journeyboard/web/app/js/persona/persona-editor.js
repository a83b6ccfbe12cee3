// The persona editor: who the persona is, their goals, needs, motivations, frustrations,
// behaviours and channels, saved as one document.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { navigate } from '../router.js';
import { confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { initials } from '../ui/avatar.js';
import { glyph } from '../ui/glyphs.js';
import { CHANNELS, humanize } from '../model/lane-kinds.js';
import { demographicsEditor } from './demographics.js';
import { canEdit } from '../team/permissions.js';
import { openPersonaExports } from '../export/export-menu.js';

const LISTS = [
  ['goals', 'Goals'], ['needs', 'Needs'], ['motivations', 'Motivations'], ['frustrations', 'Frustrations'], ['behaviours', 'Behaviours'],
];

export async function showPersona(root, { workspaceId, personaId }) {
  const [persona, workspace] = await Promise.all([
    api.personas(workspaceId).then((all) => all.find((p) => p.id === personaId)), api.workspace(workspaceId)]);
  const editable = canEdit(workspace.role);
  if (!persona) throw new Error(`There is no persona “${personaId}” in this workspace.`);
  document.title = `${persona.name} · Journeyboard`;
  const text = (name, attrs = {}) => el('input', { type: 'text', name, value: persona[name] || '', ...attrs });
  const area = (name, rows = 3) => { const a = el('textarea', { name, rows }); a.value = persona[name] || ''; return a; };
  const lists = LISTS.map(([name, label]) => {
    const box = el('textarea', { name, rows: 4, 'aria-describedby': 'one-per-line' });
    box.value = (persona[name] || []).join('\n');
    return field(label, box);
  });
  const chosen = new Set(persona.channels || []);
  const channels = el('fieldset', { class: 'channel-choices' }, el('legend', {}, 'Preferred channels'),
    CHANNELS.map((channel) => el('label', { class: 'choice chip-choice' },
      el('input', { type: 'checkbox', name: 'channels', value: channel, checked: chosen.has(channel) }), glyph(channel, 14), humanize(channel))));
  const demographics = demographicsEditor(persona.demographics || []);
  const status = el('p', { class: 'form-error', role: 'alert' });
  const form = el('form', { class: 'persona-form', 'aria-label': `Persona ${persona.name}` },
    el('div', { class: 'persona-columns' },
      el('div', { class: 'form-stack' },
        field('Name', text('name', { required: true, maxlength: 200 })),
        field('Segment or role', text('segment')),
        field('Description', area('description', 4)),
        field('Quote', area('quote', 2), 'A line in the persona’s own voice.'),
        demographics.node,
        channels),
      el('div', { class: 'form-stack' }, el('p', { id: 'one-per-line', class: 'field-hint' }, 'One item per line.'), lists)),
    status,
    editable ? el('div', { class: 'form-actions' },
      el('button', { type: 'button', class: 'danger', onclick: () => remove(workspaceId, persona) }, 'Delete persona'),
      el('button', { type: 'submit', class: 'primary' }, 'Save persona')) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    const data = new FormData(form);
    const lines = (name) => String(data.get(name) || '').split('\n').map((l) => l.trim()).filter(Boolean);
    const updated = {
      ...persona,
      name: String(data.get('name')).trim(),
      ...Object.fromEntries(['segment', 'description', 'quote'].map((n) => [n, String(data.get(n) || '').trim() || undefined])),
      ...Object.fromEntries(LISTS.map(([name]) => [name, lines(name)])),
      channels: data.getAll('channels'),
      demographics: demographics.value(),
    };
    try {
      Object.assign(persona, await api.savePersona(workspaceId, updated));
      heading.textContent = persona.name;
      toast('Persona saved.', 'success');
    } catch (error) {
      status.textContent = error.explain ? error.explain() : error.message;
    }
  });
  const heading = el('h1', {}, persona.name);
  replace(root, el('div', { class: 'persona-screen' },
    el('a', { href: `#/w/${workspaceId}`, class: 'back-link' }, '← Workspace'),
    el('div', { class: 'persona-heading' },
      el('span', { class: 'avatar xlarge', 'aria-hidden': 'true' }, initials(persona.name)),
      el('div', {}, heading, persona.quote ? el('blockquote', {}, `“${persona.quote}”`) : null),
      el('button', { class: 'secondary small persona-export', 'aria-haspopup': 'menu',
        onclick: (event) => openPersonaExports(event.currentTarget, workspaceId, persona.id) }, 'Export one-pager')),
    editable ? form : el('fieldset', { class: 'locked', disabled: true, 'aria-label': 'View only' }, form)));
}

async function remove(workspaceId, persona) {
  if (!await confirmAction('Delete persona', `Delete ${persona.name}? Journeys that use this persona must drop it first.`)) return;
  try {
    await api.deletePersona(workspaceId, persona.id);
    toast(`Deleted ${persona.name}.`);
    navigate(`/w/${workspaceId}`);
  } catch (error) {
    toast(error.message, 'error', 8000);
  }
}
