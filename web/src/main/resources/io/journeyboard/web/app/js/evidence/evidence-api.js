// The evidence library's and the kept runs' calls (docs/openapi.yaml, tags evidence and runs).

import { call } from '../api.js';

const ws = (workspaceId) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const query = (params) => {
  const q = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));
  return q.toString() ? `?${q}` : '';
};

/** {total, offset, records}: records with items, citedBy and, with q, matchingItems. */
export const searchEvidence = (workspaceId, { q, kind, offset, limit } = {}) =>
  call('GET', `${ws(workspaceId)}/evidence-library${query({ q, kind, offset, limit })}`);
/** {evidence, items, citedBy: [{journeyId, journeyName, cardId, cardText, lane, step}]} */
export const openEvidence = (workspaceId, id) => call('GET', `${ws(workspaceId)}/evidence/${encodeURIComponent(id)}`);
/** {total, offset, items: [{itemId, location, text, recorded, representative}]} */
export const evidenceItems = (workspaceId, id, { q, offset, limit } = {}) =>
  call('GET', `${ws(workspaceId)}/evidence/${encodeURIComponent(id)}/items${query({ q, offset, limit })}`);
export const addEvidence = (workspaceId, record) => call('POST', `${ws(workspaceId)}/evidence`, record);
export const editEvidence = (workspaceId, id, record) =>
  call('PUT', `${ws(workspaceId)}/evidence/${encodeURIComponent(id)}`, record);
/** Refused with 409 naming the cards and personas that cite the record. */
export const deleteEvidence = (workspaceId, id) => call('DELETE', `${ws(workspaceId)}/evidence/${encodeURIComponent(id)}`);
/** {evidence, entries: [{action, changedBy, changedAt, fields, sentence}]}, oldest first. */
export const evidenceHistory = (workspaceId, id) =>
  call('GET', `${ws(workspaceId)}/evidence/${encodeURIComponent(id)}/history`);

export const runs = (workspaceId, journeyId, kind) => call('GET', `${ws(workspaceId)}/runs${query({ journey: journeyId, kind })}`);
/** {run, answer}: the answer is the job's report (insights) or the analytics answer, once done. */
export const openRun = (workspaceId, runId) => call('GET', `${ws(workspaceId)}/runs/${encodeURIComponent(runId)}`);
export const journeyStates = (workspaceId, journeyId) =>
  call('GET', `${ws(workspaceId)}/journeys/${encodeURIComponent(journeyId)}/states`);
