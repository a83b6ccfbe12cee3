// The segment every view is narrowed to: one attribute's value, a period of case starts and a variant.

import { el, replace } from '../dom.js';
import { count, clip } from './format.js';

export function segmentBar(ctx, changed) {
  const segment = ctx.state.segment;
  const [name, values] = Object.entries(segment.attributes || {})[0] || ['', []];
  const attribute = el('select', { 'aria-label': 'Segment attribute', onchange: () => { fill(''); } },
    el('option', { value: '' }, 'all cases'), ctx.overview.attributes.map((a) => el('option', { value: a.name,
      selected: a.name === name }, a.name)));
  const value = el('select', { 'aria-label': 'Segment value', onchange: () => apply() });
  const from = el('input', { type: 'date', 'aria-label': 'Cases started from', value: segment.from || '',
    onchange: () => apply() });
  const to = el('input', { type: 'date', 'aria-label': 'Cases started before', value: segment.to || '',
    onchange: () => apply() });
  const fill = (chosen) => {
    const found = ctx.overview.attributes.find((a) => a.name === attribute.value);
    replace(value, found ? found.values.map((v) => el('option', { value: v.value, selected: v.value === chosen },
      `${v.value} (${count(v.cases)})`)) : []);
    value.disabled = !found;
    if (chosen === '') apply();
  };
  const apply = () => {
    const next = { ...ctx.state.segment };
    delete next.attributes;
    if (attribute.value && value.value) next.attributes = { [attribute.value]: [value.value] };
    next.from = from.value || undefined;
    next.to = to.value || undefined;
    ctx.state.segment = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
    changed();
  };
  fill(values[0] ?? null);
  const variant = segment.variant;
  return el('div', { class: 'segment-bar', role: 'group', 'aria-label': 'Segment' }, el('strong', {}, 'Segment'),
    attribute, value,
    el('label', {}, 'from ', from), el('label', {}, 'before ', to),
    variant ? el('span', { class: 'chip variant-chip', title: variant.join(' → ') },
      `variant: ${clip(variant.join(' → '), 60)} `,
      el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Show every variant', onclick: () => {
        const next = { ...ctx.state.segment };
        delete next.variant;
        ctx.state.segment = next;
        changed();
      } }, '✕')) : null);
}
