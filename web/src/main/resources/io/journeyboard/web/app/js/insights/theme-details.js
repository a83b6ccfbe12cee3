// The themes one by one under the chart: figures, keywords and quotes, and for a large theme a button that
// splits it into sub-themes (names, shares of the theme, quotes), asked of the server when pressed.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { signed } from './theme-chart.js';

const percent = (share) => `${Math.round((share ?? 0) * 100)} %`;

/** One entry per theme; splitting asks the job's server for the theme's sub-themes. */
export function themeDetails(themes, { workspaceId, journeyId, jobId }) {
  return el('ul', { class: 'theme-details' }, themes.map((theme) => {
    const parts = el('div', { class: 'sub-themes' });
    const button = theme.splittable ? el('button', { type: 'button', class: 'secondary split-theme',
      'aria-label': `Show sub-themes of ${theme.name}`,
      onclick: async () => {
        button.disabled = true;
        replace(parts, el('p', { class: 'muted', role: 'status' }, 'Finding sub-themes…'));
        try {
          const answer = await api.insightSubThemes(workspaceId, journeyId, jobId, theme.id);
          replace(parts, subThemeList(theme, answer));
          button.hidden = true;
        } catch (error) {
          button.disabled = false;
          replace(parts, el('p', { class: 'form-error', role: 'alert' },
            `No sub-themes: ${error instanceof api.ApiError ? error.explain() : error.message}`));
        }
      } }, 'Sub-themes') : null;
    return el('li', { class: 'theme-detail', dataset: { themeId: theme.id } },
      el('div', { class: 'theme-detail-heading' },
        el('strong', {}, theme.name),
        el('span', { class: 'muted' }, ` ${theme.size} items · ${percent(theme.share)} · ${signed(theme.sentiment)} ${theme.label}`),
        button),
      theme.keywords.length ? el('p', { class: 'theme-keywords muted' }, theme.keywords.join(', ')) : null,
      quoteList(theme.quotes),
      parts);
  }));
}

function subThemeList(theme, answer) {
  if (!answer.subThemes.length) return el('p', { class: 'muted' }, answer.reason || 'This theme has no sub-themes.');
  return el('ul', { class: 'sub-theme-list', 'aria-label': `Sub-themes of ${theme.name}` },
    answer.subThemes.map((part) => el('li', { class: 'sub-theme' },
      el('strong', {}, part.name),
      el('span', { class: 'muted' }, ` ${percent(part.share)} of the theme · ${part.size} items · ${signed(part.sentiment)} ${part.label}`),
      quoteList(part.quotes.slice(0, 2)))));
}

function quoteList(quotes) {
  return el('ul', { class: 'theme-quotes' }, quotes.map((quote) => el('li', {}, `“${quote.text}”`)));
}
