// The journey map editor screen: toolbar, the map grid and the card inspector, bound to a
// JourneySession that autosaves every change and handles conflicts.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { glyph } from './glyphs.js';
import { renderGrid } from './grid.js';
import { JourneySession } from './journey-session.js';
import { setEmotion } from '../model/journey-edits.js';
import { bindCardActions } from './card-actions.js';
import { bindStructureMenus } from './structure-menus.js';
import { bindCardDrag } from './drag.js';
import { bindHeaderDrag } from './header-drag.js';
import { bindKeyboard } from './keyboard.js';
import { renderInspector } from './inspector.js';
import { showConflict } from './conflict-dialog.js';
import { journeyTabs } from './journey-tabs.js';
import { loadComments } from './comments.js';
import { editJourneySettings } from './journey-settings.js';

const ZOOMS = [0.6, 0.75, 0.9, 1, 1.15, 1.3];
const STATUS_TEXT = {
  saved: 'All changes saved', unsaved: 'Unsaved changes…', saving: 'Saving…',
  error: 'Not saved', conflict: 'Not saved: conflict', merged: 'Merging…', reloaded: 'Reloaded',
};

/** The pain points an opportunity addresses, or the opportunities addressing a pain point. */
function linkedIds(journey, id) {
  const linked = new Set();
  for (const opportunity of journey.opportunities || []) {
    if (opportunity.id === id) (opportunity.painPointIds || []).forEach((p) => linked.add(p));
    if ((opportunity.painPointIds || []).includes(id)) linked.add(opportunity.id);
  }
  return linked;
}

export async function showEditor(root, { workspaceId, journeyId }) {
  const [{ journey, version }, personas, evidence, workspace] = await Promise.all([
    api.journey(workspaceId, journeyId), api.personas(workspaceId), api.evidence(workspaceId).catch(() => []), api.workspace(workspaceId)]);
  // Viewers and commenters see the same map without the means to change it (the server refuses anyway).
  const readOnly = !['owner', 'editor'].includes(workspace.role);
  const editor = {
    workspaceId,
    journeyId,
    evidence: new Map(evidence.map((e) => [e.id, e])),
    view: {
      zoom: Number(localStorage.getItem('jb.zoom')) || 1, personaFilter: '', selected: null, readOnly,
      personas: new Map(personas.map((p) => [p.id, p])), onEmotion: null,
    },
  };
  editor.view.onEmotion = (personaId, stepId, score) =>
    editor.session.change('Set emotion', (draft) => setEmotion(draft, personaId, stepId, score));
  editor.session = new JourneySession(readOnly, {
    load: () => api.journey(workspaceId, journeyId),
    save: (document, expected) => api.saveJourney(workspaceId, document, expected),
  }, journey, version, (session, reason) => editor.refresh(reason));

  const statusText = el('span', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const undoButton = el('button', { class: 'icon-button', 'aria-label': 'Undo', onclick: () => editor.session.undo() }, glyph('undo', 18));
  const redoButton = el('button', { class: 'icon-button', 'aria-label': 'Redo', onclick: () => editor.session.redo() }, glyph('redo', 18));
  const filter = el('select', { 'aria-label': 'Persona', onchange: (e) => { editor.view.personaFilter = e.target.value; editor.render(); } });
  // The journey's personas can change (settings, undo, a merge), so the choices follow each render.
  const fillFilter = (personaIds) => {
    if (!personaIds.includes(editor.view.personaFilter)) editor.view.personaFilter = '';
    replace(filter, el('option', { value: '' }, 'All personas'),
      personaIds.map((id) => el('option', { value: id, selected: id === editor.view.personaFilter }, editor.view.personas.get(id)?.name || id)));
  };
  const zoomLabel = el('output', { class: 'zoom-label', 'aria-live': 'polite' });
  const zoomBy = (step) => {
    const index = ZOOMS.indexOf(editor.view.zoom);
    editor.view.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (index < 0 ? 3 : index) + step))];
    localStorage.setItem('jb.zoom', editor.view.zoom);
    editor.render();
  };
  const title = el('h1', { class: 'journey-title' });
  const resolveButton = el('button', { class: 'warning small', hidden: true, onclick: () => showConflict(editor) }, 'Resolve…');
  const toolbar = el('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': 'Map tools' },
    readOnly ? el('span', { class: 'read-only-badge' }, 'View only') : el('button', { class: 'secondary small', onclick: () => editJourneySettings(editor) }, 'Journey settings'),
    el('div', { class: 'toolbar-group' }, undoButton, redoButton),
    el('label', { class: 'toolbar-field' }, el('span', {}, 'Persona'), filter),
    el('div', { class: 'toolbar-group zoom' },
      el('button', { class: 'icon-button', 'aria-label': 'Zoom out', onclick: () => zoomBy(-1) }, '−'),
      zoomLabel,
      el('button', { class: 'icon-button', 'aria-label': 'Zoom in', onclick: () => zoomBy(1) }, '+')),
    statusText, resolveButton);
  const scroller = el('div', { class: 'map-scroll', tabindex: '-1' });
  const inspector = el('aside', { class: 'inspector', 'aria-label': 'Card details' });
  const help = el('p', { id: 'card-keys-help', class: 'visually-hidden' },
    'Enter edits the card. Alt and arrow keys move it. Delete removes it. Control Z undoes.');
  replace(root,
    el('header', { class: 'editor-header' },
      el('div', { class: 'editor-heading' }, el('a', { href: `#/w/${workspaceId}`, class: 'back-link' }, '← Journeys'), title),
      journeyTabs(workspaceId, journeyId, 'map'), toolbar),
    el('div', { class: 'editor-body' }, scroller, inspector), help);

  editor.render = () => {
    const { current } = editor.session;
    title.textContent = current.name;
    fillFilter(current.personaIds || []);
    document.title = `${current.name} · Journeyboard`;
    zoomLabel.textContent = `${Math.round(editor.view.zoom * 100)}%`;
    const hadFocus = root.contains(document.activeElement) && scroller.contains(document.activeElement);
    replace(scroller, renderGrid(current, editor.view));
    renderInspector(inspector, editor);
    if (hadFocus) editor.focusSelected();
  };
  editor.refresh = (reason) => {
    const { session } = editor;
    statusText.textContent = STATUS_TEXT[session.status] || '';
    statusText.dataset.status = session.status;
    if (session.status === 'error') statusText.textContent = `Not saved: ${session.error.message}`;
    resolveButton.hidden = session.status !== 'conflict';
    undoButton.disabled = !session.history.canUndo();
    redoButton.disabled = !session.history.canRedo();
    undoButton.title = session.history.canUndo() ? `Undo ${session.history.nextUndoLabel()} (Ctrl+Z)` : 'Nothing to undo';
    redoButton.title = session.history.canRedo() ? `Redo ${session.history.nextRedoLabel()} (Ctrl+Shift+Z)` : 'Nothing to redo';
    if (['change', 'undo', 'redo', 'merged', 'reloaded'].includes(reason)) editor.render();
    if (reason === 'conflict') showConflict(editor);
  };
  // Selecting only restyles the grid: re-drawing it would swap the element under a double click.
  editor.select = (selected) => {
    if (editor.view.selected?.id === selected?.id) return;
    editor.view.selected = selected;
    for (const node of scroller.querySelectorAll('.selected, .highlighted')) node.classList.remove('selected', 'highlighted');
    if (selected?.id) {
      editor.nodeOf(selected.id)?.classList.add('selected');
      for (const linked of linkedIds(editor.session.current, selected.id)) editor.nodeOf(linked)?.classList.add('highlighted');
    }
    renderInspector(inspector, editor);
  };
  editor.nodeOf = (id) => {
    const key = CSS.escape(id);
    return scroller.querySelector(`[data-card-id="${key}"], [data-opportunity-id="${key}"], .stage-header[data-stage-id="${key}"],`
      + ` .step-header[data-step-id="${key}"], .lane-header[data-lane-id="${key}"]`);
  };
  editor.focusSelected = () => {
    if (editor.view.selected?.id) editor.nodeOf(editor.view.selected.id)?.focus();
  };
  editor.scroller = scroller;

  bindCardActions(scroller, editor);
  bindStructureMenus(scroller, editor);
  bindCardDrag(scroller, editor);
  bindHeaderDrag(scroller, editor);
  const unbindKeys = bindKeyboard(root, editor);
  const leave = () => editor.session.flush();
  // Closing the tab with changes not yet on the server (a save running, a conflict open) asks first.
  const beforeUnload = (event) => {
    leave();
    if (editor.session.pending.length) event.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  await loadComments(editor);
  editor.render();
  editor.refresh('loaded');
  return () => { leave(); unbindKeys(); window.removeEventListener('beforeunload', beforeUnload); };
}
