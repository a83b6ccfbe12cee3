// The top bar's workspace switcher, the link to the current workspace's members and to the profile;
// and what "/" shows a person who belongs to no workspace yet.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { navigate } from '../router.js';
import { promptText } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import * as team from './team-api.js';

const NEW = '__new__';

/** The switcher and links for the top bar; fills itself once the workspaces are loaded. */
export function workspaceSwitcher(currentPath) {
  const current = /^\/w\/([^/]+)/.exec(currentPath)?.[1];
  const select = el('select', { class: 'workspace-switcher', 'aria-label': 'Workspace' });
  const members = current ? el('a', { class: 'top-link', href: `#/w/${current}/members` }, 'Members') : null;
  api.workspaces().then((list) => {
    replace(select, list.map((w) => el('option', { value: w.id, selected: w.id === decodeURIComponent(current || '') }, w.name)),
      el('option', { value: NEW }, 'New workspace…'));
    if (!current) select.prepend(el('option', { value: '', selected: true, disabled: true }, 'Choose a workspace'));
  }).catch(() => select.remove());
  select.addEventListener('change', async () => {
    if (select.value !== NEW) { navigate(`/w/${select.value}`); return; }
    const name = await promptText('New workspace', 'Workspace name', '', 'Create workspace');
    if (!name) { select.value = current || ''; return; }
    try {
      navigate(`/w/${(await team.createWorkspace(name)).id}`);
    } catch (error) {
      toast(error.explain ? error.explain() : error.message, 'error', 8000);
    }
  });
  return el('div', { class: 'top-bar-workspace' }, select, members);
}

/** "/" for someone in no workspace: create one, or wait for an invitation. */
export function noWorkspace(root) {
  const name = el('input', { type: 'text', required: true, maxlength: 200 });
  const message = el('p', { class: 'form-error', role: 'alert' });
  const form = el('form', { class: 'form-stack' }, field('Workspace name', name), message,
    el('button', { type: 'submit', class: 'primary' }, 'Create workspace'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      navigate(`/w/${(await team.createWorkspace(name.value.trim())).id}`);
    } catch (error) {
      message.textContent = error.explain ? error.explain() : error.message;
    }
  });
  replace(root, el('div', { class: 'empty' }, el('h1', {}, 'You are not in a workspace yet'),
    el('p', {}, 'Open the invitation link a colleague sent you, or start a workspace of your own.'), form));
}
