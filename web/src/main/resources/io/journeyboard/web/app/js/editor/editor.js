// The journey map editor screen: toolbar, the map grid and the card inspector, bound to a
// JourneySession that autosaves every change and handles conflicts. The editor object that the
// other editor modules receive is declared in editor-object.js.

import * as api from '../api.js';
import { el, replace } from '../dom.js';
import { renderGrid } from '../map/grid.js';
import { bindGridNavigation } from '../map/grid-navigation.js';
import { linkedIds } from '../model/journey-queries.js';
import { journeyTabs } from '../ui/journey-header.js';
import { createEditor } from './editor-object.js';
import { editorToolbar } from './toolbar.js';
import { bindCardActions } from './card-actions.js';
import { bindStructureMenus } from './structure-menus.js';
import { bindCardDrag } from './drag.js';
import { bindHeaderDrag } from './header-drag.js';
import { bindKeyboard } from './keyboard.js';
import { renderInspector } from './inspector.js';
import { showConflict } from './conflict-dialog.js';
import { loadComments } from './comments.js';
import { canComment, canEdit } from '../team/permissions.js';
import { journeyActions } from '../share/journey-actions.js';
import { startLiving, withMeasuredLane } from '../living/measured-lane.js';
import { navigate } from '../router.js';
import { revealAnnounced } from './reveal.js';
import { createMinimap } from './minimap.js';

const REDRAWN_AFTER = ['change', 'undo', 'redo', 'merged', 'reloaded'];

export async function showEditor(root, { workspaceId, journeyId }) {
  const loaded = await loadJourney(workspaceId, journeyId);
  const editor = createEditor(loaded, {
    load: () => api.journey(workspaceId, journeyId),
    save: (document, expected) => api.saveJourney(workspaceId, document, expected),
  });
  editor.view.canComment = loaded.canComment;
  const toolbar = editorToolbar(editor);
  const screen = drawScreen(root, editor, toolbar);
  addScreenMethods(editor, screen, toolbar);
  const unbind = bindBehaviours(root, editor);
  await loadComments(editor);
  editor.render();
  editor.refresh('loaded');
  if (!revealAnnounced(editor)) editor.focusSelected();
  const stopLiving = startLiving(editor);
  return () => { stopLiving(); unbind(); };
}

async function loadJourney(workspaceId, journeyId) {
  const [{ journey, version }, personas, evidence, workspace] = await Promise.all([
    api.journey(workspaceId, journeyId), api.personas(workspaceId), api.evidence(workspaceId).catch(() => []),
    api.workspace(workspaceId)]);
  // Viewers and commenters see the same map without the means to change it (the server refuses anyway).
  const readOnly = !canEdit(workspace.role);
  return { workspaceId, journeyId, journey, version, personas, evidence, readOnly, canComment: canComment(workspace.role) };
}

/** The screen's layout: heading, tabs and toolbar above the scrolling map and the details panel. */
function drawScreen(root, editor, toolbar) {
  const title = el('h1', { class: 'journey-title' });
  const scroller = el('div', { class: 'map-scroll', tabindex: '-1' });
  const inspector = el('aside', { class: 'inspector', 'aria-label': 'Details' });
  const help = el('p', { id: 'card-keys-help', class: 'visually-hidden' },
    'Enter edits the card. Alt and arrow keys move it. Delete removes it. Control Z undoes.');
  const minimap = createMinimap(scroller);
  const body = el('div', { class: 'editor-body' }, el('div', { class: 'map-area' }, scroller, minimap.node), inspector);
  replace(root,
    el('header', { class: 'editor-header' },
      el('div', { class: 'editor-heading' },
        el('a', { href: `#/w/${editor.workspaceId}`, class: 'back-link' }, '← Journeys'), title),
      journeyTabs(editor.workspaceId, editor.journeyId, 'map'),
      journeyActions({ workspaceId: editor.workspaceId, journeyId: editor.journeyId, canEdit: !editor.view.readOnly,
        name: () => editor.session.current.name, document: () => editor.session.current, personas: editor.view.personas,
        version: () => editor.session.version, flush: () => editor.session.flush(),
        reopen: () => navigate(`/w/${editor.workspaceId}/j/${editor.journeyId}`) }),
      toolbar.node),
    body, help);
  return { title, scroller, inspector, body, minimap };
}

/** The methods editor-object.js declares as the screen's: drawing, state display, selection and focus. */
function addScreenMethods(editor, { title, scroller, inspector, body, minimap }, toolbar) {
  editor.scroller = scroller;
  editor.render = () => {
    const { current } = editor.session;
    title.textContent = current.name;
    document.title = `${current.name} · Journeyboard`;
    toolbar.render(current);
    const hadFocus = scroller.contains(document.activeElement);
    replace(scroller, withMeasuredLane(renderGrid(current, editor.view), current, editor));
    body.classList.toggle('inspector-hidden', Boolean(editor.view.inspectorHidden));
    renderInspector(inspector, editor);
    requestAnimationFrame(minimap.update);
    if (hadFocus) scroller.querySelector('.map-grid [tabindex="0"]')?.focus();
  };
  editor.refresh = (reason) => {
    toolbar.refresh(editor.session);
    if (reason === 'change') editor.view.justAdded = null;
    if (REDRAWN_AFTER.includes(reason)) editor.render();
    if (reason === 'conflict') showConflict(editor);
    if (reason === 'saved') editor.living?.saved();
  };
  // Selecting only restyles the grid: re-drawing it would swap the element under a double click.
  editor.select = (selected) => {
    if (editor.view.selected?.id === selected?.id) return;
    editor.view.selected = selected;
    for (const node of scroller.querySelectorAll('.selected, .highlighted')) {
      node.classList.remove('selected', 'highlighted');
    }
    if (selected?.id) {
      editor.nodeOf(selected.id)?.classList.add('selected');
      for (const linked of linkedIds(editor.session.current, selected.id)) {
        editor.nodeOf(linked)?.classList.add('highlighted');
      }
    }
    renderInspector(inspector, editor);
  };
  editor.nodeOf = (id) => {
    const key = CSS.escape(id);
    return scroller.querySelector(`[data-card-id="${key}"], [data-opportunity-id="${key}"],`
      + ` .stage-header[data-stage-id="${key}"], .step-header[data-step-id="${key}"],`
      + ` .lane-header[data-lane-id="${key}"]`);
  };
  // With nothing selected (a deletion) the focus goes to the map rather than falling to the body.
  editor.focusSelected = () => {
    const node = editor.view.selected?.id ? editor.nodeOf(editor.view.selected.id) : null;
    (node || scroller.querySelector('.map-grid [tabindex="0"]') || scroller).focus();
  };
}

/** Pointer, keyboard and page-leaving behaviour; returns what undoes it when the screen is left. */
function bindBehaviours(root, editor) {
  bindGridNavigation(editor.scroller, editor.view);
  bindCardActions(editor.scroller, editor);
  bindStructureMenus(editor.scroller, editor);
  bindCardDrag(editor.scroller, editor);
  bindHeaderDrag(editor.scroller, editor);
  const unbindKeys = bindKeyboard(editor);
  const leave = () => editor.session.flush();
  // Closing the tab with changes not yet on the server (a save running, a conflict open) asks first.
  const beforeUnload = (event) => {
    leave();
    if (editor.session.pending.length) event.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  return () => { leave(); unbindKeys(); window.removeEventListener('beforeunload', beforeUnload); };
}
