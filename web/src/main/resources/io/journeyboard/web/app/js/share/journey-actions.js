// The journey's actions beside its tabs on the map: share it (editors), export it, import a table into it
// (editors), present it.

import { el } from '../dom.js';
import { openShareDialog } from './share-dialog.js';
import { openJourneyExports } from '../export/export-menu.js';
import { present } from '../present/presentation.js';
import { importTable } from '../transfer/import-dialog.js';

/** journey: {workspaceId, journeyId, canEdit, name(), document(), personas, version(), flush(), reopen()} */
export function journeyActions(journey) {
  return el('div', { class: 'journey-actions' },
    journey.canEdit ? el('button', { class: 'secondary small', onclick: () => openShareDialog(journey.workspaceId, journey.journeyId, journey.name()) }, 'Share') : null,
    el('button', { class: 'secondary small', 'aria-haspopup': 'menu',
      onclick: (event) => openJourneyExports(event.currentTarget, journey.workspaceId, journey.journeyId) }, 'Export'),
    journey.canEdit ? el('button', { class: 'secondary small', onclick: async () => {
      await journey.flush();
      // the map is opened again with the imported rows
      if (await importTable(journey.workspaceId, journey.journeyId, journey.version)) journey.reopen();
    } }, 'Import table') : null,
    el('button', { class: 'secondary small', onclick: () => present(journey.document(), journey.personas) }, 'Present'));
}
