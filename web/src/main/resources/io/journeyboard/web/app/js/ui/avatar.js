// How a persona is marked on screen: its colour and its initials in a small round avatar.

/**
 * The persona palette, the same as the exports' (render's Palette): a persona's colour is the one of its
 * place among the workspace's personas, on home tiles, emotion curves and in every exported picture.
 */
export const PERSONA_COLOURS = ['#2f6fde', '#e8590c', '#2b8a3e', '#9c36b5', '#c92a2a', '#0b7285'];

/** The colour of a persona given the workspace's personas (a Map by id, in the workspace's order). */
export function personaColour(personas, personaId) {
  const index = [...personas.keys()].indexOf(personaId);
  return PERSONA_COLOURS[(index < 0 ? 0 : index) % PERSONA_COLOURS.length];
}

/** Initials of a persona name for the small avatar dots ("Maya Lindqvist" -> "ML"). */
export function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}
