// Presentation mode: the map shown one stage at a time, full screen, for a workshop or a steering
// committee. Arrow keys, Page Up/Down or the buttons move between stages; Escape ends it.

import { el, replace } from '../dom.js';
import { renderGrid } from '../map/grid.js';

/** journey: the document; personas: the workspace's personas (a Map by id). */
export function present(journey, personas) {
  const stages = (journey.stages || []).filter((stage) => (stage.steps || []).length);
  if (!stages.length) return;
  let index = 0;
  const previous = document.activeElement;
  const title = el('h1', { class: 'presentation-title' });
  const counter = el('span', { class: 'presentation-counter', 'aria-live': 'polite' });
  const stage = el('div', { class: 'presentation-stage' });
  const back = el('button', { class: 'secondary', onclick: () => go(-1) }, '← Previous stage');
  const next = el('button', { class: 'primary', onclick: () => go(1) }, 'Next stage →');
  const overlay = el('div', { class: 'presentation', role: 'dialog', 'aria-modal': 'true', 'aria-label': `Presenting ${journey.name}`, tabindex: '-1' },
    el('header', { class: 'presentation-header' }, el('div', {}, el('p', { class: 'muted' }, journey.name), title), counter,
      back, next, el('button', { class: 'ghost', onclick: () => close() }, 'End presentation')),
    stage);
  const draw = () => {
    const shown = stages[index];
    title.textContent = shown.name;
    counter.textContent = `Stage ${index + 1} of ${stages.length}`;
    back.disabled = index === 0;
    next.disabled = index === stages.length - 1;
    // the stage alone, its emotion points and cards kept with it
    const part = { ...journey, stages: [shown] };
    // a stage of few steps is drawn larger, so that it fills the screen of a meeting room
    const zoom = Math.min(1.6, Math.max(1.1, 5 / shown.steps.length));
    replace(stage, renderGrid(part, { zoom, readOnly: true, personas, selected: null, personaFilter: '', commentCounts: new Map() }));
  };
  const go = (step) => { index = Math.max(0, Math.min(stages.length - 1, index + step)); draw(); };
  const keys = (event) => {
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) { event.preventDefault(); go(1); }
    if (['ArrowLeft', 'PageUp'].includes(event.key)) { event.preventDefault(); go(-1); }
    if (event.key === 'Escape') { event.preventDefault(); close(); }
  };
  const close = () => {
    document.removeEventListener('keydown', keys, true);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    overlay.remove();
    previous?.focus?.();
  };
  document.addEventListener('keydown', keys, true);
  document.body.append(overlay);
  draw();
  overlay.focus();
  // a browser may refuse full screen (no user gesture, an iframe): the overlay covers the window all the same
  overlay.requestFullscreen?.().catch(() => {});
}
