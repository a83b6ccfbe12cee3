// The editor's toolbar: journey settings (or the View only badge), undo and redo, the persona
// filter, zoom, the save status and the button that reopens a conflict left unresolved.

import { el, replace } from '../dom.js';
import { glyph } from '../ui/glyphs.js';
import { showConflict } from './conflict-dialog.js';
import { editJourneySettings } from './journey-settings.js';
import { viewControls } from './view-controls.js';

const ZOOMS = [0.6, 0.75, 0.9, 1, 1.15, 1.3];
const STATUS_TEXT = {
  saved: 'All changes saved', unsaved: 'Unsaved changes…', saving: 'Saving…',
  error: 'Not saved', conflict: 'Not saved: conflict', merged: 'Merging…', reloaded: 'Reloaded',
};

/**
 * The toolbar of one editor (editor-object.js): its node; render(journey) after each drawing of the
 * map, refresh(session) after each change of the session's state.
 */
export function editorToolbar(editor) {
  const { view } = editor;
  const statusText = el('span', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const undoButton = el('button', { class: 'icon-button', 'aria-label': 'Undo', onclick: () => editor.session.undo() },
    glyph('undo', 18));
  const redoButton = el('button', { class: 'icon-button', 'aria-label': 'Redo', onclick: () => editor.session.redo() },
    glyph('redo', 18));
  const filter = el('select', {
    'aria-label': 'Persona', onchange: (e) => { view.personaFilter = e.target.value; editor.render(); },
  });
  const zoomLabel = el('output', { class: 'zoom-label', 'aria-live': 'polite' });
  const zoomBy = (step) => {
    view.zoom = nextZoom(view.zoom, step);
    localStorage.setItem('jb.zoom', view.zoom);
    editor.render();
  };
  const resolveButton = el('button', { class: 'warning small', hidden: true, onclick: () => showConflict(editor) },
    'Resolve…');
  const node = el('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': 'Map tools' },
    view.readOnly ? el('span', { class: 'read-only-badge' }, 'View only')
      : el('button', { class: 'secondary small', onclick: () => editJourneySettings(editor) }, 'Journey settings'),
    el('div', { class: 'toolbar-group' }, undoButton, redoButton),
    el('label', { class: 'toolbar-field' }, el('span', {}, 'Persona'), filter),
    el('div', { class: 'toolbar-group zoom' },
      el('button', { class: 'icon-button', 'aria-label': 'Zoom out', onclick: () => zoomBy(-1) }, '−'),
      zoomLabel,
      el('button', { class: 'icon-button', 'aria-label': 'Zoom in', onclick: () => zoomBy(1) }, '+')),
    viewControls(editor),
    statusText, resolveButton);

  return {
    node,
    render(journey) {
      fillPersonaFilter(filter, view, journey.personaIds || []);
      zoomLabel.textContent = `${Math.round(view.zoom * 100)}%`;
    },
    refresh(session) {
      const { status, history } = session;
      statusText.textContent = status === 'error' ? `Not saved: ${session.error.message}` : STATUS_TEXT[status] || '';
      statusText.dataset.status = status;
      resolveButton.hidden = status !== 'conflict';
      undoButton.disabled = !history.canUndo();
      redoButton.disabled = !history.canRedo();
      undoButton.title = history.canUndo() ? `Undo ${history.nextUndoLabel()} (Ctrl+Z)` : 'Nothing to undo';
      redoButton.title = history.canRedo() ? `Redo ${history.nextRedoLabel()} (Ctrl+Shift+Z)` : 'Nothing to redo';
    },
  };
}

/** The zoom step next to the current one, also from a zoom between steps (after Fit). */
function nextZoom(zoom, step) {
  const next = step > 0 ? ZOOMS.find((z) => z > zoom + 0.001) : ZOOMS.findLast((z) => z < zoom - 0.001);
  return next ?? (step > 0 ? ZOOMS.at(-1) : ZOOMS[0]);
}

// The journey's personas can change (settings, undo, a merge), so the choices follow each render.
function fillPersonaFilter(filter, view, personaIds) {
  if (!personaIds.includes(view.personaFilter)) view.personaFilter = '';
  replace(filter, el('option', { value: '' }, 'All personas'),
    personaIds.map((id) => el('option', { value: id, selected: id === view.personaFilter },
      view.personas.get(id)?.name || id)));
}
