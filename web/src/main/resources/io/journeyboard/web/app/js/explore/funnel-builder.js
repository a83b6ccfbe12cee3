// The funnel's definition as a form: steps (picked from the log's activities or typed as patterns),
// optional steps, order mode, conversion window, open funnel and breakdown attributes. Every change
// calls onChange() with the query the server reads (docs/openapi.yaml, FunnelQuery).

import { el, field, replace } from '../dom.js';
import { count } from './format.js';

/** funnel: {steps: [{name, activities, optional}], order, windowSeconds, open, breakdown} (kept by the caller). */
export function funnelBuilder(funnel, overview, { onChange, onUseJourney }) {
  const list = el('ol', { class: 'funnel-steps', 'aria-label': 'Funnel steps' });
  const changed = () => { draw(); onChange(); };
  const draw = () => replace(list, funnel.steps.map((step, i) => stepRow(funnel, step, i, changed, onChange)));

  const add = el('select', { 'aria-label': 'Add a step', onchange: () => {
    if (!add.value) return;
    funnel.steps.push({ name: add.value, activities: [add.value], optional: false });
    add.value = '';
    changed();
  } }, el('option', { value: '' }, 'Add a step…'),
  overview.activities.map((a) => el('option', { value: a.activity }, `${a.activity} (${count(a.cases)} cases)`)));

  const order = el('select', { name: 'order', onchange: () => { funnel.order = order.value; onChange(); } },
    ['ordered', 'strict', 'any'].map((mode) => el('option', { value: mode, selected: funnel.order === mode }, mode)));
  const window = el('input', { type: 'number', min: 0, step: 1, name: 'window',
    value: funnel.windowSeconds / 3600 || '',
    placeholder: 'none',
      onchange: () => { funnel.windowSeconds = Math.round(Number(window.value || 0) * 3600); onChange(); } });
  const open = el('input', { type: 'checkbox', name: 'open', checked: funnel.open,
    onchange: () => { funnel.open = open.checked; onChange(); } });
  const breakdown = el('fieldset', { class: 'breakdown-choice' }, el('legend', {}, 'Break down by'),
    overview.attributes.map((attribute) => {
      const box = el('input', { type: 'checkbox', value: attribute.name,
        checked: funnel.breakdown.includes(attribute.name),
        onchange: () => {
          funnel.breakdown = box.checked ? [...funnel.breakdown,
            attribute.name] : funnel.breakdown.filter((n) => n !== attribute.name);
          onChange();
        } });
      return el('label', { class: 'checkbox-field' }, box, ` ${attribute.name} (${count(attribute.distinctValues)})`);
    }));
  draw();
  return el('form', { class: 'funnel-builder', onsubmit: (event) => event.preventDefault() },
    el('h3', {}, 'Funnel steps'), list,
    el('div', { class: 'builder-row' }, add,
      onUseJourney ? el('button', { type: 'button', class: 'secondary small', onclick: onUseJourney },
        "Use this journey's stages") : null),
    el('div', { class: 'builder-row' }, field('Order', order), field('Window (hours)', window)),
    el('label', { class: 'checkbox-field' }, open, ' Open funnel: cases may enter at any step'),
    overview.attributes.length ? breakdown : null);
}

function stepRow(funnel, step, i, changed, onChange) {
  const name = el('input', { type: 'text', value: step.name, 'aria-label': `Step ${i + 1} name`,
    onchange: () => { step.name = name.value.trim() || step.activities.join(' / '); onChange(); } });
  const activities = el('input', { type: 'text', value: step.activities.join(', '),
    'aria-label': `Step ${i + 1} activities`,
    title: 'Activities that mark this step, separated by commas; patterns such as A_* work',
    onchange: () => {
      const names = activities.value.split(',').map((a) => a.trim()).filter(Boolean);
      if (names.length) { step.activities = names; onChange(); }
    } });
  const optional = el('input', { type: 'checkbox', checked: step.optional, disabled: i === 0,
    'aria-label': `Step ${i + 1} optional`,
    onchange: () => { step.optional = optional.checked; onChange(); } });
  const move = (to) => {
    if (to < 0 || to >= funnel.steps.length) return;
    funnel.steps.splice(to, 0, funnel.steps.splice(i, 1)[0]);
    if (funnel.steps[0].optional) funnel.steps[0].optional = false;
    changed();
  };
  const small = (label, text, action, disabled) => el('button', { type: 'button', class: 'icon-button',
    'aria-label': label,
    title: label, onclick: action, disabled }, text);
  return el('li', { class: 'funnel-step-row' }, name, activities,
    el('label', { class: 'checkbox-field', title: 'Optional: counted, not needed to go on' }, optional, ' opt.'),
    small(`Move step ${i + 1} up`, '↑', () => move(i - 1), i === 0),
    small(`Move step ${i + 1} down`, '↓', () => move(i + 1), i === funnel.steps.length - 1),
    small(`Remove step ${i + 1}`, '✕', () => { funnel.steps.splice(i, 1); changed(); }, funnel.steps.length <= 1));
}

/** The query for the server: the definition without the browser's own fields. */
export function funnelQuery(funnel) {
  return { steps: funnel.steps.map(({ name, activities, optional }) => ({ name, activities, optional })),
    order: funnel.order, windowSeconds: funnel.windowSeconds, open: funnel.open };
}
