// Toolbar controls for how much of the map a window shows: fit its width to the window, a narrow
// lane column, and the details panel shown or hidden. The last two are remembered per browser.

import { el } from '../dom.js';

const MIN_ZOOM = 0.4;
const MAX_ZOOM = 1.3;
const COLUMN = 232;

/** The controls' node; editor.render() applies what they set (view.zoom, narrowLanes, inspectorHidden). */
export function viewControls(editor) {
  const { view } = editor;
  view.narrowLanes = localStorage.getItem('jb.narrowLanes') === '1';
  view.inspectorHidden = localStorage.getItem('jb.inspectorHidden') === '1';
  const toggle = (label, key, storage) => {
    const button = el('button', {
      class: 'secondary small', 'aria-pressed': String(view[key]),
      onclick: () => {
        view[key] = !view[key];
        localStorage.setItem(storage, view[key] ? '1' : '0');
        button.setAttribute('aria-pressed', String(view[key]));
        editor.render();
      },
    }, label);
    return button;
  };
  const fit = el('button', {
    class: 'secondary small', title: 'Zoom so that every step fits the window’s width',
    onclick: () => {
      const columns = Number(editor.scroller.querySelector('.map-grid')?.style.getPropertyValue('--columns')) || 1;
      const lanes = editor.scroller.querySelector('.lane-header')?.getBoundingClientRect().width || 0;
      const room = editor.scroller.clientWidth - lanes - 16;
      view.zoom = Math.round(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, room / (columns * COLUMN))) * 100) / 100;
      localStorage.setItem('jb.zoom', view.zoom);
      editor.render();
    },
  }, 'Fit');
  return el('div', { class: 'toolbar-group view-controls' }, fit,
    toggle('Narrow lanes', 'narrowLanes', 'jb.narrowLanes'), toggle('Hide details', 'inspectorHidden', 'jb.inspectorHidden'));
}
