// Hash routes ("#/incident/inc:e12?x=y"): the dashboard is one static page, every view has a shareable address.

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query ?? '') };
}

export function link(path: string[], params?: URLSearchParams | Record<string, string>): string {
  const q = params instanceof URLSearchParams ? params.toString() : new URLSearchParams(params ?? {}).toString();
  return `#/${path.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

export function go(path: string[], params?: URLSearchParams | Record<string, string>): void {
  location.hash = link(path, params);
}
