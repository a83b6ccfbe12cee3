// Every call the web app makes to the server (docs/openapi.yaml), in one place. Writes carry the
// session's CSRF token; journey writes carry If-Match with the version they were made from.

const BASE = '/api/v1';
let csrfToken = null;

/** A refused request: the RFC 9457 problem the server answered, with its status. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `request failed with status ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** "where: message" lines of a 400 (where is a path into the document, or a line and column of a file), or the detail. */
  explain() {
    const errors = this.problem.errors || [];
    if (!errors.length) return this.message;
    // a refused batch of events names line, column and reason; a document names a path
    return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : `line ${e.line}, ${e.column}: ${e.reason}; ${e.fix}`)).join('\n');
  }
}

async function request(method, path, { body, version } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const response = await fetch(BASE + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, version: versionOf(response) };
}

function versionOf(response) {
  const tag = response.headers.get('ETag');
  return tag ? Number(tag.replace(/^W\//, '').replace(/"/g, '')) : undefined;
}

const data = async (promise) => (await promise).data;
const ws = (workspaceId) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const jr = (workspaceId, journeyId) => `${ws(workspaceId)}/journeys/${encodeURIComponent(journeyId)}`;

// Accounts

export async function me() {
  const result = await data(request('GET', '/me'));
  csrfToken = result.csrfToken;
  return result.user;
}

export async function signIn(email, password) {
  const result = await data(request('POST', '/auth/sign-in', { body: { email, password } }));
  csrfToken = result.csrfToken;
  return result.user;
}

export async function signOut() {
  await request('POST', '/auth/sign-out');
  csrfToken = null;
}

// Workspaces, personas

export const workspaces = () => data(request('GET', '/workspaces'));
export const workspace = (workspaceId) => data(request('GET', ws(workspaceId)));
export const evidence = (workspaceId) => data(request('GET', `${ws(workspaceId)}/evidence`));
export const personas = (workspaceId) => data(request('GET', `${ws(workspaceId)}/personas`));
export const createPersona = (workspaceId, persona) => data(request('POST', `${ws(workspaceId)}/personas`, { body: persona }));
export const savePersona = (workspaceId, persona) =>
  data(request('PUT', `${ws(workspaceId)}/personas/${encodeURIComponent(persona.id)}`, { body: persona }));
export const deletePersona = (workspaceId, personaId) =>
  request('DELETE', `${ws(workspaceId)}/personas/${encodeURIComponent(personaId)}`);

// Journeys

export const journeys = (workspaceId) => data(request('GET', `${ws(workspaceId)}/journeys`));

/** {journey, version} */
export async function journey(workspaceId, journeyId) {
  const { data: document, version } = await request('GET', jr(workspaceId, journeyId));
  return { journey: document, version };
}

/** {journey, version}; rejects with status 409 when version is no longer the current one. */
export async function saveJourney(workspaceId, document, version) {
  const result = await request('PUT', jr(workspaceId, document.id), { body: document, version });
  return { journey: result.data, version: result.version };
}

export async function createJourney(workspaceId, document) {
  const result = await request('POST', `${ws(workspaceId)}/journeys`, { body: document });
  return { journey: result.data, version: result.version };
}

// History

export const versions = (workspaceId, journeyId) => data(request('GET', `${jr(workspaceId, journeyId)}/versions`));
export const version = (workspaceId, journeyId, number) => data(request('GET', `${jr(workspaceId, journeyId)}/versions/${number}`));

/** Names a version ("before workshop"); an empty name takes it away. */
export const nameVersion = (workspaceId, journeyId, number, name) =>
  data(request('PATCH', `${jr(workspaceId, journeyId)}/versions/${number}`, { body: { name } }));

export async function restoreVersion(workspaceId, journeyId, number, currentVersion) {
  const result = await request('POST', `${jr(workspaceId, journeyId)}/versions/${number}/restore`, { version: currentVersion });
  return { journey: result.data, version: result.version };
}

// Templates

export const templates = () => data(request('GET', '/templates'));

/** Adds a template's journey (with its personas and evidence) to the workspace; answers the journeys created. */
export const useTemplate = (workspaceId, templateName) =>
  data(request('POST', `${ws(workspaceId)}/templates/${encodeURIComponent(templateName)}`));

// Comments

export const comments = (workspaceId, journeyId) => data(request('GET', `${jr(workspaceId, journeyId)}/comments`));
export const addComment = (workspaceId, journeyId, anchor, body) =>
  data(request('POST', `${jr(workspaceId, journeyId)}/comments`, { body: { anchor, body } }));
export const resolveComment = (workspaceId, journeyId, commentId, resolved) =>
  data(request('PATCH', `${jr(workspaceId, journeyId)}/comments/${commentId}`, { body: { resolved } }));

// Insights from feedback (docs/insights.md): an upload is analysed as a background job

/** Sends a file as the body of a POST (its name and the other parameters in the query): the answer's JSON. */
async function upload(path, file, parameters) {
  const query = new URLSearchParams({ file: file.name });
  for (const [name, value] of Object.entries(parameters)) if (value) query.set(name, value);
  const response = await fetch(`${BASE}${path}?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': csrfToken },
    body: file,
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}

/** Uploads a feedback file (a File) and starts its analysis; columns maps fields to headers ({text: 'comment'}). */
export const startInsights = (workspaceId, journeyId, file, columns = {}) =>
  upload(`${jr(workspaceId, journeyId)}/insights/jobs`, file, columns);

/**
 * Follows a job's progress events until it finishes: onProgress(job) on each, then resolves with the
 * job and its report, or rejects with why it failed. Falls back to asking every half second when the
 * stream breaks (a proxy that buffers, a lost connection).
 */
export function followInsights(workspaceId, journeyId, jobId, onProgress) {
  const path = `${jr(workspaceId, journeyId)}/insights/jobs/${encodeURIComponent(jobId)}`;
  return new Promise((resolve, reject) => {
    const finish = (job) => (job.state === 'done' ? resolve(job) : reject(new Error(job.error || 'the analysis failed')));
    const poll = async () => {
      try {
        const job = await data(request('GET', path));
        if (job.state === 'done' || job.state === 'failed') finish(job);
        else { onProgress(job); setTimeout(poll, 500); }
      } catch (error) {
        reject(error);
      }
    };
    const events = new EventSource(`${BASE}${path}/events`);
    events.addEventListener('progress', (event) => onProgress(JSON.parse(event.data)));
    for (const name of ['done', 'failed']) {
      events.addEventListener(name, (event) => { events.close(); finish(JSON.parse(event.data)); });
    }
    events.onerror = () => { events.close(); poll(); };
  });
}

/** Adds the chosen suggestions (ids) as cards with their evidence, edits (id → {title, stepId, severity}) applied first. */
export async function acceptInsights(workspaceId, journeyId, jobId, suggestionIds, currentVersion, edits = {}) {
  const accept = encodeURIComponent(suggestionIds.join(','));
  const result = await request('POST', `${jr(workspaceId, journeyId)}/insights/jobs/${encodeURIComponent(jobId)}/accept?accept=${accept}`,
    { version: currentVersion, body: Object.keys(edits).length ? { edits } : undefined });
  return { journey: result.data, version: result.version };
}

/** The sub-themes of one theme of a finished job: {theme, name, size, splittable, reason?, subThemes[]}. */
export const insightSubThemes = (workspaceId, journeyId, jobId, themeId) => data(request('GET',
  `${jr(workspaceId, journeyId)}/insights/jobs/${encodeURIComponent(jobId)}/themes/${encodeURIComponent(themeId)}/subthemes`));

// Analytics (docs/analytics-report.md): an event log analysed with the journey's stages as the funnel

/** {file, funnelFromJourney, note?, report, svg}; options map roles to columns ({case: 'ticket'}) and may say on-error. */
export const analyseLog = (workspaceId, journeyId, file, options = {}) =>
  upload(`${jr(workspaceId, journeyId)}/analytics`, file, options);

// For the feature folders' own API modules (team/, share/, transfer/...): one call answering its JSON

export const call = (method, path, body) => data(request(method, path, { body }));

/** A journey write from a feature folder: sends If-Match with version; answers {data, version} (the new ETag). */
export const callVersioned = (method, path, body, version) => request(method, path, { body, version });

/** A POST that opens a session (sign-up, sign-up through an invitation): the user; later writes carry its CSRF token. */
export async function startSession(path, body) {
  const result = await data(request('POST', path, { body }));
  csrfToken = result.csrfToken;
  return result.user;
}

// Event datasets and the living map (docs/living-map.md)

export const datasets = (workspaceId) => data(request('GET', `${ws(workspaceId)}/datasets`));
export const dataset = (workspaceId, datasetId) =>
  data(request('GET', `${ws(workspaceId)}/datasets/${encodeURIComponent(datasetId)}`));
/** Uploads an event file (a File) as a new dataset named name. */
export const createDataset = (workspaceId, name, file) => upload(`${ws(workspaceId)}/datasets`, file, { name });
export const deleteDataset = (workspaceId, datasetId) =>
  data(request('DELETE', `${ws(workspaceId)}/datasets/${encodeURIComponent(datasetId)}`));
/** The measured lane of a journey on a dataset: {loading, dataset, lane, note}. */
export const measuredLane = (workspaceId, journeyId, datasetId) =>
  data(request('GET', `${jr(workspaceId, journeyId)}/lane?dataset=${encodeURIComponent(datasetId)}`));
/** For every step, the dataset's activities named most like it, with a confidence: {steps: [{stepId, candidates}]}. */
export const bindingSuggestions = (workspaceId, journeyId, datasetId) =>
  data(request('GET', `${jr(workspaceId, journeyId)}/binding-suggestions?dataset=${encodeURIComponent(datasetId)}`));
// Exploring an event log held in the server's memory (docs/explorer.md)

const explored = (workspaceId) => `${ws(workspaceId)}/explore/logs`;
export const exploreUpload = (workspaceId, file, options = {}) => upload(explored(workspaceId), file, options);
export const exploredLogs = (workspaceId) => data(request('GET', explored(workspaceId)));
export const exploredLog = (workspaceId, logId) =>
  data(request('GET', `${explored(workspaceId)}/${encodeURIComponent(logId)}`));
const exploredDatasetPath = (workspaceId, datasetId) =>
  `${ws(workspaceId)}/explore/datasets/${encodeURIComponent(datasetId)}`;
/** A stored dataset as it is now, described like an uploaded log; its overview's `dataset` is where questions go. */
export const exploredDataset = (workspaceId, datasetId) =>
  data(request('GET', exploredDatasetPath(workspaceId, datasetId)));
/**
 * Asks a question of an explored log (an overview from exploreUpload, exploredLog or exploredDataset). view:
 * funnel, drop-off, drivers, paths, process-map or variants; query: its JSON (docs/openapi.yaml).
 */
export const explore = (workspaceId, overview, view, query) => data(request('POST', `${overview.dataset
  ? exploredDatasetPath(workspaceId, overview.dataset) : `${explored(workspaceId)}/${encodeURIComponent(overview.id)}`}/${view}`,
{ body: query }));

/** Sends a File as a request body (its name in the query): the answer's JSON and the ETag's version. */
export async function sendFile(path, file, { contentType, version } = {}) {
  const headers = { Accept: 'application/json', 'Content-Type': contentType || file.type || 'application/octet-stream' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  const response = await fetch(`${BASE}${path}`, { method: 'POST', credentials: 'same-origin', headers, body: file });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, answer);
  return { data: answer, version: versionOf(response) };
}
