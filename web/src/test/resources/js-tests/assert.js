// Assertions for the JavaScript tests, which run in the real browser (support/JsModuleTests.java).

/** Deep equality of plain data, whatever the order of object keys; the message shows both sides as JSON. */
export function assertEqual(actual, expected, what = 'value') {
  const shown = canonical(actual);
  const wanted = canonical(expected);
  if (shown !== wanted) throw new Error(`${what}:\n  expected ${wanted}\n  but was  ${shown}`);
}

function canonical(value) {
  return JSON.stringify(value, (key, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}
