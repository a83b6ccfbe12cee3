// One evidence record opened: its quote or figure, its source, date and link, the cards it backs (each a
// link to its map), and the feedback items behind it, representative quotes first, searched and paged.

import { el, replace, debounce } from '../dom.js';
import { humanize } from '../model/lane-kinds.js';
import { openEvidence, evidenceItems } from './evidence-api.js';
import { recordForm } from './record-form.js';

const PAGE = 50;

/** The opened record; onSaved() runs after an edit, so the list can show it. */
export async function recordView(workspaceId, id, editable, onSaved) {
  const opened = await openEvidence(workspaceId, id);
  const record = opened.evidence;
  const node = el('article', { class: 'evidence-opened', 'aria-label': `Evidence ${record.id}` });
  const show = () => replace(node,
    el('div', { class: 'section-heading' },
      el('h2', {}, humanize(record.kind)),
      editable ? el('button', { class: 'secondary small', onclick: () => replace(node, recordForm(workspaceId, record, async (saved) => {
        Object.assign(record, saved);
        for (const key of ['source', 'url', 'recorded']) if (!(key in saved)) delete record[key];
        show();
        await onSaved();
      }, show)) }, 'Edit') : null),
    record.summary ? el('blockquote', { class: 'evidence-quote' }, record.summary) : null,
    el('dl', { class: 'evidence-facts' },
      fact('Source', record.source), fact('Recorded', record.recorded), fact('Id', record.id),
      record.url && /^https?:\/\//i.test(record.url)
        ? [el('dt', {}, 'Link'), el('dd', {}, el('a', { href: record.url, rel: 'noopener noreferrer', target: '_blank' }, record.url))] : null),
    citations(workspaceId, opened.citedBy),
    opened.items ? itemsSection(workspaceId, record.id, opened.items) : null);
  show();
  return node;
}

const fact = (label, value) => (value ? [el('dt', {}, label), el('dd', {}, value)] : null);

function citations(workspaceId, citedBy) {
  return el('section', { class: 'evidence-citations', 'aria-label': 'Cards citing it' },
    el('h3', {}, `Backs ${citedBy.length} ${citedBy.length === 1 ? 'card' : 'cards'}`),
    citedBy.length ? el('ul', {}, citedBy.map((c) => el('li', {},
      el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(c.journeyId)}` }, c.cardText),
      el('span', { class: 'muted' }, ` · ${c.journeyName} · ${c.lane} · ${c.step}`))))
      : el('p', { class: 'muted' }, 'No card cites it yet; attach it from a card’s details on the map.'));
}

function itemsSection(workspaceId, id, count) {
  const search = el('input', { type: 'search', placeholder: 'Search these items', 'aria-label': 'Search the feedback items' });
  const list = el('ol', { class: 'evidence-items' });
  const status = el('p', { class: 'muted', role: 'status' });
  const more = el('button', { class: 'secondary small', hidden: true }, 'Show more items');
  let loaded = 0;
  const load = async (fresh) => {
    if (fresh) { loaded = 0; replace(list); }
    const page = await evidenceItems(workspaceId, id, { q: search.value.trim(), offset: loaded, limit: PAGE });
    list.append(...page.items.map((item) => el('li', { class: item.representative ? 'representative' : '' },
      el('q', {}, item.text),
      el('span', { class: 'muted' }, ` ${item.location}${item.recorded ? ` · ${item.recorded}` : ''}`),
      item.representative ? el('span', { class: 'kind-badge' }, 'quoted on the card') : null)));
    loaded += page.items.length;
    status.textContent = `${page.total} of ${count} items${search.value.trim() ? ' match' : ''}; showing ${loaded}`;
    more.hidden = loaded >= page.total;
  };
  more.addEventListener('click', () => load(false));
  search.addEventListener('input', debounce(() => load(true), 200));
  load(true);
  return el('section', { class: 'evidence-items-section', 'aria-label': 'Feedback items' },
    el('h3', {}, `The ${count} feedback items behind it`), search, status, list, more);
}
