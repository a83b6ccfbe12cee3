// Drag and drop of the map's structure: a stage or step header dragged onto another takes its
// place (a step may change stage), and so does a lane header dragged onto another lane.

import { moveOnto, moveStepOnto } from '../model/journey-edits.js';

const THRESHOLD = 6;
const KINDS = [
  { selector: '.step-header[data-step-id]', key: 'stepId', type: 'step', label: 'Move step', move: (j, id, target) => moveStepOnto(j, id, target) },
  { selector: '.stage-header[data-stage-id]', key: 'stageId', type: 'stage', label: 'Move stage', move: (j, id, target) => moveOnto(j.stages, id, target) },
  { selector: '.lane-header[data-lane-id]', key: 'laneId', type: 'lane', label: 'Move lane', move: (j, id, target) => moveOnto(j.lanes, id, target) },
];

export function bindHeaderDrag(scroller, editor) {
  scroller.addEventListener('pointerdown', (event) => {
    if (editor.view.readOnly) return;
    if (event.button !== 0 || event.target.closest('button')) return;
    const kind = KINDS.find((k) => event.target.closest(k.selector));
    if (!kind) return;
    const header = event.target.closest(kind.selector);
    const id = header.dataset[kind.key];
    const start = { x: event.clientX, y: event.clientY };
    let ghost = null;
    let target = null;

    const move = (e) => {
      if (!ghost) {
        if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD) return;
        ghost = header.cloneNode(true);
        ghost.className = `${header.className} drag-ghost header-ghost`;
        ghost.setAttribute('aria-hidden', 'true');
        ghost.style.width = `${header.getBoundingClientRect().width}px`;
        ghost.style.height = `${header.getBoundingClientRect().height}px`;
        document.body.append(ghost);
      }
      ghost.style.transform = `translate(${e.clientX + 8}px, ${e.clientY + 8}px)`;
      target?.classList.remove('drop-target');
      target = document.elementsFromPoint(e.clientX, e.clientY).map((n) => n.closest?.(kind.selector)).find((n) => n && n !== header) || null;
      target?.classList.add('drop-target');
    };
    const up = () => {
      document.removeEventListener('pointermove', move);
      document.removeEventListener('pointerup', up);
      if (!ghost) return;
      ghost.remove();
      target?.classList.remove('drop-target');
      if (!target) return;
      const targetId = target.dataset[kind.key];
      editor.session.change(kind.label, (j) => kind.move(j, id, targetId));
      editor.view.selected = { type: kind.type, id };
      editor.render();
      editor.focusSelected();
    };
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', up);
  });
}
