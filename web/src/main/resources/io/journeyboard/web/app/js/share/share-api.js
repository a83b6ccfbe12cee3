// The calls of share links: the editors' management of them (with the session), and the shared page's
// reading through one (without: a guest has no session, and a signed-in visitor's cookie must not
// make the guest's writes need a CSRF token).

import { ApiError, call } from '../api.js';

const links = (workspaceId, journeyId) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/journeys/${encodeURIComponent(journeyId)}/share-links`;

export const shareLinks = (workspaceId, journeyId) => call('GET', links(workspaceId, journeyId));
export const createShareLink = (workspaceId, journeyId, options) => call('POST', links(workspaceId, journeyId), options);
export const revokeShareLink = (workspaceId, journeyId, id) => call('DELETE', `${links(workspaceId, journeyId)}/${id}`);

/** The address of the page a link's token opens. */
export const sharedPageUrl = (token) => `${location.origin}/share.html#${token}`;

async function guest(method, path, password, body) {
  const headers = { Accept: 'application/json' };
  if (password) headers['X-Share-Password'] = password;
  if (body) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v1/shared/${path}`, {
    method, headers, credentials: 'omit', body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

export const openShared = (token, password) => guest('GET', encodeURIComponent(token), password);
export const sharedComments = (token, password) => guest('GET', `${encodeURIComponent(token)}/comments`, password);
export const addSharedComment = (token, password, comment) =>
  guest('POST', `${encodeURIComponent(token)}/comments`, password, comment);
