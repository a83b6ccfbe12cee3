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

/** The initials' colour on each palette colour, for 4.5:1 contrast (WCAG AA): black on the orange and green. */
const PERSONA_INKS = ['#fff', '#000', '#000', '#fff', '#fff', '#fff'];

/** The avatar style of the persona at {@code index} among the workspace's personas. */
export function personaStyle(index) {
  const i = (index < 0 ? 0 : index) % PERSONA_COLOURS.length;
  return `background:${PERSONA_COLOURS[i]};color:${PERSONA_INKS[i]}`;
}

/** Initials of a persona name for the small avatar dots ("Maya Lindqvist" -> "ML"). */
export function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}
