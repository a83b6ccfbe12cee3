// The tabs every journey screen shares (map, opportunity board, insights from feedback, analytics from
// event logs, history) and the header they sit in.

import { el } from '../dom.js';

export function journeyTabs(workspaceId, journeyId, current) {
  const base = `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(journeyId)}`;
  const tab = (key, label, href) => el('a', { href, class: `tab${key === current ? ' active' : ''}`, 'aria-current': key === current ? 'page' : null }, label);
  return el('nav', { class: 'tabs', 'aria-label': 'Journey views' },
    tab('map', 'Map', base), tab('board', 'Opportunities', `${base}/board`), tab('insights', 'Insights', `${base}/insights`),
    tab('analytics', 'Analytics', `${base}/analytics`), tab('explore', 'Explore', `${base}/explore`),
    tab('history', 'History', `${base}/history`), tab('states', 'Current & future', `${base}/states`));
}

/** The header of every journey screen but the map: back link, journey name, the tabs, then the screen's own tools. */
export function journeyHeader(workspaceId, journeyId, name, current, ...tools) {
  return el('header', { class: 'editor-header' },
    el('div', { class: 'editor-heading' }, el('a', { href: `#/w/${encodeURIComponent(workspaceId)}`, class: 'back-link' }, '← Journeys'),
      el('h1', { class: 'journey-title' }, name)),
    journeyTabs(workspaceId, journeyId, current), ...tools);
}
