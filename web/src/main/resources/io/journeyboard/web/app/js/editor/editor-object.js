// The editor object: the one value every part of the map editor receives (card actions, both drags,
// keyboard, details panel, opportunity form, menus, comments, journey settings, the conflict dialog).
// Its shape is declared here and nowhere else.

import { JourneySession } from './journey-session.js';
import { setEmotion } from '../model/journey-edits.js';

/**
 * @typedef {{type: 'card'|'opportunity'|'stage'|'step'|'lane', id: string}} Selection  what is selected on the map
 */

/**
 * What the map shows and how: map/grid.js draws from it (it is the grid's MapView).
 * @typedef {object} EditorView
 * @property {number} zoom  one of the toolbar's steps (0.6 … 1.3), remembered per browser
 * @property {string} personaFilter  the persona whose cards alone are shown, or '' for all
 * @property {Selection|null} selected
 * @property {boolean} readOnly  true for viewers and commenters: nothing to add, drag or edit
 * @property {Map<string, object>} personas  the workspace's personas by id
 * @property {Map<string, number>} commentCounts  open comments per card id (comments.js keeps it up to date)
 * @property {(personaId: string, stepId: string, score: number) => void} onEmotion  an emotion point was moved
 * @property {Set<string>|null} justAdded  cards another screen just added (reveal.js), outlined until the next change
 */

/**
 * The editor of one journey. createEditor builds its data and session; the methods from scroller on are
 * the screen's, added by showEditor (editor.js) before any other part receives the object.
 * @typedef {object} Editor
 * @property {string} workspaceId
 * @property {string} journeyId
 * @property {JourneySession} session  the journey being edited: current document, undo, autosave, conflict
 * @property {EditorView} view
 * @property {Map<string, object>} evidence  the workspace's evidence by id, listed with the cards citing it
 * @property {object[]} comments  the journey's comments (comments.js loads them)
 * @property {HTMLElement} scroller  the scrolling element holding the map grid; behaviours listen on it
 * @property {() => void} render  redraws map, toolbar and details panel from session.current
 * @property {(reason: string) => void} refresh  shows the session's state; redraws after a change, undo, merge
 * @property {(selection: Selection|null) => void} select  selects without redrawing the map
 * @property {(id: string) => Element|null} nodeOf  the map element of a card, opportunity, stage, step or lane
 * @property {() => void} focusSelected  moves the keyboard focus to the selected element
 */

/**
 * @param data  {workspaceId, journeyId, journey, version, personas: object[], evidence: object[], readOnly}
 * @param store {load(), save(journey, version)} bound to this journey
 * @returns {Editor} without the screen's methods yet
 */
export function createEditor({ workspaceId, journeyId, journey, version, personas, evidence, readOnly }, store) {
  const editor = {
    workspaceId,
    journeyId,
    evidence: new Map(evidence.map((e) => [e.id, e])),
    comments: [],
    view: {
      zoom: Number(localStorage.getItem('jb.zoom')) || 1, personaFilter: '', selected: null, readOnly,
      personas: new Map(personas.map((p) => [p.id, p])), commentCounts: new Map(), onEmotion: null,
    },
  };
  editor.view.onEmotion = (personaId, stepId, score) =>
    editor.session.change('Set emotion', (draft) => setEmotion(draft, personaId, stepId, score));
  editor.session = new JourneySession(readOnly, store, journey, version, (session, reason) => editor.refresh(reason));
  return editor;
}
