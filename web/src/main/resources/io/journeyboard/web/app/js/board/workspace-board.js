// The workspace board: every opportunity of every journey on one value/effort matrix and in one
// list, filtered by journey, status and owner. Editors drag a dot to change effort and value, and
// edit status and owner in the list; each edit is written to its own journey with If-Match, so an
// edit made on a journey someone changed meanwhile is refused and said so, never lost.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { valueEffort } from '../model/scores.js';
import { humanize } from '../model/lane-kinds.js';
import { canEdit } from '../team/permissions.js';
import { toast } from '../ui/toast.js';
import * as homeApi from '../home/home-api.js';
import { valueEffortMatrix } from './matrix.js';

const STATUSES = ['idea', 'planned', 'in_progress', 'done', 'discarded'];
const NO_OWNER = '\u0000none';
const clamp = (n) => Math.max(1, Math.min(5, Math.round(n)));

export async function showWorkspaceBoard(root, { workspaceId }) {
  const [workspace, loaded] = await Promise.all([api.workspace(workspaceId), homeApi.boardOpportunities(workspaceId)]);
  document.title = `Workspace board · ${workspace.name} · Journeyboard`;
  const editable = canEdit(workspace.role);
  let board = loaded;
  let selected = null;
  const filters = { journey: '', status: '', owner: '' };
  const problem = el('div', { class: 'board-problem', role: 'alert' });
  const filterBar = el('div', { class: 'workspace-board-filters' });
  const listHolder = el('div', { class: 'board-list' });
  const matrixHolder = el('div', { class: 'board-matrix' });
  const journeyOf = (id) => board.journeys.find((j) => j.id === id);
  const key = (item) => `${item.journeyId}/${item.opportunity.id}`;

  const reload = async () => { board = await homeApi.boardOpportunities(workspaceId); draw(); };
  // one edit of one opportunity, written to its journey with the version the board was loaded with
  const save = async (item, changes) => {
    const journey = journeyOf(item.journeyId);
    const updated = { ...item.opportunity, ...changes };
    try {
      const { version } = await homeApi.saveOpportunity(workspaceId, item.journeyId, updated, journey.version);
      journey.version = version;
      item.opportunity = updated;
      replace(problem);
      toast(`Saved “${updated.title}” in “${journey.name}”.`, 'success');
      draw();
    } catch (error) {
      const message = error.status === 409
        ? `“${journey.name}” was changed by someone else since this board was loaded, so your change to “${updated.title}” was not saved. The board now shows the latest; make the change again.`
        : `“${updated.title}” was not saved: ${error.explain ? error.explain() : error.message}`;
      replace(problem, message);
      await reload();
    }
  };
  // the matrix sees each opportunity under its board key and with its journey's name: copies of a journey share ids
  const move = (shownAs, { effort, value }) => {
    const item = board.opportunities.find((o) => key(o) === shownAs.id);
    const opportunity = item.opportunity;
    const delta = value - (opportunity.customerValue + opportunity.businessValue) / 2;
    save(item, { effort, customerValue: clamp(opportunity.customerValue + delta), businessValue: clamp(opportunity.businessValue + delta) });
  };

  const draw = () => {
    const owners = [...new Set(board.opportunities.map((o) => o.opportunity.owner).filter(Boolean))].sort();
    replace(filterBar,
      choice('Journey', filters.journey, [['', 'All journeys'], ...board.journeys.map((j) => [j.id, j.name])], (v) => { filters.journey = v; draw(); }),
      choice('Status', filters.status, [['', 'Any status'], ...STATUSES.map((s) => [s, humanize(s)])], (v) => { filters.status = v; draw(); }),
      choice('Owner', filters.owner, [['', 'Anyone'], [NO_OWNER, 'No owner'], ...owners.map((o) => [o, o])], (v) => { filters.owner = v; draw(); }));
    const shown = board.opportunities
      .filter((o) => !filters.journey || o.journeyId === filters.journey)
      .filter((o) => !filters.status || o.opportunity.status === filters.status)
      .filter((o) => !filters.owner || (filters.owner === NO_OWNER ? !o.opportunity.owner : o.opportunity.owner === filters.owner))
      .sort((a, b) => valueEffort(b.opportunity) - valueEffort(a.opportunity) || a.opportunity.title.localeCompare(b.opportunity.title));
    const select = (id) => { selected = selected === id ? null : id; draw(); };
    replace(listHolder, shown.length
      ? table(shown, { journeyOf, key, selected, select, editable, save, workspaceId })
      : el('p', { class: 'empty' }, board.opportunities.length ? 'No opportunity matches these filters.' : 'No journey has opportunities yet.'));
    const ranked = shown.map((o) => ({ ...o.opportunity, id: key(o), title: `${o.opportunity.title} · ${journeyOf(o.journeyId).name}` }));
    replace(matrixHolder, valueEffortMatrix(ranked, selected, select, editable ? move : null));
  };
  replace(root, el('div', { class: 'workspace-board' },
    el('header', { class: 'workspace-board-header' },
      el('div', { class: 'editor-heading' },
        el('a', { href: `#/w/${encodeURIComponent(workspaceId)}`, class: 'back-link' }, '← Journeys'),
        el('h1', {}, 'Workspace board')),
      filterBar),
    problem,
    el('div', { class: 'board-body' }, listHolder, matrixHolder)));
  draw();
}

function choice(label, value, options, change) {
  return el('label', { class: 'toolbar-field' }, el('span', {}, label),
    el('select', { 'aria-label': `Filter by ${label.toLowerCase()}`, onchange: (e) => change(e.target.value) },
      options.map(([v, text]) => el('option', { value: v, selected: v === value }, text))));
}

function table(shown, { journeyOf, key, selected, select, editable, save, workspaceId }) {
  return el('table', { class: 'board-table' },
    el('thead', {}, el('tr', {}, ['#', 'Opportunity', 'Journey', 'Status', 'Owner', 'Value', 'Effort'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, shown.map((item, i) => {
      const o = item.opportunity;
      const journey = journeyOf(item.journeyId);
      const value = (o.customerValue + o.businessValue) / 2;
      return el('tr', { class: selected === key(item) ? 'selected' : '', dataset: { opportunityId: o.id, journeyId: item.journeyId } },
        el('td', {}, String(i + 1)),
        el('td', {}, el('button', { class: 'link-button opportunity-title', 'aria-pressed': String(selected === key(item)), onclick: () => select(key(item)) }, o.title)),
        el('td', { class: 'journey-cell' }, el('a', { href: `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(item.journeyId)}/board` }, journey.name),
          item.stepName ? el('span', { class: 'muted' }, ` · ${item.stepName}`) : null),
        el('td', {}, editable
          ? el('select', { 'aria-label': `Status of ${o.title}`, onchange: (e) => save(item, { status: e.target.value }) },
            STATUSES.map((s) => el('option', { value: s, selected: s === o.status }, humanize(s))))
          : el('span', { class: `status-pill status-${o.status}` }, humanize(o.status))),
        el('td', {}, editable
          ? el('input', {
            type: 'text', value: o.owner || '', 'aria-label': `Owner of ${o.title}`, maxlength: 200, placeholder: 'No owner',
            onchange: (e) => save(item, { owner: e.target.value.trim() || null }),
          })
          : o.owner || '—'),
        el('td', {}, String(value)),
        el('td', {}, String(o.effort)));
    })));
}
