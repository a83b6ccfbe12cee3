// Ids follow the file format: letters, digits, '-', '_', '.', ':' starting with a letter or digit.

/** A fresh id such as "card-k3x9f2", unique within a journey with overwhelming odds. */
export function newId(prefix) {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${random[0].toString(36)}${random[1].toString(36).slice(0, 3)}`;
}
