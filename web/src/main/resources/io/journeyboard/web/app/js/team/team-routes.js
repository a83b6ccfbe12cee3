// The screens of accounts and teams, added to the app's routes: sign-up and invitations (reached
// signed out), a workspace's members, the profile.

import { showSignUp } from './sign-up.js';
import { showInvitation } from './invitation.js';
import { showMembers } from './members.js';
import { showProfile } from './profile.js';

/** Paths that open without a session. */
export function isPublicPath(path) {
  return path === '/sign-in' || path === '/sign-up' || path.startsWith('/invitation/');
}

/** account: {user(), signedIn(user)}: the app's signed-in user and how to tell it about a new one. */
export function registerTeamRoutes(route, account) {
  route('/sign-up', (root) => showSignUp(root, account.signedIn));
  route('/invitation/:token', (root, p) => showInvitation(root, p, account.signedIn));
  route('/w/:workspaceId/members', (root, p) => showMembers(root, p, account.user()));
  route('/profile', (root) => showProfile(root, account.user(), account.signedIn));
}
