// The journey's actions beside its tabs on the map: share it (editors), export it, present it.

import { el } from '../dom.js';
import { openShareDialog } from './share-dialog.js';
import { openJourneyExports } from '../export/export-menu.js';
import { present } from '../present/presentation.js';

/** journey: {workspaceId, journeyId, canEdit, name(), document(), personas} */
export function journeyActions(journey) {
  return el('div', { class: 'journey-actions' },
    journey.canEdit ? el('button', { class: 'secondary small', onclick: () => openShareDialog(journey.workspaceId, journey.journeyId, journey.name()) }, 'Share') : null,
    el('button', { class: 'secondary small', 'aria-haspopup': 'menu',
      onclick: (event) => openJourneyExports(event.currentTarget, journey.workspaceId, journey.journeyId) }, 'Export'),
    el('button', { class: 'secondary small', onclick: () => present(journey.document(), journey.personas) }, 'Present'));
}
