// Two versions compared: what changed from the older to the newer as sentences, and as marks on the
// newer one's map (added, changed or moved cards, opportunities, stages, steps and lanes).

import { describe, diff } from '../model/journey-patch.js';

const MARKED = new Set(['cards', 'opportunities', 'stages', 'steps', 'lanes']);

/** {sentences, marks: Map<id, 'added'|'changed'>, removed: number} from older to newer. */
export function compareVersions(older, newer) {
  const patch = diff(older, newer);
  const marks = new Map();
  let removed = 0;
  for (const change of patch) {
    if (change.op === 'remove') removed++;
    else if (change.op === 'put' && MARKED.has(change.collection)) marks.set(change.key, change.old ? 'changed' : 'added');
  }
  return { sentences: describe(patch).map((c) => c.text), marks, removed };
}
