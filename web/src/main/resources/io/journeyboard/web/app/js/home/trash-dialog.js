// The trash: journeys moved there from the home screen, each restorable by an editor and, for an
// owner only, deletable for good.

import { el, replace } from '../dom.js';
import { openDialog, confirmAction } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import * as homeApi from './home-api.js';

/** Opens the trash; resolves true when something was restored (the home then shows it again). */
export async function openTrash(workspaceId, { mayPurge }) {
  let changed = false;
  const list = el('div', { class: 'trash-list' }, el('p', { class: 'muted' }, 'Loading…'));
  const fill = async () => {
    const trashed = await homeApi.trash(workspaceId);
    replace(list, trashed.length
      ? el('ul', { class: 'trash-items', role: 'list' }, trashed.map((j) => row(j)))
      : el('p', { class: 'muted' }, 'The trash is empty.'));
  };
  const run = async (work, done) => {
    try {
      await work();
      toast(done, 'success');
      await fill();
    } catch (error) {
      toast(error.explain ? error.explain() : error.message, 'error', 8000);
    }
  };
  const row = (j) => el('li', { class: 'trash-item' },
    el('div', {}, el('span', { class: 'tile-title' }, j.name),
      el('span', { class: 'tile-meta' }, `Deleted ${new Date(j.deletedAt).toLocaleString()} by ${j.deletedBy}`)),
    el('div', { class: 'trash-actions' },
      el('button', {
        type: 'button', class: 'secondary small', 'aria-label': `Restore ${j.name}`,
        onclick: () => run(async () => { await homeApi.restore(workspaceId, j.id); changed = true; }, `Restored “${j.name}”.`),
      }, 'Restore'),
      mayPurge ? el('button', {
        type: 'button', class: 'danger small', 'aria-label': `Delete ${j.name} for good`,
        onclick: async () => {
          if (!await confirmAction('Delete for good?', `“${j.name}” and its whole history, comments and share links will be gone. This cannot be undone.`, 'Delete for good')) return;
          await run(() => homeApi.purge(workspaceId, j.id), `“${j.name}” is deleted for good.`);
        },
      }, 'Delete for good') : null));
  const shown = openDialog({ title: 'Trash', className: 'trash-dialog', body: () => list, actions: [{ label: 'Close', kind: 'primary' }] });
  await fill();
  await shown;
  return changed;
}
