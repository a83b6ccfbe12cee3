// Comments on a card, opportunity, step or stage (anchored to its id) or on the whole journey (no anchor),
// shown under its details.
// They are stored apart from the journey document, so writing one never conflicts with map edits.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { toast } from '../ui/toast.js';

/** Loads the journey's comments into editor.comments and the per-card counts the cards show. */
export async function loadComments(editor) {
  const all = await api.comments(editor.workspaceId, editor.journeyId);
  editor.comments = all;
  editor.view.commentCounts = new Map();
  for (const comment of all) {
    if (comment.anchor && !comment.resolved) editor.view.commentCounts.set(comment.anchor, (editor.view.commentCounts.get(comment.anchor) || 0) + 1);
  }
}

export function commentSection(editor, anchor) {
  const list = el('ol', { class: 'comment-list' });
  const draw = () => {
    const thread = (editor.comments || []).filter((c) => (c.anchor ?? null) === anchor);
    replace(list, thread.length ? thread.map((comment) => el('li', { class: `comment${comment.resolved ? ' resolved' : ''}` },
      el('div', { class: 'comment-head' },
        el('strong', {}, comment.authorName || 'Someone'),
        el('span', { class: 'muted' }, new Date(comment.createdAt).toLocaleString())),
      el('p', { class: 'comment-body' }, comment.body),
      editor.view.canComment === false ? null : el('button', {
        class: 'ghost small',
        onclick: async () => {
          await api.resolveComment(editor.workspaceId, editor.journeyId, comment.id, !comment.resolved);
          await refresh();
        },
      }, comment.resolved ? 'Reopen' : 'Resolve'))) : el('li', { class: 'muted' }, 'No comments yet.'));
  };
  const refresh = async () => {
    await loadComments(editor);
    draw();
    editor.render();
  };
  const box = el('textarea', { rows: 2, maxlength: 10000, 'aria-label': 'New comment', placeholder: 'Add a comment…' });
  const form = el('form', { class: 'comment-form' }, box, el('button', { type: 'submit', class: 'secondary small' }, 'Comment'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = box.value.trim();
    if (!body) return;
    try {
      await api.addComment(editor.workspaceId, editor.journeyId, anchor, body);
      box.value = '';
      await refresh();
    } catch (error) {
      toast(error.message, 'error', 8000);
    }
  });
  draw();
  const title = anchor === null ? 'Comments on the journey' : 'Comments';
  // viewers read the discussion; commenting needs the commenter role or more
  return el('section', { class: 'comments', 'aria-label': title }, el('h3', {}, title), list,
    editor.view.canComment === false ? null : form);
}
