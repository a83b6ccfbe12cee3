// One evidence record opened: its quote or figure, its source, date and link, the cards it backs (each a
// link to its map), the feedback items behind it, representative quotes first, searched and paged, and its
// edit history as sentences. Editors may edit or delete it; a record that cards or personas cite is not
// deleted, and the server's refusal names them.

import { el, replace, debounce } from '../dom.js';
import { humanize } from '../model/lane-kinds.js';
import { confirmAction } from '../ui/dialog.js';
import { openEvidence, evidenceItems, deleteEvidence, evidenceHistory } from './evidence-api.js';
import { recordForm } from './record-form.js';

const PAGE = 50;

/** The opened record; onSaved() runs after an edit, so the list can show it, and onDeleted() after a deletion. */
export async function recordView(workspaceId, id, editable, onSaved, onDeleted) {
  const opened = await openEvidence(workspaceId, id);
  const record = opened.evidence;
  const node = el('article', { class: 'evidence-opened', 'aria-label': `Evidence ${record.id}` });
  const refusal = el('div', { class: 'form-error', role: 'alert', hidden: true });
  const remove = async () => {
    if (!opened.citedBy.length && !await confirmAction('Delete this evidence?',
      `“${record.summary || record.id}” leaves the library with the feedback items behind it. Its history stays readable.`)) return;
    try {
      await deleteEvidence(workspaceId, record.id);
      await onDeleted();
    } catch (error) {
      refusal.hidden = false;
      refusal.textContent = `Not deleted: ${error.message}`;
    }
  };
  const show = () => replace(node,
    el('div', { class: 'section-heading' },
      el('h2', {}, humanize(record.kind)),
      editable ? el('div', { class: 'record-actions' },
        el('button', { class: 'secondary small', onclick: () => replace(node, recordForm(workspaceId, record, async (saved) => {
          Object.assign(record, saved);
          for (const key of ['source', 'url', 'recorded']) if (!(key in saved)) delete record[key];
          show();
          await onSaved();
        }, show)) }, 'Edit'),
        el('button', { class: 'danger small', onclick: remove }, 'Delete')) : null),
    refusal,
    record.summary ? el('blockquote', { class: 'evidence-quote' }, record.summary) : null,
    el('dl', { class: 'evidence-facts' },
      fact('Source', record.source), fact('Recorded', record.recorded), fact('Id', record.id),
      record.url && /^https?:\/\//i.test(record.url)
        ? [el('dt', {}, 'Link'), el('dd', {}, el('a', { href: record.url, rel: 'noopener noreferrer', target: '_blank' }, record.url))] : null),
    citations(workspaceId, opened.citedBy),
    opened.items ? itemsSection(workspaceId, record.id, opened.items) : null,
    historySection(workspaceId, record.id));
  show();
  return node;
}

// Who changed the record how and when, read from the server each time it is opened (an edit adds an entry).
function historySection(workspaceId, id) {
  const list = el('ol', { class: 'evidence-history' });
  const details = el('details', { class: 'evidence-history-section' }, el('summary', {}, 'Edit history'), list);
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    const { entries } = await evidenceHistory(workspaceId, id);
    replace(list, entries.length
      ? entries.slice().reverse().map((entry) => el('li', { class: `history-${entry.action}` },
        el('time', { datetime: entry.changedAt }, entry.sentence)))
      : el('li', { class: 'muted' }, 'Not changed in the library since it arrived (by an import or an accepted suggestion).'));
  });
  return details;
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
