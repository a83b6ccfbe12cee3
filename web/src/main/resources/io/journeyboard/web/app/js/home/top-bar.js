// The bar across the top of every signed-in screen.

import { el } from '../dom.js';
import { workspaceSwitcher } from '../team/workspace-switcher.js';

export function topBar(user, path, onSignOut) {
  return [
    el('a', { href: '#/', class: 'brand', 'aria-label': 'Journeyboard home' },
      el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Journeyboard'),
    workspaceSwitcher(path),
    el('div', { class: 'top-bar-user' },
      el('a', { class: 'user-name top-link', href: '#/profile', 'aria-label': `Your profile (${user?.name || ''})` }, user?.name || ''),
      el('button', { class: 'ghost small', onclick: onSignOut }, 'Sign out')),
  ];
}
