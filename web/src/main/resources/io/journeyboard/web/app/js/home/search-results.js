// Where a search text occurs beyond the journeys' names: cards, opportunities and personas, each hit
// naming its place and linking there (a card is selected and scrolled to when the map opens).

import { el } from '../dom.js';
import { announceAddedCards } from '../ui/arrival.js';

const KINDS = { journey: 'Journey', card: 'Card', opportunity: 'Opportunity', persona: 'Persona' };

export function searchResults(workspaceId, result) {
  const hits = result.hits.filter((hit) => hit.kind !== 'journey');
  return el('section', { class: 'home-section search-results', 'aria-labelledby': 'search-results-heading' },
    el('div', { class: 'section-heading' }, el('h2', { id: 'search-results-heading' }, `Found in maps and personas (${hits.length}${result.truncated ? '+' : ''})`)),
    hits.length
      ? el('ul', { class: 'search-hits', role: 'list' }, hits.map((hit) => el('li', {}, hitLink(workspaceId, hit))))
      : el('p', { class: 'muted' }, `“${result.query}” is in no card, opportunity or persona.`));
}

function hitLink(workspaceId, hit) {
  const w = `#/w/${encodeURIComponent(workspaceId)}`;
  const href = hit.kind === 'persona' ? `${w}/p/${encodeURIComponent(hit.personaId)}`
    : hit.kind === 'opportunity' ? `${w}/j/${encodeURIComponent(hit.journeyId)}/board`
      : `${w}/j/${encodeURIComponent(hit.journeyId)}`;
  return el('a', {
    class: 'search-hit', href,
    onclick: () => { if (hit.kind === 'card') announceAddedCards(hit.journeyId, [hit.cardId]); },
  },
  el('span', { class: `hit-kind hit-${hit.kind}` }, KINDS[hit.kind]),
  el('span', { class: 'hit-text' }, hit.text),
  el('span', { class: 'hit-where' }, hit.journeyName ? `${hit.journeyName} · ${hit.where}${hit.archived ? ' · archived' : ''}` : hit.where));
}
