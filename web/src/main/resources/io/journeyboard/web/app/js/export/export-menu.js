// Exports of a journey and of a persona, as the server draws and writes them (docs/export.md): each
// is a download of GET .../export with its format and options.

import { openMenu } from '../ui/menu.js';

const JOURNEY_EXPORTS = [
  ['PDF, fitted to one page', { format: 'pdf', page: 'fit' }],
  ['PDF, A4 pages', { format: 'pdf', page: 'a4' }],
  ['PDF, A3 pages', { format: 'pdf', page: 'a3' }],
  ['PNG picture', { format: 'png', scale: '2' }],
  ['SVG picture', { format: 'svg' }],
  ['Cards as CSV', { format: 'csv', table: 'cards' }],
  ['Opportunities as CSV', { format: 'csv', table: 'opportunities' }],
  ['Cards and opportunities as XLSX', { format: 'xlsx' }],
  ['Journeyboard JSON file', { format: 'json' }],
  ['Mermaid journey diagram', { format: 'mermaid' }],
];

const PERSONA_EXPORTS = [['One-pager as PDF', 'pdf'], ['One-pager as PNG', 'png'], ['One-pager as SVG', 'svg']];

function download(path, parameters) {
  const link = document.createElement('a');
  link.href = `/api/v1${path}/export?${new URLSearchParams(parameters)}`;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Opens the journey's export menu under {@code anchor}. */
export function openJourneyExports(anchor, workspaceId, journeyId) {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/journeys/${encodeURIComponent(journeyId)}`;
  openMenu(anchor, JOURNEY_EXPORTS.map(([label, parameters]) => ({ label, run: () => download(path, parameters) })));
}

/** Opens a persona's export menu (its one-page sheet) under {@code anchor}. */
export function openPersonaExports(anchor, workspaceId, personaId) {
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/personas/${encodeURIComponent(personaId)}`;
  openMenu(anchor, PERSONA_EXPORTS.map(([label, format]) => ({ label, run: () => download(path, { format }) })));
}
