// The sign-up screen: on a fresh install the first account, which becomes the owner of the workspace
// it names; where the operator opened sign-up, anyone's. Elsewhere it says that sign-up is by invitation.

import { el, field, replace } from '../dom.js';
import { navigate } from '../router.js';
import * as team from './team-api.js';

export async function showSignUp(root, onSignedIn) {
  document.title = 'Create an account · Journeyboard';
  const options = await team.signUpOptions();
  const card = el('div', { class: 'sign-in-card' }, brand());
  replace(root, el('div', { class: 'sign-in-screen' }, card));
  if (!options.open && !options.firstAccount) {
    card.append(el('h1', {}, 'Sign-up is by invitation'),
      el('p', { class: 'muted' }, 'Ask an owner of your team’s workspace to invite your e-mail address, then open the link in the invitation.'),
      el('a', { href: '#/sign-in' }, 'Back to sign in'));
    return;
  }
  const name = el('input', { type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: 200 });
  const email = el('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true });
  const workspaceName = el('input', { type: 'text', name: 'workspace', required: true, maxlength: 200,
    value: options.firstAccount ? 'Our customer journeys' : '' });
  const message = el('p', { class: 'form-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary wide' }, 'Create account');
  const form = el('form', { class: 'form-stack', 'aria-labelledby': 'sign-up-title' },
    field('Your name', name), field('E-mail', email), field('Password', password, 'At least 10 characters.'),
    field('Workspace name', workspaceName, 'You become its owner and can invite your colleagues.'), message, submit);
  card.append(
    el('h1', { id: 'sign-up-title' }, options.firstAccount ? 'Create the first account' : 'Create an account'),
    el('p', { class: 'muted' }, options.firstAccount
      ? 'Nobody has signed up on this server yet: your account owns the first workspace.'
      : 'Your account gets a workspace of its own; invitations add you to others.'),
    form, el('p', { class: 'field-hint' }, 'Have an account? ', el('a', { href: '#/sign-in' }, 'Sign in')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    try {
      const user = await team.signUp(name.value.trim(), email.value.trim(), password.value);
      const workspace = await team.createWorkspace(workspaceName.value.trim());
      onSignedIn(user);
      navigate(`/w/${workspace.id}`);
    } catch (error) {
      message.textContent = error.explain ? error.explain() : error.message;
    } finally {
      submit.disabled = false;
    }
  });
  name.focus();
}

/** The brand as the sign-in card shows it. */
export function brand() {
  return el('div', { class: 'brand large' }, el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Journeyboard');
}

/** "Create an account" under the sign-in form, when this server lets the visitor sign up. */
export async function signUpLink() {
  const options = await team.signUpOptions().catch(() => ({ open: false, firstAccount: false }));
  if (!options.open && !options.firstAccount) return [];
  return el('p', { class: 'field-hint' }, options.firstAccount ? 'First time here? ' : 'New here? ',
    el('a', { href: '#/sign-up' }, options.firstAccount ? 'Create the first account' : 'Create an account'));
}
