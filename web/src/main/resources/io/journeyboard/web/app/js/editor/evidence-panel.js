// The evidence behind a card, in its details panel: each item opened in place (its quote or figure,
// its source with file and line, its link), detached with one button, and more attached from the
// workspace's evidence library through a search.

import { el, field, replace } from '../dom.js';
import { glyph } from '../ui/glyphs.js';
import { humanize } from '../model/lane-kinds.js';
import { updateCard } from '../model/journey-edits.js';

const SHOWN_MATCHES = 40;

export function evidencePanel(editor, card) {
  const known = editor.evidence || new Map();
  const attached = card.evidenceIds || [];
  // The panel is not redrawn while it has the focus (inspector.js), so the focus goes back to the card first.
  const commit = (label, ids) => {
    document.activeElement?.blur();
    editor.session.change(label, (j) => updateCard(j, card.id, { evidenceIds: ids.length ? ids : undefined }));
    editor.focusSelected();
  };
  const items = attached.map((id) => {
    const item = known.get(id);
    return el('li', { class: 'evidence-item' },
      item ? el('details', {},
        el('summary', {}, el('strong', {}, humanize(item.kind)), ` ${clip(item.summary || item.url || id)}`),
        item.summary ? el('blockquote', { class: 'evidence-quote' }, item.summary) : null,
        item.source ? el('p', { class: 'muted' }, `Source: ${item.source}`) : null,
        item.recorded ? el('p', { class: 'muted' }, `Recorded ${item.recorded}`) : null,
        item.url ? el('a', { href: item.url, rel: 'noopener noreferrer', target: '_blank' }, item.url) : null,
        el('a', { href: `#/w/${encodeURIComponent(editor.workspaceId)}/evidence/${encodeURIComponent(id)}`, class: 'evidence-open' },
          'Open in the evidence library'))
        : el('span', { class: 'muted' }, `${id} (no longer in the library)`),
      editor.view.readOnly ? null : el('button', {
        class: 'ghost small', 'aria-label': `Detach ${clip(item?.summary || id)}`,
        onclick: () => commit('Detach evidence', attached.filter((other) => other !== id)),
      }, 'Detach'));
  });
  return el('section', { class: 'evidence-list', 'aria-label': 'Evidence' },
    el('h3', {}, glyph('clip', 14), ` Evidence (${attached.length})`),
    items.length ? el('ul', {}, items) : el('p', { class: 'muted' }, 'Nothing backs this card yet.'),
    editor.view.readOnly ? null : attachForm(known, attached, (id) => commit('Attach evidence', [...attached, id])));
}

function attachForm(known, attached, attach) {
  const search = el('input', { type: 'search', placeholder: 'Search quotes, sources, figures', autocomplete: 'off' });
  const matches = el('ul', { class: 'evidence-matches' });
  const draw = () => {
    const query = search.value.trim().toLowerCase();
    const found = query ? [...known.values()].filter((item) => !attached.includes(item.id)
      && [item.summary, item.source, item.kind, item.url].some((text) => text?.toLowerCase().includes(query))) : [];
    replace(matches, found.slice(0, SHOWN_MATCHES).map((item) => el('li', {},
      el('button', { class: 'link-button', onclick: () => attach(item.id) }, `Attach: ${clip(item.summary || item.url || item.id)}`),
      item.source ? el('span', { class: 'muted' }, ` · ${item.source}`) : null)),
    query && !found.length ? el('li', { class: 'muted' }, 'No evidence in this workspace matches.') : null,
    found.length > SHOWN_MATCHES ? el('li', { class: 'muted' }, `${found.length - SHOWN_MATCHES} more; narrow the search.`) : null);
  };
  search.addEventListener('input', draw);
  return el('div', { class: 'evidence-attach' }, field('Attach evidence from the library', search), matches);
}

const clip = (text) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
