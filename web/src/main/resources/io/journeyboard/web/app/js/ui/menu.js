// A small popup menu anchored to a button (stage, step and lane options), keyboard operable.

import { el } from '../dom.js';

export function openMenu(anchor, items) {
  document.querySelector('.popup-menu')?.remove();
  const menu = el('div', { class: 'popup-menu', role: 'menu' });
  const close = () => { menu.remove(); document.removeEventListener('pointerdown', outside, true); anchor.focus(); };
  const outside = (event) => { if (!menu.contains(event.target)) close(); };
  for (const item of items) {
    if (!item) continue;
    menu.append(el('button', {
      role: 'menuitem', class: item.danger ? 'danger-text' : '', disabled: item.disabled, tabindex: '-1',
      onclick: () => { close(); item.run(); },
    }, item.label));
  }
  menu.addEventListener('keydown', (event) => {
    const buttons = [...menu.querySelectorAll('button:not([disabled])')];
    const index = buttons.indexOf(document.activeElement);
    if (event.key === 'Escape') { event.preventDefault(); close(); }
    if (event.key === 'ArrowDown') { event.preventDefault(); buttons[(index + 1) % buttons.length].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); buttons[(index - 1 + buttons.length) % buttons.length].focus(); }
  });
  // Inside the main landmark (it is fixed in place, so where it sits in the page changes nothing on screen).
  (document.querySelector('main') || document.body).append(menu);
  placeBeside(menu, anchor.getBoundingClientRect());
  document.addEventListener('pointerdown', outside, true);
  menu.querySelector('button:not([disabled])')?.focus();
}

// Below the anchor when the menu fits there, above it otherwise; never past the window's edges.
function placeBeside(menu, anchor) {
  const { width, height } = menu.getBoundingClientRect();
  const below = anchor.bottom + 4;
  const above = anchor.top - 4 - height;
  const top = below + height <= window.innerHeight - 4 || above < 4 ? below : above;
  menu.style.top = `${Math.max(4, Math.min(top, window.innerHeight - height - 4))}px`;
  menu.style.left = `${Math.max(4, Math.min(anchor.left, window.innerWidth - width - 4))}px`;
}
