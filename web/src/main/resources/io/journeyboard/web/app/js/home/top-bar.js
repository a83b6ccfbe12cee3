// The bar across the top of every signed-in screen.

import { el } from '../dom.js';

export function topBar(user, onSignOut) {
  return [
    el('a', { href: '#/', class: 'brand', 'aria-label': 'Journeyboard home' },
      el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Journeyboard'),
    el('div', { class: 'top-bar-user' },
      el('span', { class: 'user-name' }, user?.name || ''),
      el('button', { class: 'ghost small', onclick: onSignOut }, 'Sign out')),
  ];
}
