// Short status messages in a polite live region, so screen readers hear them too.

import { el } from '../dom.js';

export function toast(message, kind = 'info', timeout = 4000) {
  let region = document.getElementById('toasts');
  if (!region) {
    region = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(region);
  }
  // the same message again replaces the first, and at most three are shown: they never pile up
  for (const old of region.children) if (old.textContent === message) old.remove();
  while (region.children.length >= 3) region.firstElementChild.remove();
  const item = el('div', { class: `toast toast-${kind}` }, message);
  region.append(item);
  setTimeout(() => item.remove(), timeout);
}

/** Removes every toast: a new screen starts without the last one's messages. */
export function clearToasts() {
  document.getElementById('toasts')?.replaceChildren();
}
