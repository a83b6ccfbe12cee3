// The signed-in person's profile: display name, password, and personal API tokens for scripts.

import { el, field, replace } from '../dom.js';
import { confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import * as team from './team-api.js';

export async function showProfile(root, user, onRenamed) {
  document.title = 'Profile · Journeyboard';
  const tokenList = el('ul', { class: 'member-list', role: 'list', 'aria-label': 'API tokens' });
  const newToken = el('div', { 'aria-live': 'polite' });
  const redraw = async () => {
    const tokens = (await team.tokens()).filter((t) => !t.revokedAt);
    replace(tokenList, tokens.length ? tokens.map((token) => tokenRow(token, redraw))
      : el('li', { class: 'muted' }, 'No API tokens yet.'));
  };
  replace(root, el('div', { class: 'team-screen' },
    el('header', { class: 'team-heading' }, el('div', {}, el('a', { href: '#/', class: 'back-link' }, '← Workspace'),
      el('h1', {}, 'Your profile'), el('p', { class: 'muted' }, user.email))),
    el('section', { class: 'team-section', 'aria-labelledby': 'name-heading' }, el('h2', { id: 'name-heading' }, 'Display name'),
      nameForm(user, onRenamed)),
    el('section', { class: 'team-section', 'aria-labelledby': 'password-heading' }, el('h2', { id: 'password-heading' }, 'Password'),
      el('p', { class: 'muted' }, 'At least 10 characters. Changing it signs you out everywhere else.'), passwordForm()),
    el('section', { class: 'team-section', 'aria-labelledby': 'tokens-heading' }, el('h2', { id: 'tokens-heading' }, 'API tokens'),
      el('p', { class: 'muted' }, 'A token lets a script call the API as you: send it as “Authorization: Bearer …”.'),
      tokenForm(newToken, redraw), newToken, tokenList)));
  await redraw();
}

function nameForm(user, onRenamed) {
  const name = el('input', { type: 'text', required: true, maxlength: 200, value: user.name, autocomplete: 'name' });
  const form = el('form', { class: 'inline-form' }, field('Name others see', name), el('button', { type: 'submit', class: 'primary' }, 'Save name'));
  form.addEventListener('submit', (event) => act(event, async () => {
    const answer = await team.rename(name.value.trim());
    onRenamed(answer.user);
    const shown = document.querySelector('.top-bar .user-name');
    if (shown) {
      shown.textContent = answer.user.name;
      shown.setAttribute('aria-label', `Your profile (${answer.user.name})`);
    }
    toast('Name saved.', 'success');
  }));
  return form;
}

function passwordForm() {
  const current = el('input', { type: 'password', required: true, autocomplete: 'current-password' });
  const next = el('input', { type: 'password', required: true, autocomplete: 'new-password' });
  const form = el('form', { class: 'inline-form' }, field('Current password', current),
    field('New password', next),
    el('button', { type: 'submit', class: 'primary' }, 'Change password'));
  form.addEventListener('submit', (event) => act(event, async () => {
    await team.changePassword(current.value, next.value);
    current.value = '';
    next.value = '';
    toast('Password changed.', 'success');
  }));
  return form;
}

function tokenForm(shown, redraw) {
  const name = el('input', { type: 'text', required: true, maxlength: 200, placeholder: 'Nightly export script' });
  const form = el('form', { class: 'inline-form' }, field('Token name', name), el('button', { type: 'submit', class: 'primary' }, 'Create token'));
  form.addEventListener('submit', (event) => act(event, async () => {
    const made = await team.createToken(name.value.trim());
    name.value = '';
    const value = el('input', { type: 'text', readonly: true, value: made.token, 'aria-label': 'New API token' });
    replace(shown, el('div', { class: 'notice' }, el('p', {}, `Copy “${made.name}” now: it is shown only this once.`),
      el('div', { class: 'copy-row' }, value, el('button', { type: 'button', class: 'secondary small', onclick: async () => {
        value.select();
        await navigator.clipboard?.writeText(made.token).catch(() => document.execCommand('copy'));
        toast('Token copied.', 'success');
      } }, 'Copy'))));
    await redraw();
  }));
  return form;
}

function tokenRow(token, redraw) {
  return el('li', { class: 'member-row' },
    el('span', { class: 'member-name' }, el('strong', {}, token.name),
      el('span', { class: 'muted' }, `created ${new Date(token.createdAt).toLocaleString()}`)),
    el('span'),
    el('button', { class: 'ghost small danger-text', 'aria-label': `Revoke token ${token.name}`, onclick: async () => {
      if (!await confirmAction('Revoke token', `Scripts using “${token.name}” stop working at once.`, 'Revoke')) return;
      await team.revokeToken(token.id);
      await redraw();
    } }, 'Revoke'));
}

/** Runs a form's action; its refusal is shown under the form, a sentence naming the field. */
async function act(event, action) {
  event.preventDefault();
  const form = event.target;
  form.querySelector('.form-error')?.remove();
  try {
    await action();
  } catch (error) {
    form.append(el('p', { class: 'form-error', role: 'alert' }, error.explain ? error.explain() : error.message));
  }
}
