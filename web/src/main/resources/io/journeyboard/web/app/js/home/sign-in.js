// The sign-in screen.

import * as api from '../api.js';
import { el, field, replace } from '../dom.js';
import { signUpLink } from '../team/sign-up.js';

export function showSignIn(root, onSignedIn) {
  document.title = 'Sign in · Journeyboard';
  const email = el('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const message = el('p', { class: 'form-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary wide' }, 'Sign in');
  const form = el('form', { class: 'sign-in-card', 'aria-labelledby': 'sign-in-title' },
    el('div', { class: 'brand large' }, el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Journeyboard'),
    el('h1', { id: 'sign-in-title' }, 'Sign in'),
    el('p', { class: 'muted' }, 'Map your customers’ journeys, grounded in evidence.'),
    field('E-mail', email), field('Password', password), message, submit,
    el('p', { class: 'field-hint' }, 'On a fresh install the server prints a demo sign-in when it starts.'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    try {
      onSignedIn(await api.signIn(email.value.trim(), password.value));
    } catch (error) {
      message.textContent = error.message;
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  replace(root, el('div', { class: 'sign-in-screen' }, form));
  signUpLink().then((link) => form.append(link));
  email.focus();
}
