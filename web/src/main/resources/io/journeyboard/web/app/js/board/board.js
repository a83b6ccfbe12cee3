// The opportunity board: every opportunity of a journey ranked by score, each with the pain points
// it addresses, beside a value/effort matrix that places them in quick wins, big bets and the rest.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { journeyHeader } from '../ui/journey-header.js';
import { painPointsOf, stepName } from '../model/journey-queries.js';
import { rice, valueEffort } from '../model/scores.js';
import { humanize } from '../model/lane-kinds.js';
import { valueEffortMatrix } from './matrix.js';

const SCORES = {
  valueEffort: { label: 'Value / effort', of: valueEffort, format: (v) => v.toFixed(2) },
  rice: { label: 'RICE', of: rice, format: (v) => Math.round(v).toLocaleString() },
};

export async function showBoard(root, { workspaceId, journeyId }) {
  const { journey } = await api.journey(workspaceId, journeyId);
  document.title = `Opportunities · ${journey.name} · Journeyboard`;
  const painPoints = new Map(painPointsOf(journey).map((card) => [card.id, card]));
  let scoreKey = 'valueEffort';
  let selectedId = null;
  const listHolder = el('div', { class: 'board-list' });
  const matrixHolder = el('div', { class: 'board-matrix' });
  const sortSelect = el('select', { 'aria-label': 'Rank by', onchange: (e) => { scoreKey = e.target.value; draw(); } },
    Object.entries(SCORES).map(([key, s]) => el('option', { value: key }, s.label)));

  const draw = () => {
    const score = SCORES[scoreKey];
    const ranked = [...(journey.opportunities || [])].sort((a, b) => score.of(b) - score.of(a) || a.title.localeCompare(b.title));
    const select = (id) => { selectedId = id; draw(); };
    replace(listHolder, ranked.length
      ? el('ol', { class: 'opportunity-list' }, ranked.map((o, i) => row(o, i + 1, score, painPoints, journey, selectedId, select)))
      : el('p', { class: 'empty' }, 'No opportunities yet. Add them in the Opportunities lane of the map.'));
    replace(matrixHolder, valueEffortMatrix(ranked, selectedId, select));
  };
  replace(root, el('div', { class: 'board-screen' },
    journeyHeader(workspaceId, journeyId, journey.name, 'board',
      el('label', { class: 'toolbar-field' }, el('span', {}, 'Rank by'), sortSelect)),
    el('div', { class: 'board-body' }, listHolder, matrixHolder)));
  draw();
}

function row(opportunity, rank, score, painPoints, journey, selectedId, select) {
  const linked = (opportunity.painPointIds || []).map((id) => painPoints.get(id)).filter(Boolean);
  return el('li', { class: `opportunity-row${selectedId === opportunity.id ? ' selected' : ''}`, dataset: { opportunityId: opportunity.id } },
    el('span', { class: 'rank', 'aria-hidden': 'true' }, String(rank)),
    el('div', { class: 'opportunity-main' },
      el('button', { class: 'link-button opportunity-title', 'aria-pressed': String(selectedId === opportunity.id), onclick: () => select(opportunity.id) },
        opportunity.title),
      el('div', { class: 'opportunity-facts' },
        el('span', { class: `status-pill status-${opportunity.status}` }, humanize(opportunity.status)),
        opportunity.stepId ? el('span', {}, stepName(journey, opportunity.stepId)) : el('span', {}, 'Whole journey'),
        el('span', {}, `Customer ${opportunity.customerValue} · Business ${opportunity.businessValue} · Effort ${opportunity.effort}`),
        opportunity.confidence != null ? el('span', {}, `Confidence ${Math.round(opportunity.confidence * 100)}%`) : null,
        opportunity.owner ? el('span', {}, `Owner ${opportunity.owner}`) : null),
      linked.length
        ? el('ul', { class: 'pain-links', 'aria-label': 'Pain points it addresses' }, linked.map((card) => el('li', { class: `pain-chip severity-${card.severity}` },
          el('span', { class: 'dot' }), card.text, el('span', { class: 'muted' }, ` · ${stepName(journey, card.stepId)}`))))
        : el('p', { class: 'muted small-text' }, 'Not linked to a pain point.')),
    el('span', { class: 'score', title: score.label }, el('span', { class: 'score-label' }, score.label), score.format(score.of(opportunity))));
}
