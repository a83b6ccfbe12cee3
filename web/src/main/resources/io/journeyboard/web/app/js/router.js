// Hash routes (#/w/ws-1/j/journey-2/board), so the server only has to serve index.html.

const routes = [];

/** pattern like '/w/:workspace/j/:journey'; show(root, params) may return a cleanup function. */
export function route(pattern, show) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
  routes.push({ regex, names, show });
}

export function navigate(path) {
  if (location.hash === `#${path}`) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = path;
}

export function currentPath() {
  return location.hash.replace(/^#/, '') || '/';
}

/** Finds the route of the current hash: {show, params} or null; params.query holds what follows a '?'. */
export function match(path) {
  const [bare, search = ''] = path.split('?');
  for (const { regex, names, show } of routes) {
    const found = regex.exec(bare);
    if (found) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { show, params: { ...params, query: Object.fromEntries(new URLSearchParams(search)) } };
    }
  }
  return null;
}
