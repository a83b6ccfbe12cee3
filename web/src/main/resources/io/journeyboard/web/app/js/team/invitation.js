// The screen an invitation link opens: who invited whom to which workspace, then the way in: join
// (signed in as the invited address), sign in first (an account exists) or create the account.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { navigate } from '../router.js';
import * as team from './team-api.js';
import { brand } from './sign-up.js';

export async function showInvitation(root, { token }, onSignedIn) {
  document.title = 'Invitation · Journeyboard';
  const card = el('div', { class: 'sign-in-card invitation-card' }, brand());
  replace(root, el('div', { class: 'sign-in-screen' }, card));
  let invitation;
  try {
    invitation = await team.openInvitation(token);
  } catch (error) {
    card.append(el('h1', {}, 'This invitation cannot be used'), el('p', { role: 'alert' }, error.message),
      el('a', { href: '#/sign-in' }, 'Go to sign in'));
    return;
  }
  card.append(el('h1', {}, `Join ${invitation.workspaceName}`),
    el('p', {}, `${invitation.invitedBy} invited ${invitation.email} to this workspace as ${invitation.role}.`));
  const me = await api.me().catch(() => null);
  const message = el('p', { class: 'form-error', role: 'alert' });
  const joined = (workspaceId) => navigate(`/w/${workspaceId}`);
  if (me && me.email === invitation.email) {
    card.append(message, el('button', { class: 'primary wide', onclick: async () => {
      try { joined((await team.acceptInvitation(token)).workspaceId); } catch (error) { message.textContent = error.message; }
    } }, 'Join workspace'));
  } else if (me) {
    card.append(el('p', { class: 'muted' }, `You are signed in as ${me.email}. Sign out, then open the link again to join as ${invitation.email}.`),
      el('button', { class: 'secondary wide', onclick: async () => { await api.signOut(); location.reload(); } }, 'Sign out'));
  } else if (invitation.accountExists) {
    const password = el('input', { type: 'password', autocomplete: 'current-password', required: true });
    const form = el('form', { class: 'form-stack' }, field('Password', password, `The password of ${invitation.email}.`), message,
      el('button', { type: 'submit', class: 'primary wide' }, 'Sign in and join'));
    form.addEventListener('submit', (event) => submitting(event, message, async () => {
      onSignedIn(await api.signIn(invitation.email, password.value));
      joined((await team.acceptInvitation(token)).workspaceId);
    }));
    card.append(form);
    password.focus();
  } else {
    const name = el('input', { type: 'text', autocomplete: 'name', required: true, maxlength: 200 });
    const password = el('input', { type: 'password', autocomplete: 'new-password', required: true });
    const form = el('form', { class: 'form-stack' }, field('Your name', name),
      field('Choose a password', password, 'At least 10 characters.'), message,
      el('button', { type: 'submit', class: 'primary wide' }, 'Create account and join'));
    form.addEventListener('submit', (event) => submitting(event, message, async () => {
      onSignedIn(await team.signUpInvited(token, name.value.trim(), password.value));
      const list = await api.workspaces();
      joined(list.find((w) => w.name === invitation.workspaceName)?.id || list[0].id);
    }));
    card.append(form);
    name.focus();
  }
}

async function submitting(event, message, action) {
  event.preventDefault();
  const button = event.target.querySelector('button[type="submit"]');
  button.disabled = true;
  message.textContent = '';
  try {
    await action();
  } catch (error) {
    message.textContent = error.explain ? error.explain() : error.message;
  } finally {
    button.disabled = false;
  }
}
