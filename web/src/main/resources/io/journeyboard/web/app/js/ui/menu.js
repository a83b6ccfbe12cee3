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
  const rect = anchor.getBoundingClientRect();
  menu.style.top = `${rect.bottom + 4}px`;
  menu.style.left = `${Math.min(rect.left, window.innerWidth - 220)}px`;
  document.body.append(menu);
  document.addEventListener('pointerdown', outside, true);
  menu.querySelector('button:not([disabled])')?.focus();
}
