// How a persona is marked on screen: its colour and its initials in a small round avatar.

/**
 * The persona palette: home tiles and emotion curves take their colours from it in turn. Each is dark
 * enough for white initials on it (4.5:1, WCAG AA).
 */
export const PERSONA_COLOURS = ['#4f46e5', '#be185d', '#0f766e', '#b45309', '#7c3aed', '#0369a1'];

/** Initials of a persona name for the small avatar dots ("Maya Lindqvist" -> "ML"). */
export function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}
