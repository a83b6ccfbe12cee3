// The workspace's evidence library: every quote, answer and figure in one list, searched by its text,
// its source and the feedback items behind it; one record opened beside the list (record-view.js).

import * as api from '../api.js';
import { el, replace, debounce } from '../dom.js';
import { navigate } from '../router.js';
import { toast } from '../ui/toast.js';
import { canEdit } from '../team/permissions.js';
import { humanize } from '../model/lane-kinds.js';
import { searchEvidence } from './evidence-api.js';
import { recordView } from './record-view.js';
import { recordForm, EVIDENCE_KINDS } from './record-form.js';

const PAGE = 50;

export async function showEvidenceLibrary(root, { workspaceId, evidenceId }) {
  const workspace = await api.workspace(workspaceId);
  document.title = `Evidence · ${workspace.name} · Journeyboard`;
  const editable = canEdit(workspace.role);
  const search = el('input', { type: 'search', placeholder: 'Search quotes, sources, feedback items', 'aria-label': 'Search evidence' });
  const kind = el('select', { 'aria-label': 'Kind of evidence' }, el('option', { value: '' }, 'Every kind'),
    EVIDENCE_KINDS.map((k) => el('option', { value: k }, humanize(k))));
  const list = el('div', { class: 'evidence-library-list' });
  const detail = el('div', { class: 'evidence-detail', 'aria-live': 'polite' });
  const base = `/w/${workspaceId}/evidence`;
  let shown = PAGE;

  const draw = async () => {
    const found = await searchEvidence(workspaceId, { q: search.value.trim(), kind: kind.value, limit: Math.min(shown, 200) });
    replace(list,
      el('p', { class: 'muted', role: 'status' }, `${found.total} ${found.total === 1 ? 'record' : 'records'}`),
      found.records.length ? el('ul', { class: 'evidence-records' }, found.records.map((r) => recordRow(r, evidenceId))) : el('p', { class: 'empty' }, 'No evidence matches.'),
      found.total > found.records.length && shown < 200
        ? el('button', { class: 'secondary small', onclick: () => { shown += PAGE; draw(); } }, 'Show more') : null);
  };
  const recordRow = (record, openId) => el('li', { class: `evidence-record${record.id === openId ? ' open' : ''}` },
    el('a', { href: `#${base}/${encodeURIComponent(record.id)}`, 'aria-current': record.id === openId ? 'true' : null },
      el('span', { class: 'kind-badge' }, humanize(record.kind)),
      el('span', { class: 'evidence-record-text' }, clip(record.summary || record.url || record.id)),
      el('span', { class: 'tile-meta' }, [record.source, record.items ? `${record.items} feedback items` : null,
        record.matchingItems ? `${record.matchingItems} matching` : null,
        `cited by ${record.citedBy} ${record.citedBy === 1 ? 'card' : 'cards'}`].filter(Boolean).join(' · '))));

  search.addEventListener('input', debounce(() => { shown = PAGE; draw(); }, 200));
  kind.addEventListener('change', () => { shown = PAGE; draw(); });
  const addButton = editable ? el('button', { class: 'primary', onclick: () => replace(detail, recordForm(workspaceId, null, (saved) => navigate(`${base}/${saved.id}`))) }, 'Add evidence') : null;
  replace(root, el('div', { class: 'evidence-library' },
    el('div', { class: 'home-heading' },
      el('div', {}, el('a', { href: `#/w/${encodeURIComponent(workspaceId)}`, class: 'back-link' }, '← Journeys'), el('h1', {}, 'Evidence library'),
        el('p', { class: 'muted' }, 'Every quote, answer and figure the maps of this workspace stand on, with the feedback items behind each theme.')),
      el('div', { class: 'home-tools' }, search, kind, addButton)),
    el('div', { class: 'evidence-columns' }, list, detail)));
  // The placeholder goes in before the list loads: a form opened with Add meanwhile must not be replaced by it.
  if (!evidenceId) replace(detail, el('p', { class: 'muted evidence-placeholder' }, 'Open a record to see its quote, its source and the cards it backs.'));
  await draw();
  if (evidenceId) {
    replace(detail, await recordView(workspaceId, evidenceId, editable, draw, () => {
      toast('The evidence was deleted', 'success');
      navigate(base);
    }));
  }
}

const clip = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
