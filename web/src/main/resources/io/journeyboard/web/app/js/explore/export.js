// Downloads of what a view shows: its table as CSV, its figure as SVG or PNG. The figure is exported
// exactly as drawn (presentation attributes, no style sheet), so the file looks like the screen.

import { el } from '../dom.js';

function download(name, blob) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const cell = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** rows: arrays of values, the first the header. Cells that a spreadsheet would run as formulas are quoted. */
export function csvText(rows) {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const downloadCsv = (name, rows) => download(`${name}.csv`, new Blob([csvText(rows)], { type: 'text/csv' }));

function svgText(figure) {
  const copy = figure.cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export const downloadSvg = (name, figure) =>
  download(`${name}.svg`, new Blob([svgText(figure)], { type: 'image/svg+xml' }));

/** Draws the SVG on a canvas at twice its size (sharp on high-density screens) and saves that. */
export function downloadPng(name, figure) {
  const width = Number(figure.getAttribute('width'));
  const height = Number(figure.getAttribute('height'));
  const image = new Image();
  image.onload = () => {
    const canvas = el('canvas', { width: width * 2, height: height * 2 });
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => download(`${name}.png`, blob), 'image/png');
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(figure))}`;
}

/** The three export buttons of a view; figure() and rows() are asked when clicked, so they export what is shown now. */
export function exportButtons(name, figure, rows) {
  const button = (label, action) => el('button', { type: 'button', class: 'secondary small', onclick: action }, label);
  return el('div', { class: 'explore-exports', role: 'group', 'aria-label': 'Export' },
    button('CSV', () => downloadCsv(name(), rows())),
    button('SVG', () => downloadSvg(name(), figure())),
    button('PNG', () => downloadPng(name(), figure())));
}
