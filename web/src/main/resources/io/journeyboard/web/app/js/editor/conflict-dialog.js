// Shown when a save is refused because someone else saved first (409). The user sees both sides,
// then merges (their own changes re-applied on top of the other version) or reloads. Nothing they
// typed is dropped unless they choose to reload.

import { el } from '../dom.js';
import { openDialog } from '../ui/dialog.js';
import { describe } from '../model/journey-patch.js';
import { toast } from '../ui/toast.js';

export async function showConflict(editor) {
  const { session } = editor;
  if (!session.conflict || document.querySelector('.conflict-dialog')) return;
  const theirs = describe(session.conflict.theirChanges);
  const mine = describe(session.pending.flat());
  const choice = await openDialog({
    title: 'Someone else changed this map',
    className: 'conflict-dialog',
    body: () => el('div', { class: 'conflict-body' },
      el('p', {}, `While you were editing, the map was saved as version ${session.conflict.version}. `
        + 'Your changes are kept here until you choose what to do.'),
      el('div', { class: 'conflict-columns' },
        changeList('Their changes', theirs, 'theirs'),
        changeList('Your unsaved changes', mine, 'mine'))),
    actions: [
      { label: 'Reload theirs (drop mine)', kind: 'secondary', value: 'reload' },
      { label: 'Merge: apply my changes on top', kind: 'primary', value: 'merge', autofocus: true },
    ],
  });
  if (choice === 'merge') {
    await session.merge();
    toast('Merged: your changes were applied on top of the latest version.', 'success');
  } else if (choice === 'reload') {
    session.reload();
    toast('Reloaded the latest version.');
  }
  editor.render();
  editor.refresh('resolved');
}

function changeList(title, changes, side) {
  return el('section', { class: `conflict-side conflict-${side}`, 'aria-label': title },
    el('h3', {}, title),
    changes.length
      ? el('ul', {}, changes.map((c) => el('li', {}, el('span', { class: 'change-kind' }, c.kind), ' ', c.text)))
      : el('p', { class: 'muted' }, 'No changes.'));
}
