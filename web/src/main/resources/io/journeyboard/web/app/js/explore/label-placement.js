// Places the process map's edge labels where they overlap nothing: each label is tried at points along
// its own edge (the middle first), then further and further above and below them, and takes the first
// spot whose box meets no node and no label placed before it. Busier edges are placed first, so their
// figures sit nearest their curves. Boxes are estimated from the text (the figure is built before it is
// on the page, so it cannot be measured), with a margin for the font's real widths.

const CHAR_WIDTH = 0.62;
const MARGIN = 2;
const ALONG = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];

/** The box of a text of fontSize at (x, y) (its baseline), anchored in the middle. */
export function labelBox(x, y, content, fontSize) {
  const width = String(content).length * fontSize * CHAR_WIDTH + 2 * MARGIN;
  const height = fontSize * 1.25 + 2 * MARGIN;
  return { x: x - width / 2, y: y - fontSize - MARGIN, width, height };
}

export const intersects = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width
  && a.y < b.y + b.height && b.y < a.y + a.height;

/** The point at t of a cubic Bézier curve given by its four points [[x, y], …]. */
export function pointOn([p0, p1, p2, p3], t) {
  const u = 1 - t;
  const at = (i) => u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i];
  return [at(0), at(1)];
}

/**
 * labels: [{curve, content, fontSize, weight}]; taken: the boxes already drawn (nodes). Answers, in the
 * same order, each label's [x, y] (baseline, middle) and its box; every box is added to taken.
 */
export function placeLabels(labels, taken) {
  const placed = new Array(labels.length);
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].weight - labels[a].weight);
  for (const i of order) {
    const { curve, content, fontSize } = labels[i];
    const spot = firstFree(curve, content, fontSize, taken);
    taken.push(spot.box);
    placed[i] = spot;
  }
  return placed;
}

function firstFree(curve, content, fontSize, taken) {
  const step = fontSize * 1.3;
  for (let shift = 0; ; shift += 1) {
    for (const t of ALONG) {
      const [x, y] = pointOn(curve, t);
      for (const dy of shift === 0 ? [-4] : [-4 - shift * step, -4 + shift * step]) {
        const box = labelBox(x, y + dy, content, fontSize);
        if (box.y >= 0 && box.x >= 0 && !taken.some((other) => intersects(box, other))) return { at: [x, y + dy], box };
      }
    }
  }
}
