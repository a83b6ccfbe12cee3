// Themes as horizontal bars named by their phrase: length is how many items a theme holds, colour its
// mean sentiment (red negative, grey neutral, green positive), so the big unhappy themes stand out at a
// glance; the figures give size, share, mean score and label (positive, neutral or negative).

import { svg } from '../dom.js';

const ROW = 30;
const LABEL = 300;
const BAR = 360;
const WIDTH = LABEL + BAR + 200;

/** A colour between red (−1), grey (0) and green (+1). */
export function sentimentColour(score) {
  const clamp = Math.max(-1, Math.min(1, score));
  const [from, to] = clamp < 0 ? [[148, 163, 184], [220, 38, 38]] : [[148, 163, 184], [22, 163, 74]];
  const t = Math.min(1, Math.abs(clamp) * 2);
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * t));
  return `rgb(${mix.join(',')})`;
}

export const signed = (score) => `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;

export function themeChart(themes) {
  const largest = Math.max(1, ...themes.map((t) => t.size));
  const height = themes.length * ROW + 8;
  return svg('svg', { class: 'theme-chart', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-label': `${themes.length} themes by size and sentiment` },
  themes.map((theme, i) => {
    const y = i * ROW + 4;
    const width = Math.max(2, (theme.size / largest) * BAR);
    return svg('g', { class: 'theme-row', dataset: { themeId: theme.id } },
      svg('title', {}, `${theme.name} (${theme.keywords.join(', ')}): ${theme.size} items, mean sentiment ${signed(theme.sentiment)}, mostly ${theme.label}`),
      svg('text', { x: LABEL - 10, y: y + ROW / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'theme-label' },
        theme.name),
      svg('rect', { x: LABEL, y: y + 4, width, height: ROW - 10, rx: 4, fill: sentimentColour(theme.sentiment) }),
      svg('text', { x: LABEL + width + 8, y: y + ROW / 2, 'dominant-baseline': 'middle', class: 'theme-figure' },
        `${theme.size} · ${Math.round((theme.share ?? 0) * 100)} % · ${signed(theme.sentiment)} ${theme.label}`));
  }));
}
