// Numbers, shares and durations as the explorer writes them: the same text in the figures, the tables,
// the CSV exports and the tests that read them.

const whole = new Intl.NumberFormat('en-US');

export const count = (n) => whole.format(n);

export const percent = (fraction) => `${(fraction * 100).toFixed(fraction >= 0.1 || fraction === 0 ? 0 : 1)}%`;

/** 42 s, 3.5 min, 2.1 h, 4.2 days */
export function duration(seconds) {
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
  if (seconds < 86400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} days`;
}

/** Text cut to max characters with an ellipsis; the full text goes in a tooltip beside it. */
export const clip = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A stable colour per activity name, so an activity looks the same in every view. */
const PALETTE = ['#4f46e5', '#0891b2', '#16a34a', '#ca8a04', '#db2777', '#7c3aed', '#ea580c', '#0d9488',
  '#2563eb', '#9333ea', '#65a30d', '#dc2626'];
export function colourOf(name) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
