// A note one screen leaves for the map it opens next: the cards it just added there, so the map can
// show them (editor/reveal.js). Kept in the tab's session storage, read once.

const KEY = 'jb.arrival';

export function announceAddedCards(journeyId, cardIds) {
  sessionStorage.setItem(KEY, JSON.stringify({ journeyId, cardIds }));
}

/** The card ids announced for this journey (and forgets them), or an empty list. */
export function takeAddedCards(journeyId) {
  const note = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  if (note?.journeyId !== journeyId) return [];
  sessionStorage.removeItem(KEY);
  return note.cardIds || [];
}
