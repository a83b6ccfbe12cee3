// Short status messages in a polite live region, so screen readers hear them too.

import { el } from '../dom.js';

export function toast(message, kind = 'info', timeout = 4000) {
  let region = document.getElementById('toasts');
  if (!region) {
    region = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(region);
  }
  const item = el('div', { class: `toast toast-${kind}` }, message);
  region.append(item);
  setTimeout(() => item.remove(), timeout);
}
