// The home screen's calls (docs/openapi.yaml, tags home and board): tiles, rename, duplicate, archive,
// tags, trash, search, and the workspace board's opportunities.

import { call, callVersioned } from '../api.js';

const ws = (workspaceId) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const jr = (workspaceId, journeyId) => `${ws(workspaceId)}/journeys/${encodeURIComponent(journeyId)}`;

export const tiles = (workspaceId, withArchived) =>
  call('GET', `${ws(workspaceId)}/journey-tiles${withArchived ? '?archived=true' : ''}`);

/** A journey write: rejects with status 409 when version is no longer the current one. */
export const rename = (workspaceId, journeyId, name, version) =>
  callVersioned('PUT', `${jr(workspaceId, journeyId)}/name`, { name }, version);

export const duplicate = (workspaceId, journeyId) => call('POST', `${jr(workspaceId, journeyId)}/duplicate`);
export const setArchived = (workspaceId, journeyId, archived) =>
  call('PUT', `${jr(workspaceId, journeyId)}/archived`, { archived });
export const addTag = (workspaceId, journeyId, tag) =>
  call('PUT', `${jr(workspaceId, journeyId)}/tags/${encodeURIComponent(tag)}`);
export const removeTag = (workspaceId, journeyId, tag) =>
  call('DELETE', `${jr(workspaceId, journeyId)}/tags/${encodeURIComponent(tag)}`);

/** Moves the journey to the trash (DELETE with If-Match). */
export const moveToTrash = (workspaceId, journeyId, version) =>
  callVersioned('DELETE', jr(workspaceId, journeyId), undefined, version);

export const trash = (workspaceId) => call('GET', `${ws(workspaceId)}/trash`);
export const restore = (workspaceId, journeyId) =>
  call('POST', `${ws(workspaceId)}/trash/${encodeURIComponent(journeyId)}/restore`);
export const purge = (workspaceId, journeyId) =>
  call('DELETE', `${ws(workspaceId)}/trash/${encodeURIComponent(journeyId)}`);

export const search = (workspaceId, query) =>
  call('GET', `${ws(workspaceId)}/search?q=${encodeURIComponent(query)}`);

export const boardOpportunities = (workspaceId) => call('GET', `${ws(workspaceId)}/opportunities`);

/** Writes one opportunity of a journey with If-Match: {version} of the journey after it. */
export const saveOpportunity = (workspaceId, journeyId, opportunity, version) =>
  callVersioned('PUT', `${jr(workspaceId, journeyId)}/opportunities/${encodeURIComponent(opportunity.id)}`,
    opportunity, version);
