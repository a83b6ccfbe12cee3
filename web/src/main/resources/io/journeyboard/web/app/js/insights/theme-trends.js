// Themes over time and along the journey, from the report's trends: per period the volume and mean
// sentiment of all feedback and of each theme, with arrows for the change against the previous period
// and an "emerging" badge on themes that appear or double their share; per stage and step the volume,
// mean sentiment, negative share and largest themes. Absent when the feedback has no dates or places.

import { el } from '../dom.js';
import { signed } from './theme-chart.js';

/** Changes smaller than these are shown as steady: a period of a few items moves by chance. */
const STEADY_SENTIMENT = 0.05;
const STEADY_SHARE = 0.02;

/** The trends sections of a report, or nothing when it has none. */
export function themeTrends(report, journey) {
  const trends = report.trends || {};
  const names = new Map(report.themes.map((t) => [t.id, t.name]));
  return [
    trends.periods?.length ? periodTable(trends, names) : null,
    trends.places?.length ? placeTable(trends.places, names, journey) : null,
  ];
}

function periodTable(trends, names) {
  const { periods } = trends;
  const largest = Math.max(1, ...periods.map((p) => p.items));
  const themeIds = [...names.keys()].filter((id) => periods.some((p) => p.themes.some((t) => t.theme === id)));
  const header = el('tr', {}, el('th', { scope: 'col' }, 'Theme'),
    periods.map((p) => el('th', { scope: 'col' }, p.period)));
  const total = el('tr', { class: 'trend-total' }, el('th', { scope: 'row' }, 'All feedback'),
    periods.map((p, i) => el('td', { class: 'trend-cell', dataset: { period: p.period, theme: '' } },
      el('div', { class: 'trend-volume', style: `width: ${Math.max(2, (p.items / largest) * 100)}%`,
        'aria-hidden': 'true' }),
      el('span', { class: 'trend-items' }, p.items.toLocaleString()), ' items · ',
      sentimentFigure(p.sentiment), i > 0 ? arrow(p.sentimentChange, STEADY_SENTIMENT, 'mean sentiment') : null)));
  const rows = themeIds.map((id) => el('tr', {}, el('th', { scope: 'row' }, names.get(id)),
    periods.map((p, i) => themeCell(p, p.themes.find((t) => t.theme === id), id, i > 0))));
  return el('section', { class: 'insight-trends', 'aria-label': 'Themes over time' },
    el('h2', {}, `Themes per ${trends.period || 'period'}`),
    el('p', { class: 'muted' }, 'Items and mean sentiment per period; arrows compare a theme’s share of the period '
      + 'with the period before. A theme is emerging when it is new or has doubled its share.'),
    // focusable, so a keyboard can scroll a table wider than the screen
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Themes per period' },
      el('table', { class: 'trend-table' },
        el('thead', {}, header), el('tbody', {}, total, rows))));
}

function themeCell(period, count, themeId, compared) {
  if (!count) return el('td', { class: 'trend-cell trend-empty', dataset: { period: period.period, theme: themeId } }, '–');
  return el('td', { class: 'trend-cell', dataset: { period: period.period, theme: themeId } },
    el('span', { class: 'trend-items' }, count.items.toLocaleString()),
    ` (${Math.round(count.share * 100)} %) · `, sentimentFigure(count.sentiment),
    compared ? arrow(count.shareChange, STEADY_SHARE, 'share') : null,
    count.emerging ? el('span', { class: 'emerging-badge' }, 'emerging') : null);
}

/** A mean score coloured by its polarity, in the label colours that keep their contrast on any row. */
function sentimentFigure(score) {
  const polarity = score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
  return el('span', { class: `trend-sentiment label-${polarity}` }, signed(score));
}

/** ▲ or ▼ with the change in words for a screen reader, → when the change is within the steady band. */
function arrow(change, steady, what) {
  const direction = change >= steady ? 'up' : change <= -steady ? 'down' : 'steady';
  const symbol = { up: '▲', down: '▼', steady: '→' }[direction];
  const amount = what === 'share' ? `${Math.round(Math.abs(change) * 100)} points` : Math.abs(change).toFixed(2);
  return el('span', { class: `trend-arrow trend-${direction}`, dataset: { change: String(change) },
    title: `${what} ${direction === 'steady' ? 'about the same' : `${direction} ${amount}`} against the period before`,
  }, ` ${symbol}`);
}

function placeTable(places, names, journey) {
  const stages = new Map((journey?.stages || []).map((s) => [s.id, s]));
  const stepName = (stage, stepId) => stage?.steps?.find((s) => s.id === stepId)?.name;
  return el('section', { class: 'insight-places', 'aria-label': 'Themes along the journey' },
    el('h2', {}, 'Themes per stage and step'),
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Themes per stage and step' },
      el('table', { class: 'place-table' },
      el('thead', {}, el('tr', {}, ['Stage', 'Step', 'Items', 'Mean sentiment', 'Negative', 'Largest themes']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, places.map((place) => {
        const stage = stages.get(place.stage);
        return el('tr', { class: 'place-row', dataset: { stage: place.stage, step: place.step || '' } },
          el('th', { scope: 'row' }, stage?.name || place.stage),
          el('td', {}, stepName(stage, place.step) || place.step || '–'),
          el('td', { class: 'trend-items' }, place.items.toLocaleString()),
          el('td', {}, sentimentFigure(place.sentiment)),
          el('td', {}, `${Math.round(place.negativeShare * 100)} %`),
          el('td', {}, place.themes.slice(0, 3).map((t) => `${names.get(t.theme) || t.theme} (${t.items})`).join(', ')));
      })))));
}
