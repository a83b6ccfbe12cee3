// Builds DOM from data. User text only ever goes in through textContent or attributes,
// never through innerHTML, so a card saying "<script>" stays a card saying "<script>".

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('button', {class: 'primary', onclick: fn, 'aria-label': 'Add'}, 'Add', childNode)
 * Strings among the children become text nodes; null/false children are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** The same as el() for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name === 'value' && 'value' in node && node.namespaceURI !== SVG_NS) {
      node.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'disabled') {
      node[name] = Boolean(value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let fieldCount = 0;

/** A labelled form control: the label names exactly the control (for=id), a hint describes it. */
export function field(label, control, hint) {
  control.id ||= `field-${++fieldCount}`;
  const hintNode = hint ? el('span', { class: 'field-hint', id: `${control.id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { class: 'field-label', for: control.id }, label), control, hintNode);
}

/** Runs fn at most once per wait ms, after the last call. */
export function debounce(fn, wait) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; fn(...args); }, wait);
  };
  debounced.flush = () => {
    if (timer !== null) { clearTimeout(timer); timer = null; fn(); }
  };
  debounced.pending = () => timer !== null;
  return debounced;
}
