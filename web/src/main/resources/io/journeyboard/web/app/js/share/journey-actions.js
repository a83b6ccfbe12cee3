// The journey's actions beside its tabs on the map: share it (editors).

import { el } from '../dom.js';
import { openShareDialog } from './share-dialog.js';

/** journey: {workspaceId, journeyId, name(), canEdit} */
export function journeyActions(journey) {
  return el('div', { class: 'journey-actions' },
    journey.canEdit ? el('button', { class: 'secondary small', onclick: () => openShareDialog(journey.workspaceId, journey.journeyId, journey.name()) }, 'Share') : null);
}
