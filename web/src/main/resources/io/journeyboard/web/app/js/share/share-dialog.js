// The Share dialog of a journey (editors): new links for viewing or commenting, optionally expiring and
// with a password, shown once with their address and an embedding snippet; the live links, revocable.

import { el, field, replace } from '../dom.js';
import { openDialog, confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { createShareLink, revokeShareLink, shareLinks, sharedPageUrl } from './share-api.js';

export async function openShareDialog(workspaceId, journeyId, journeyName) {
  const live = el('ul', { class: 'share-list', 'aria-label': 'Live share links' });
  const made = el('div', { 'aria-live': 'polite' });
  const redraw = async () => {
    const all = (await shareLinks(workspaceId, journeyId)).filter((l) => !l.revokedAt && !(l.expiresAt && new Date(l.expiresAt) < new Date()));
    replace(live, all.length ? all.map((link) => el('li', { class: 'share-row' },
      el('span', {}, `${link.access === 'comment' ? 'View and comment' : 'View only'} · made ${new Date(link.createdAt).toLocaleDateString()}`
        + `${link.expiresAt ? ` · until ${new Date(link.expiresAt).toLocaleDateString()}` : ''}${link.passwordProtected ? ' · password' : ''}`),
      el('button', { type: 'button', class: 'ghost small danger-text', 'aria-label': `Revoke link ${link.id}`, onclick: async () => {
        await revokeShareLink(workspaceId, journeyId, link.id);
        toast('The link no longer opens the map.', 'success');
        await redraw();
      } }, 'Revoke'))) : el('li', { class: 'muted' }, 'No live links.'));
  };
  const access = el('select', {}, el('option', { value: 'view' }, 'View only'), el('option', { value: 'comment' }, 'View and comment'));
  const expires = el('input', { type: 'date', min: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) });
  const password = el('input', { type: 'text', autocomplete: 'off', maxlength: 72 });
  const message = el('p', { class: 'form-error', role: 'alert' });
  const create = async () => {
    message.textContent = '';
    try {
      const link = await createShareLink(workspaceId, journeyId, {
        access: access.value, password: password.value || undefined,
        expiresAt: expires.value ? new Date(`${expires.value}T23:59:59`).toISOString() : undefined,
      });
      replace(made, linkMade(link));
      password.value = '';
      await redraw();
    } catch (error) {
      message.textContent = error.explain ? error.explain() : error.message;
    }
  };
  const body = () => el('div', { class: 'form-stack share-dialog-body' },
    el('div', { class: 'field-row' }, field('Who opens it may', access), field('Expires (optional)', expires)),
    field('Password (optional)', password, 'Give it to the people you share with; at least 6 characters.'), message,
    el('button', { type: 'button', class: 'primary', onclick: create }, 'Create link'), made,
    el('h3', {}, 'Live links'), live);
  // Enter in a field creates the link rather than closing the dialog
  for (const input of [expires, password]) {
    input.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); create(); } });
  }
  const dialog = openDialog({ title: `Share “${journeyName}”`, body, className: 'share-dialog',
    actions: [{ label: 'Done', kind: 'secondary', submit: true }] });
  await redraw();
  return dialog;
}

function linkMade(link) {
  const url = sharedPageUrl(link.token);
  const address = el('input', { type: 'text', readonly: true, value: url, 'aria-label': 'Share link' });
  const embed = el('input', { type: 'text', readonly: true, 'aria-label': 'Embed code',
    value: `<iframe src="${url}" width="100%" height="640" style="border:0" title="Journey map"></iframe>` });
  const copy = (input) => el('button', { type: 'button', class: 'secondary small', onclick: async () => {
    input.select();
    await navigator.clipboard?.writeText(input.value).catch(() => document.execCommand('copy'));
    toast('Copied.', 'success');
  } }, 'Copy');
  return el('div', { class: 'notice' }, el('p', {}, 'Copy the link now: it is shown only this once.'),
    el('div', { class: 'copy-row' }, address, copy(address)),
    el('p', { class: 'field-hint' }, 'To embed the map in another page:'), el('div', { class: 'copy-row' }, embed, copy(embed)));
}
