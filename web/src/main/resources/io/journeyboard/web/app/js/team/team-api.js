// The server calls of accounts, members, invitations and the profile (docs/openapi.yaml).

import { call, startSession } from '../api.js';

const ws = (workspaceId) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const invitation = (token) => `/invitations/${encodeURIComponent(token)}`;

export const signUpOptions = () => call('GET', '/auth/sign-up');
export const signUp = (name, email, password) => startSession('/auth/sign-up', { name, email, password });
export const createWorkspace = (name) => call('POST', '/workspaces', { name });

export const members = (workspaceId) => call('GET', `${ws(workspaceId)}/members`);
export const changeRole = (workspaceId, userId, role) => call('PUT', `${ws(workspaceId)}/members/${userId}`, { role });
export const removeMember = (workspaceId, userId) => call('DELETE', `${ws(workspaceId)}/members/${userId}`);
export const leave = (workspaceId) => call('POST', `${ws(workspaceId)}/leave`);
export const invitations = (workspaceId) => call('GET', `${ws(workspaceId)}/invitations`);
export const invite = (workspaceId, email, role) => call('POST', `${ws(workspaceId)}/invitations`, { email, role });
export const revokeInvitation = (workspaceId, id) => call('DELETE', `${ws(workspaceId)}/invitations/${id}`);

export const openInvitation = (token) => call('GET', invitation(token));
export const acceptInvitation = (token) => call('POST', `${invitation(token)}/accept`);
export const signUpInvited = (token, name, password) => startSession(`${invitation(token)}/sign-up`, { name, password });

export const rename = (name) => call('PATCH', '/me', { name });
export const changePassword = (currentPassword, newPassword) => call('POST', '/me/password', { currentPassword, newPassword });
export const tokens = () => call('GET', '/me/tokens');
export const createToken = (name) => call('POST', '/me/tokens', { name });
export const revokeToken = (id) => call('DELETE', `/me/tokens/${id}`);
