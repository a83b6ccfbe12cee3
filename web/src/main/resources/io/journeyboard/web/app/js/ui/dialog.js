// Modal dialogs on the native <dialog> element: it traps focus, closes on Escape and
// gives focus back to what had it before.

import { el, field } from '../dom.js';

/** Opens a dialog; resolves with the value passed to close(), or null when dismissed. */
export function openDialog({ title, body, actions, className = '' }) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const heading = el('h2', { id: `dialog-title-${Date.now()}` }, title);
    const dialog = el('dialog', { class: `dialog ${className}`, 'aria-labelledby': heading.id });
    const close = (value) => {
      dialog.close();
      dialog.remove();
      previous?.focus?.();
      resolve(value);
    };
    const footer = el('div', { class: 'dialog-actions' },
      actions.map((action) => el('button', {
        type: action.submit ? 'submit' : 'button', class: action.kind || 'secondary', autofocus: action.autofocus,
        onclick: action.submit ? null : () => close(action.value ?? null),
      }, action.label)));
    const form = el('form', { method: 'dialog' }, heading, body(close), footer);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const submit = actions.find((a) => a.submit);
      close(submit.collect ? submit.collect(form) : true);
    });
    dialog.append(form);
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(null); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Asks for one line of text; resolves with it (trimmed) or null. */
export async function promptText(title, label, initial = '', submitLabel = 'Save') {
  const input = el('input', { type: 'text', name: 'value', value: initial, required: true, maxlength: 200, autocomplete: 'off' });
  const value = await openDialog({
    title,
    body: () => { setTimeout(() => input.select()); return field(label, input); },
    actions: [{ label: 'Cancel' }, { label: submitLabel, kind: 'primary', submit: true, collect: () => input.value.trim() }],
  });
  return value || null;
}

export async function confirmAction(title, message, confirmLabel = 'Delete') {
  return Boolean(await openDialog({
    title,
    body: () => el('p', {}, message),
    actions: [{ label: 'Cancel' }, { label: confirmLabel, kind: 'danger', submit: true }],
  }));
}
