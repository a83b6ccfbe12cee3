// A finished feedback analysis: the counts by sentiment, the themes as a chart and the suggested
// cards, pain points checked to start with, behind one button that adds the checked ones; with dated
// feedback, the themes per period and per stage and step.

import { el } from '../dom.js';
import { themeChart } from './theme-chart.js';
import { suggestionList } from './suggestion-list.js';
import { themeDetails } from './theme-details.js';
import { themeTrends } from './theme-trends.js';

/** The report of a finished job; onAccept(chosen ids, edits, button) runs when an editor adds the checked suggestions. */
export function insightReport(job, journey, readOnly, onAccept, where) {
  const { report } = job;
  const painPoints = report.suggestions.filter((s) => s.placement?.step && s.kind === 'pain-point');
  const chosen = new Set(painPoints.map((s) => s.id));
  const edits = new Map();
  const addButton = el('button', { class: 'primary', hidden: readOnly, onclick: () => onAccept(chosen, edits, addButton) });
  const countChosen = () => {
    addButton.textContent = `Add ${chosen.size} ${chosen.size === 1 ? 'card' : 'cards'} to the map`;
    addButton.disabled = chosen.size === 0;
  };
  countChosen();
  return [
    summarySection(job.file, report),
    el('section', { class: 'insight-themes', 'aria-label': 'Themes' },
      el('h2', {}, 'Themes'), themeChart(report.themes),
      themeDetails(report.themes, { ...where, jobId: job.id })),
    themeTrends(report, journey),
    el('section', { class: 'insight-suggestions', 'aria-label': 'Suggestions' },
      el('div', { class: 'section-heading' }, el('h2', {}, 'Suggested cards'), addButton),
      readOnly ? el('p', { class: 'muted' }, 'Editors can add these to the map.') : null,
      suggestionList(report.suggestions, journey, chosen, readOnly, countChosen, edits)),
  ];
}

function summarySection(file, report) {
  const { summary } = report;
  return el('section', { class: 'insight-summary', 'aria-label': 'Summary' },
    el('h2', {}, file),
    el('p', {}, `${summary.items.toLocaleString()} items: `,
      el('span', { class: 'label-positive' }, `${summary.positive} positive`), ', ',
      el('span', { class: 'label-neutral' }, `${summary.neutral} neutral`), ', ',
      el('span', { class: 'label-negative' }, `${summary.negative} negative`), ` · ${summary.themes} themes`),
    emergingNote(report));
}

/** The themes flagged as emerging in the latest period, when the feedback has dates. */
function emergingNote(report) {
  const periods = report.trends?.periods || [];
  const latest = periods[periods.length - 1];
  if (!latest || !latest.emerging.length) return null;
  const names = latest.emerging.map((id) => report.themes.find((t) => t.id === id)?.name || id);
  return el('p', { class: 'emerging-themes' }, `Emerging in ${latest.period}: `, el('strong', {}, names.join(', ')));
}
