// Cards another screen just added (accepted insight suggestions) are shown to the user on arrival:
// outlined until the next change, the first one selected, focused and scrolled into the middle of the map.

import { takeAddedCards } from '../ui/arrival.js';

/** Marks and scrolls to the cards announced for this journey, if any; true when there were some. */
export function revealAnnounced(editor) {
  const cardIds = takeAddedCards(editor.journeyId);
  if (!cardIds.length) return false;
  editor.view.justAdded = new Set(cardIds);
  editor.view.selected = { type: 'card', id: cardIds[0] };
  editor.render();
  const first = editor.nodeOf(cardIds[0]);
  first?.scrollIntoView({ block: 'center', inline: 'center' });
  first?.focus({ preventScroll: true });
  return true;
}
