// Editable label/value rows (Age: 34, Location: Leeds) of a persona.

import { el } from '../dom.js';

export function demographicsEditor(initial) {
  const rows = el('div', { class: 'demographic-rows' });
  const addRow = (label = '', value = '') => {
    const row = el('div', { class: 'demographic-row' },
      el('input', { type: 'text', value: label, 'aria-label': 'Fact', placeholder: 'Age' }),
      el('input', { type: 'text', value, 'aria-label': 'Value', placeholder: '34' }),
      el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Remove this fact', onclick: () => row.remove() }, '×'));
    rows.append(row);
  };
  initial.forEach((fact) => addRow(fact.label, fact.value));
  const node = el('fieldset', { class: 'demographics' }, el('legend', {}, 'Demographics'), rows,
    el('button', { type: 'button', class: 'ghost small', onclick: () => addRow() }, '+ Add a fact'));
  const value = () => [...rows.children].map((row) => {
    const [label, fact] = row.querySelectorAll('input');
    return { label: label.value.trim(), value: fact.value.trim() };
  }).filter((fact) => fact.label && fact.value);
  return { node, value };
}
