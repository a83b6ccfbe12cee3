// Import in the browser: a Journeyboard JSON file or a Mermaid journey into the workspace (home), and a
// card or opportunity table (CSV, XLSX) into a journey (map). The server checks the whole file first;
// on any problem it changes nothing, and the dialog lists each problem where it is (line and column,
// or sheet, row and column).

import { sendFile } from '../api.js';
import { el, field, replace } from '../dom.js';
import { openDialog } from '../ui/dialog.js';

const ws = (workspaceId) => `/workspaces/${encodeURIComponent(workspaceId)}`;

/** Asks for a Journeyboard or Mermaid file and imports it; resolves with the journeys created, or null. */
export function importIntoWorkspace(workspaceId) {
  return importDialog({
    title: 'Import journeys',
    hint: 'A Journeyboard file (.json) or a Mermaid journey diagram (.mmd, .txt).',
    accept: '.json,.mmd,.mermaid,.txt',
    send: (file) => sendFile(`${ws(workspaceId)}/import`, file,
      { contentType: file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/vnd.mermaid' }),
  });
}

/** Asks for a card or opportunity table and replaces that part of the journey; resolves with {journey, version}, or null. */
export function importTable(workspaceId, journeyId, currentVersion) {
  return importDialog({
    title: 'Import cards or opportunities',
    hint: 'A table exported from this map and edited in a spreadsheet: a CSV of cards or of opportunities, or the XLSX workbook. It replaces the map’s cards or opportunities.',
    accept: '.csv,.xlsx',
    send: (file) => sendFile(`${ws(workspaceId)}/journeys/${encodeURIComponent(journeyId)}/tables?file=${encodeURIComponent(file.name)}`,
      file, { contentType: file.name.toLowerCase().endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', version: currentVersion() }),
  });
}

function importDialog({ title, hint, accept, send }) {
  const input = el('input', { type: 'file', accept, required: true });
  const problems = el('div', { class: 'import-problems', role: 'alert' });
  let result = null;
  return openDialog({
    title,
    className: 'import-dialog',
    body: (close) => {
      input.addEventListener('change', async () => {
        const [file] = input.files;
        if (!file) return;
        replace(problems, el('p', { class: 'muted' }, `Reading ${file.name}…`));
        try {
          result = await send(file);
          close(result);
        } catch (error) {
          const lines = error.problem?.errors || [];
          replace(problems, el('p', { class: 'form-error' }, `${file.name} was not imported and nothing was changed:`),
            lines.length ? el('ul', { class: 'problem-list' }, lines.map((e) => el('li', {}, `${e.path}: ${e.message}`)))
              : el('p', { class: 'form-error' }, error.message));
          input.value = '';
        }
      });
      return el('div', { class: 'form-stack' }, field('File', input, hint), problems);
    },
    actions: [{ label: 'Cancel' }],
  });
}
