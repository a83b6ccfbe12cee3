// The page a share link opens (share.html#TOKEN): the journey map, read-only, for anyone holding the
// link, with no account; its password first when the link has one, and the discussion when the link
// allows comments. Made to be embedded in an iframe as well.

import { el, field, replace } from '../dom.js';
import { renderGrid } from '../map/grid.js';
import { openShared, sharedComments, addSharedComment } from './share-api.js';

const main = document.getElementById('main');
const token = location.hash.replace(/^#/, '');

async function show(password) {
  try {
    const shared = await openShared(token, password);
    drawMap(shared, password);
  } catch (error) {
    if (error.problem?.passwordRequired) askPassword(password ? error.message : null);
    else replace(main, el('div', { class: 'empty', role: 'alert' }, el('h1', {}, 'This link cannot be opened'), el('p', {}, error.message)));
  }
}

function askPassword(problem) {
  const input = el('input', { type: 'password', required: true, autocomplete: 'off' });
  const form = el('form', { class: 'sign-in-card' }, el('h1', {}, 'This map is protected'),
    el('p', { class: 'muted' }, 'Enter the password you were given with the link.'), field('Password', input),
    el('p', { class: 'form-error', role: 'alert' }, problem || ''), el('button', { type: 'submit', class: 'primary wide' }, 'Open map'));
  form.addEventListener('submit', (event) => { event.preventDefault(); show(input.value); });
  replace(main, el('div', { class: 'sign-in-screen' }, form));
  input.focus();
}

function drawMap(shared, password) {
  const { journey } = shared;
  document.title = `${journey.name} · Journeyboard`;
  const personas = new Map(shared.personas.map((p) => [p.id, p]));
  const view = { zoom: 0.9, readOnly: true, personas, selected: null, personaFilter: '', commentCounts: new Map() };
  const map = el('div', { class: 'map-scroll shared-map' }, renderGrid(journey, view));
  const discussion = shared.access === 'comment' ? el('aside', { class: 'inspector shared-comments', 'aria-label': 'Comments' }) : null;
  replace(main, el('header', { class: 'editor-header shared-header' },
    el('div', { class: 'editor-heading' }, el('span', { class: 'back-link' }, shared.workspaceName), el('h1', { class: 'journey-title' }, journey.name)),
    el('span', { class: 'read-only-badge' }, shared.access === 'comment' ? 'Shared for comments' : 'Shared, read only'),
    el('span', { class: 'shared-brand' }, el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Journeyboard')),
  el('div', { class: 'editor-body' }, map, discussion));
  if (discussion) drawComments(discussion, password);
}

async function drawComments(panel, password) {
  const list = el('ol', { class: 'comment-list' });
  const refresh = async () => {
    const all = await sharedComments(token, password);
    replace(list, all.length ? all.map((c) => el('li', { class: `comment${c.resolved ? ' resolved' : ''}` },
      el('div', { class: 'comment-head' }, el('strong', {}, c.authorName), el('span', { class: 'muted' }, new Date(c.createdAt).toLocaleString())),
      el('p', { class: 'comment-body' }, c.body))) : el('li', { class: 'muted' }, 'No comments yet.'));
  };
  const name = el('input', { type: 'text', required: true, maxlength: 200, autocomplete: 'name', value: localStorage.getItem('jb.guestName') || '' });
  const body = el('textarea', { rows: 3, required: true, maxlength: 10000 });
  const message = el('p', { class: 'form-error', role: 'alert' });
  const form = el('form', { class: 'comment-form' }, field('Your name', name), field('Comment', body), message,
    el('button', { type: 'submit', class: 'secondary small' }, 'Add comment'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      await addSharedComment(token, password, { name: name.value.trim(), body: body.value.trim() });
      localStorage.setItem('jb.guestName', name.value.trim());
      body.value = '';
      await refresh();
    } catch (error) {
      message.textContent = error.explain ? error.explain() : error.message;
    }
  });
  replace(panel, el('section', { class: 'comments' }, el('h2', {}, 'Comments'), list, form));
  await refresh();
}

show(null);
