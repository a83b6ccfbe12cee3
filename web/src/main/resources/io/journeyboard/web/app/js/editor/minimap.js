// A small picture of the whole map in the corner of a big one: stages as coloured bands, cards as
// blocks, and the part on screen as a frame. Clicking or dragging in it scrolls the map there. It is
// a pointer shortcut only (hidden from screen readers): the keyboard scrolls by moving the focus.

import { el, svg, replace } from '../dom.js';

const WIDTH = 220;
const MAX_HEIGHT = 150;

export function createMinimap(scroller) {
  const picture = svg('svg', { class: 'minimap-picture', width: WIDTH, 'aria-hidden': 'true', focusable: 'false' });
  const node = el('div', { class: 'minimap', hidden: true, 'aria-hidden': 'true', title: 'The whole map: click or drag to go there' }, picture);
  let scale = 1;
  const scrollTo = (event) => {
    const box = picture.getBoundingClientRect();
    scroller.scrollLeft = (event.clientX - box.left) / scale - scroller.clientWidth / 2;
    scroller.scrollTop = (event.clientY - box.top) / scale - scroller.clientHeight / 2;
  };
  picture.addEventListener('pointerdown', (event) => {
    picture.setPointerCapture(event.pointerId);
    scrollTo(event);
    const move = (e) => scrollTo(e);
    picture.addEventListener('pointermove', move);
    picture.addEventListener('pointerup', () => picture.removeEventListener('pointermove', move), { once: true });
  });
  const frame = svg('rect', { class: 'minimap-frame' });
  const showFrame = () => {
    frame.setAttribute('x', scroller.scrollLeft * scale);
    frame.setAttribute('y', scroller.scrollTop * scale);
    frame.setAttribute('width', scroller.clientWidth * scale);
    frame.setAttribute('height', scroller.clientHeight * scale);
  };
  scroller.addEventListener('scroll', showFrame, { passive: true });

  /** Redraws the picture from the grid on screen; hidden when the whole map fits. */
  const update = () => {
    const grid = scroller.querySelector('.map-grid');
    const fits = !grid || (grid.scrollWidth <= scroller.clientWidth + 8 && grid.scrollHeight <= scroller.clientHeight + 8);
    node.hidden = fits;
    if (fits) return;
    scale = Math.min(WIDTH / grid.scrollWidth, MAX_HEIGHT / grid.scrollHeight);
    const origin = grid.getBoundingClientRect();
    const rect = (element, className) => {
      const r = element.getBoundingClientRect();
      const x = r.left - origin.left;
      const y = r.top - origin.top;
      return svg('rect', { class: className, x: x * scale, y: y * scale, width: Math.max(1, r.width * scale), height: Math.max(1, r.height * scale) });
    };
    picture.setAttribute('width', grid.scrollWidth * scale);
    picture.setAttribute('height', grid.scrollHeight * scale);
    replace(picture,
      [...grid.querySelectorAll('.lane-row > .lane-cell')].map((cell) => rect(cell, 'minimap-lane')),
      [...grid.querySelectorAll('.stage-header')].map((stage) => rect(stage, 'minimap-stage')),
      [...grid.querySelectorAll('.card')].map((card) => rect(card, 'minimap-card')),
      frame);
    showFrame();
  };
  return { node, update };
}
