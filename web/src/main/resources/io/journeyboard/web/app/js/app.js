// Starts the app: checks the session, then shows the screen of the current address.

import * as api from './api.js';
import { el, replace } from './dom.js';
import { route, match, currentPath, navigate } from './router.js';
import { showSignIn } from './home/sign-in.js';
import { showHome } from './home/home.js';
import { showEditor } from './editor/editor.js';
import { showBoard } from './board/board.js';
import { showHistory } from './history/history.js';
import { showPersona } from './persona/persona-editor.js';
import { showInsights } from './insights/insights.js';
import { showAnalytics } from './analytics/analytics.js';
import { showDatasets } from './living/datasets.js';
import { showExplore } from './explore/explore.js';
import { topBar } from './home/top-bar.js';
import { registerTeamRoutes, isPublicPath } from './team/team-routes.js';
import { noWorkspace } from './team/workspace-switcher.js';
import { clearToasts } from './ui/toast.js';
import { showEvidenceLibrary } from './evidence/evidence-library.js';
import { showStates } from './states/state-compare.js';
import { showWorkspaceBoard } from './board/workspace-board.js';

const main = document.getElementById('main');
const header = document.getElementById('top');
let user = null;
let cleanup = null;

route('/sign-in', (root) => showSignIn(root, (signedIn) => { user = signedIn; navigate('/'); }));
route('/', async () => {
  const list = await api.workspaces();
  if (list.length) navigate(`/w/${list[0].id}`);
  else noWorkspace(main);
});
route('/w/:workspaceId', (root, p) => showHome(root, p));
route('/w/:workspaceId/j/:journeyId', (root, p) => showEditor(root, p));
route('/w/:workspaceId/j/:journeyId/board', (root, p) => showBoard(root, p));
route('/w/:workspaceId/j/:journeyId/history', (root, p) => showHistory(root, p));
route('/w/:workspaceId/j/:journeyId/insights', (root, p) => showInsights(root, p));
route('/w/:workspaceId/j/:journeyId/analytics', (root, p) => showAnalytics(root, p));
route('/w/:workspaceId/j/:journeyId/explore', (root, p) => showExplore(root, p));
route('/w/:workspaceId/p/:personaId', (root, p) => showPersona(root, p));
registerTeamRoutes(route, { user: () => user, signedIn: (signedIn) => { user = signedIn; } });
route('/w/:workspaceId/data', (root, p) => showDatasets(root, p));
// the evidence library and a journey's current and future state side by side (issue 14)
route('/w/:workspaceId/evidence', (root, p) => showEvidenceLibrary(root, p));
route('/w/:workspaceId/evidence/:evidenceId', (root, p) => showEvidenceLibrary(root, p));
route('/w/:workspaceId/j/:journeyId/states', (root, p) => showStates(root, p));
// every journey's opportunities on one board (issue 14)
route('/w/:workspaceId/board', (root, p) => showWorkspaceBoard(root, p));

async function show() {
  const path = currentPath();
  if (!user && !isPublicPath(path)) {
    try {
      user = await api.me();
    } catch (error) {
      if (error.status === 401) { navigate('/sign-in'); return; }
      throw error;
    }
  }
  await cleanup?.();
  cleanup = null;
  clearToasts();
  replace(header, isPublicPath(path) ? [] : topBar(user, path, async () => { await api.signOut(); user = null; navigate('/sign-in'); }));
  const found = match(path);
  if (!found) {
    replace(main, el('div', { class: 'empty' }, el('h1', {}, 'Nothing here'), el('a', { href: '#/' }, 'Go to your workspace')));
    return;
  }
  try {
    cleanup = await found.show(main, found.params);
    focusScreen();
  } catch (error) {
    if (error.status === 401) { user = null; navigate('/sign-in'); return; }
    replace(main, el('div', { class: 'empty', role: 'alert' }, el('h1', {}, 'This page could not be opened'),
      el('p', {}, error instanceof api.ApiError ? error.explain() : String(error.message || error)),
      el('a', { href: '#/' }, 'Back to your workspace')));
  }
}

// A screen that did not place the focus itself gets it on its heading, so it never stays on the body.
function focusScreen() {
  if (main.contains(document.activeElement)) return;
  const heading = main.querySelector('h1');
  if (heading) heading.tabIndex = -1;
  (heading || main).focus({ preventScroll: true });
}

window.addEventListener('hashchange', show);
show();
