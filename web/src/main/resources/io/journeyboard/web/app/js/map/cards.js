// How a card looks in its lane: touchpoints carry their channel icon, pain points their severity,
// moments of truth a star, KPIs their figure; every card shows whose it is and what backs it.

import { el } from '../dom.js';
import { glyph } from '../ui/glyphs.js';
import { initials } from '../ui/avatar.js';
import { humanize } from '../model/lane-kinds.js';
import { valueEffort } from '../model/scores.js';

const CHANGE_WORDS = { added: 'Added', changed: 'Changed' };

/** The visible word for an item a compared version added or changed (history), or null. */
export function changeBadge(changes, id) {
  const change = changes?.get(id);
  return change ? el('span', { class: `change-badge change-${change}` }, CHANGE_WORDS[change]) : null;
}

export function cardElement(card, lane, context) {
  const { personas, selectedId, highlighted, commentCounts, readOnly } = context;
  const change = context.changes?.get(card.id);
  const node = el('div', {
    class: `card card-${lane.kind}${card.severity ? ` severity-${card.severity}` : ''}${selectedId === card.id ? ' selected' : ''}`
      + `${highlighted?.has(card.id) ? ' highlighted' : ''}${context.justAdded?.has(card.id) ? ' just-added' : ''}`
      + `${change ? ` marked-${change}` : ''}`,
    tabindex: '0',
    role: 'button',
    'aria-roledescription': readOnly ? 'card' : 'draggable card',
    'aria-label': cardLabel(card, lane),
    'aria-describedby': readOnly ? null : 'card-keys-help',
    dataset: { cardId: card.id },
  });
  if (!readOnly) {
    node.append(el('span', { class: 'drag-handle', 'aria-hidden': 'true', title: 'Drag to move (or Alt+arrow keys)' }, glyph('grip', 14)));
  }
  const marker = leadingMarker(card, lane);
  if (marker) node.append(marker);
  const badge = changeBadge(context.changes, card.id);
  if (badge) node.append(badge);
  node.append(el('p', { class: 'card-text' }, card.text));
  if (lane.kind === 'kpis' && card.metric) node.append(metricLine(card.metric));
  const footer = el('div', { class: 'card-meta' });
  for (const personaId of card.personaIds || []) {
    const persona = personas.get(personaId);
    footer.append(el('span', { class: 'avatar', title: persona?.name || personaId }, initials(persona?.name || personaId)));
  }
  if (card.evidenceIds?.length) {
    footer.append(el('span', { class: 'meta-count', title: `${card.evidenceIds.length} evidence` }, glyph('clip', 12), String(card.evidenceIds.length)));
  }
  const comments = commentCounts?.get(card.id);
  if (comments) footer.append(el('span', { class: 'meta-count', title: `${comments} comments` }, glyph('comment', 12), String(comments)));
  if (context.linkedOpportunities?.get(card.id)) {
    const count = context.linkedOpportunities.get(card.id);
    footer.append(el('span', { class: 'meta-count meta-opportunity', title: `addressed by ${count} opportunit${count > 1 ? 'ies' : 'y'}` },
      glyph('bulb', 12), String(count)));
  }
  if (footer.childNodes.length) node.append(footer);
  return node;
}

function leadingMarker(card, lane) {
  if (lane.kind === 'touchpoints') {
    return el('span', { class: `chip chip-channel`, title: humanize(card.channel) }, glyph(card.channel || 'other', 14), humanize(card.channel));
  }
  if (lane.kind === 'pain_points') {
    return el('span', { class: `chip chip-severity severity-${card.severity}` }, glyph('alert', 13), humanize(card.severity));
  }
  if (lane.kind === 'moments_of_truth') return el('span', { class: 'chip chip-truth' }, glyph('star', 13), 'Moment of truth');
  if (lane.kind === 'delights') return el('span', { class: 'chip chip-delight' }, glyph('spark', 13), 'Delight');
  return null;
}

function metricLine(metric) {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const value = metric.value ?? '—';
  const onTarget = metric.value != null && metric.target != null ? metric.value >= metric.target : null;
  return el('div', { class: `metric${onTarget === false ? ' below-target' : ''}` },
    glyph('gauge', 14),
    el('strong', {}, `${value}${unit}`),
    el('span', {}, metric.name),
    metric.target != null ? el('span', { class: 'metric-target' }, `target ${metric.target}${unit}`) : null);
}

function cardLabel(card, lane) {
  const parts = [card.text];
  if (card.channel) parts.push(`channel ${humanize(card.channel)}`);
  if (card.severity) parts.push(`severity ${card.severity}`);
  parts.push(`in ${lane.title}`);
  return parts.join(', ');
}

/** An opportunity as shown in the opportunities lane: title, value/effort score and its pain-point links. */
export function opportunityElement(opportunity, context) {
  const score = valueEffort(opportunity);
  return el('div', {
    class: `card card-opportunity status-${opportunity.status}${context.selectedId === opportunity.id ? ' selected' : ''}`
      + `${context.changes?.get(opportunity.id) ? ` marked-${context.changes.get(opportunity.id)}` : ''}`,
    tabindex: '0', role: 'button',
    'aria-label': `Opportunity ${opportunity.title}, value/effort ${score.toFixed(1)}, addresses ${opportunity.painPointIds?.length || 0} pain points`,
    dataset: { opportunityId: opportunity.id },
  },
  el('span', { class: 'chip chip-opportunity' }, glyph('bulb', 13), humanize(opportunity.status)),
  changeBadge(context.changes, opportunity.id),
  el('p', { class: 'card-text' }, opportunity.title),
  el('div', { class: 'card-meta' },
    el('span', { class: `score-badge${score >= 1 ? ' good' : ''}`, title: 'Value / effort' }, `V/E ${score.toFixed(1)}`),
    opportunity.painPointIds?.length
      ? el('span', { class: 'meta-count', title: 'Pain points it addresses' }, glyph('link', 12), String(opportunity.painPointIds.length))
      : null,
    context.commentCounts?.get(opportunity.id)
      ? el('span', { class: 'meta-count', title: `${context.commentCounts.get(opportunity.id)} comments` }, glyph('comment', 12),
        String(context.commentCounts.get(opportunity.id)))
      : null));
}
