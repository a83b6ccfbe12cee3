// A link from a bound step or stage of the map to the explorer on the dataset the measured lane shows,
// filtered to it (explore/from-map.js reads the link). Viewers may follow it: exploring changes nothing.

import { el } from '../dom.js';

/** The explorer's address for a step or stage ({step} or {stage}: its id) on a dataset. */
export function exploreHref(workspaceId, journeyId, datasetId, { step, stage }) {
  const query = new URLSearchParams({ dataset: datasetId, ...(step ? { step } : { stage }) });
  return `#/w/${encodeURIComponent(workspaceId)}/j/${encodeURIComponent(journeyId)}/explore?${query}`;
}

/** "Explore" for a bound step or a stage with a bound step, on the measured dataset; null when there is none. */
export function exploreLink(editor, target, label) {
  const datasetId = editor.living?.datasetId;
  if (!datasetId || !isBound(editor.session.current, target)) return null;
  return el('a', { class: 'button-link explore-link', href: exploreHref(editor.workspaceId, editor.journeyId,
    datasetId, target) }, label);
}

function isBound(journey, { step, stage }) {
  return (journey.stages || []).some((s) => (s.steps || []).some((t) => t.binding?.activities?.length
    && (step ? t.id === step : s.id === stage)));
}
