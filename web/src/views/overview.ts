// The first view: filters, the map (shaded départements, points, time slider replaying the spread), the monthly timeline, the incident list.
import { api, totalText, type Departement, type Facets, type IncidentItem, type Page, type Stats } from '../api.js';
import { fmt, h, s } from '../dom.js';
import { activeFilters, filterQuery, filtersFrom, type Filters } from '../filters.js';
import { createMap, shadeValue, type MapPoint, type Shading } from '../map.js';
import { go, link, type Route } from '../router.js';

const PAGE = 25;
/** Below this width the filters start folded, so the map is on the first screen (matches the CSS breakpoint). */
const NARROW = '(max-width: 760px)';
/** Points drawn on the first view: enough to see hotspots, few enough to draw at once on a phone. */
const MAP_POINTS = 3000;
const PLAY_STEP_MS = 450;
const SORTS: Array<[string, string]> = [['-date', 'Newest first'], ['date', 'Oldest first'], ['-killed', 'Most killed'], ['-sources', 'Most sources']];

let cached: { deps: Departement[]; facets: Facets } | null = null;

const LAST_VISIT_KEY = 'vigie.lastVisit';

/**
 * When this browser last opened the dashboard, read once per page load (the time of this visit is stored for the
 * next one). Null on a first visit, or where the browser keeps no storage.
 */
const previousVisit: string | null = (() => {
  try {
    const before = localStorage.getItem(LAST_VISIT_KEY);
    localStorage.setItem(LAST_VISIT_KEY, new Date().toISOString());
    return before && !Number.isNaN(Date.parse(before)) ? before : null;
  } catch {
    return null;
  }
})();

/** "N incidents new since your last visit", with a link to them; or, when showing them, a way back to all. */
async function newSinceBanner(filters: Filters, route: Route): Promise<HTMLElement | null> {
  if (filters.since) {
    const all = new URLSearchParams(route.params);
    all.delete('since');
    return h('p', { class: 'new-since', role: 'status' }, `Showing incidents with a source stored since ${new Date(filters.since).toLocaleString()}. `, h('a', { href: link([], all) }, 'Show all incidents'));
  }
  if (!previousVisit) return null;
  const fresh = await api<Page<IncidentItem>>('incidents', { since: previousVisit, limit: 1 });
  if (fresh.total === 0) return null;
  const only = new URLSearchParams(route.params);
  only.set('since', previousVisit);
  only.delete('offset');
  only.delete('cursor');
  return h(
    'p',
    { class: 'new-since', role: 'status' },
    `${fresh.total_exact === false ? `More than ${fmt.num(fresh.total)} incidents` : fmt.count(fresh.total, 'incident')} new or updated since your last visit (${new Date(previousVisit).toLocaleString()}). `,
    h('a', { href: link([], only) }, 'Show them'),
  );
}

function monthEnd(month: string): string {
  return month; // the API reads "YYYY-MM" as the whole month
}

export async function renderOverview(root: HTMLElement, route: Route): Promise<void> {
  const filters = filtersFrom(route.params);
  const sort = route.params.get('sort') ?? '-date';
  const offset = Math.max(0, Number(route.params.get('offset') ?? 0) || 0);
  // "Next" carries the list's cursor (the API reads on from there: a deep page costs what the first does); the
  // offset beside it then only numbers the rows shown. Without a cursor (a link, "Previous") the offset is asked.
  const cursor = route.params.get('cursor');
  const shading: Shading = route.params.get('shade') === 'rate' ? 'rate' : 'incidents';
  cached ??= await Promise.all([api<{ items: Departement[] }>('departements'), api<Facets>('facets')]).then(([d, f]) => ({ deps: d.items, facets: f }));
  const { deps, facets } = cached!;
  const q = filterQuery(filters);

  const setParams = (change: Record<string, string | string[] | null>) => {
    const p = new URLSearchParams(route.params);
    for (const [k, v] of Object.entries(change)) {
      p.delete(k);
      if (Array.isArray(v)) v.forEach((x) => p.append(k, x));
      else if (v !== null && v !== '') p.set(k, v);
    }
    if (!('offset' in change)) p.delete('offset');
    if (!('cursor' in change)) p.delete('cursor');
    go([], p);
  };

  // --- filters form
  const form = renderFilterForm(filters, deps, facets, (f) =>
    setParams({ type: f.type, from: f.from, to: f.to, departement: f.departement, commune: f.commune, region: f.region, q: f.q, min_sources: f.min_sources, has_conflicts: f.has_conflicts ? 'true' : null, since: f.since }),
  );

  // --- map
  const map = createMap(deps, (code) => setParams({ departement: filters.departement.includes(code) ? filters.departement.filter((c) => c !== code) : [code] }));
  const shadeToggle = h(
    'div',
    { class: 'toggle', role: 'group', 'aria-label': 'Shade départements by' },
    ...(['incidents', 'rate'] as const).map((v) =>
      h('button', { type: 'button', 'aria-pressed': String(shading === v), on: { click: () => setParams({ shade: v === 'rate' ? 'rate' : null, offset: String(offset), cursor }) } }, v === 'rate' ? 'per 100,000' : 'incidents'),
    ),
  );
  const months = withEmptyMonths(await api<Stats>('stats', { ...q, by: 'month' }));
  const monthKeys = months.rows.map((r) => r.key);
  const slider = h('input', { type: 'range', min: 0, max: monthKeys.length, value: monthKeys.length, step: 1, id: 'slider', 'aria-label': 'Show incidents up to month', disabled: monthKeys.length === 0 });
  const sliderLabel = h('output', { for: 'slider', class: 'slider-label' }, 'all dates');
  const play = h('button', { type: 'button', class: 'play', disabled: monthKeys.length === 0 }, '▶ Replay');
  let timer: number | null = null;
  let pending = 0;
  // The counts of the whole period under the filters: the colour classes are fixed to them, so that during the
  // replay a colour means the same count in every month (rescaled frame by frame, the first months looked as dark
  // as the last). Asked once; the slider's last position ("all dates") is the same request.
  let wholePeriod: Promise<Stats> | null = null;
  const whole = () => (wholePeriod ??= api<Stats>('stats', { ...q, by: 'departement' }));
  const drawMap = async () => {
    const i = Number(slider.value);
    const upTo = i >= monthKeys.length ? null : monthKeys[i];
    sliderLabel.textContent = upTo ? `up to ${upTo}` : 'all dates';
    const mq = upTo ? { ...q, to: q.to && String(q.to) < upTo ? q.to : monthEnd(upTo) } : q;
    const ticket = ++pending;
    const [byDep, pts, full] = await Promise.all([
      upTo ? api<Stats>('stats', { ...mq, by: 'departement' }) : whole(),
      api<{ total: number; total_exact?: boolean; truncated: boolean; points: Array<[string, number, number, string, string | null, number | null, string | null]> }>('incidents/points', { ...mq, limit: MAP_POINTS }),
      whole(),
    ]);
    if (ticket !== pending) return; // a newer slider position already asked
    const points: MapPoint[] = pts.points.map(([id, lat, lon, type, date, killed, departement]) => ({ id, lat, lon, type, date, killed, departement }));
    map.update(
      byDep.rows,
      shading,
      points,
      `${fmt.count(byDep.total.incidents, 'incident')}, ${fmt.num(byDep.total.killed)} killed` +
        (pts.truncated ? ` · ${fmt.num(points.length)} of ${totalText(pts, fmt.num)} located incidents drawn (deadliest first)` : ''),
      Math.max(0, ...full.rows.map((r) => shadeValue(r, shading) ?? 0)),
    );
  };
  slider.addEventListener('input', () => void drawMap());
  play.addEventListener('click', () => {
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
      play.textContent = '▶ Replay';
      return;
    }
    slider.value = '0';
    play.textContent = '❚❚ Pause';
    void drawMap();
    timer = window.setInterval(() => {
      const next = Number(slider.value) + 1;
      slider.value = String(next);
      void drawMap();
      if (next >= monthKeys.length && timer !== null) {
        window.clearInterval(timer);
        timer = null;
        play.textContent = '▶ Replay';
      }
    }, PLAY_STEP_MS);
  });
  window.addEventListener('hashchange', () => timer !== null && window.clearInterval(timer), { once: true });

  // --- list
  const list = h('section', { class: 'list', 'aria-labelledby': 'list-title' });
  const asked = await api<Omit<Page<IncidentItem>, 'offset'> & { offset: number | null }>('incidents', cursor ? { ...q, sort, limit: PAGE, cursor } : { ...q, sort, limit: PAGE, offset });
  const page: Page<IncidentItem> = { ...asked, offset: asked.offset ?? offset };
  const banner = await newSinceBanner(filters, route);

  root.dataset.title = 'Map & incidents';
  root.replaceChildren(
    h('h1', { class: 'visually-hidden' }, 'Drug-trafficking violence in France: map and incidents'),
    ...(banner ? [banner] : []),
    h('div', { class: 'overview' },
      filterPanel(form, activeFilters(filters)),
      h('div', { class: 'panels' },
        h('section', { class: 'map-panel', 'aria-labelledby': 'map-title' },
          h('div', { class: 'panel-head' }, h('h2', { id: 'map-title' }, 'Where'), shadeToggle),
          map.element,
          h('div', { class: 'slider-row' }, play, slider, sliderLabel)),
        h('section', { class: 'timeline', 'aria-labelledby': 'tl-title' }, h('h2', { id: 'tl-title' }, 'Incidents and deaths by month'), renderTimeline(months)),
        list)),
  );
  const emptyText = facets.counts.incidents === 0
    ? 'This database holds no incident yet: add articles with "vigie ingest", then reload.'
    : 'No incident matches the filters.';
  renderList(list, page, sort, emptyText, (p) => setParams(p));
  await drawMap();
}

/** The filters in a panel that folds: open on a wide screen, folded on a phone (its summary says how many are set). */
function filterPanel(form: HTMLFormElement, active: number): HTMLElement {
  const open = !window.matchMedia(NARROW).matches;
  return h('details', { class: 'filters', open },
    h('summary', {}, h('h2', {}, 'Filters'), active ? h('span', { class: 'badge' }, `${active} active`) : null),
    form);
}

function renderFilterForm(f: Filters, deps: Departement[], facets: Facets, submit: (f: Filters) => void): HTMLFormElement {
  const types = facets.types.map((t) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: t.type, checked: f.type.includes(t.type) }), ` ${fmt.type(t.type)} (${fmt.num(t.n)})`),
  );
  // The 101 départements; the overseas collectivités the gazetteer also knows (Saint-Martin, Nouvelle-Calédonie…)
  // only when they hold incidents or are chosen: otherwise their long names would only widen the list.
  const listed = deps.filter((d) => /^([0-9]{2}|2[AB]|97[1-6])$/.test(d.code) || d.incidents > 0 || f.departement.includes(d.code));
  const dep = h('select', { name: 'departement', id: 'f-dep' }, h('option', { value: '' }, 'All départements'),
    ...listed.map((d) => h('option', { value: d.code, selected: f.departement.includes(d.code) }, `${d.code} ${d.name}${d.incidents ? ` (${d.incidents})` : ''}`)));
  const region = h('select', { name: 'region', id: 'f-region' }, h('option', { value: '' }, 'All régions'),
    ...facets.regions.map((r) => h('option', { value: r.region, selected: f.region === r.region }, `${r.region} (${r.n})`)));
  const form = h('form', { class: 'filter-form', role: 'search' },
    h('label', { for: 'f-q' }, 'Text'), h('input', { id: 'f-q', name: 'q', type: 'search', value: f.q, placeholder: 'words in the sources' }),
    types.length ? h('fieldset', {}, h('legend', {}, 'Type'), ...types) : null,
    h('label', { for: 'f-from' }, 'From'), h('input', { id: 'f-from', name: 'from', type: 'text', inputmode: 'numeric', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: f.from }),
    h('label', { for: 'f-to' }, 'To'), h('input', { id: 'f-to', name: 'to', type: 'text', inputmode: 'numeric', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: f.to }),
    h('label', { for: 'f-dep' }, 'Département'), dep,
    h('label', { for: 'f-commune' }, 'Commune (INSEE code)'),
    h('input', { id: 'f-commune', name: 'commune', type: 'text', inputmode: 'numeric', placeholder: 'e.g. 13055 (all of Marseille)', pattern: '[0-9][0-9AB][0-9]{3}', value: f.commune }),
    h('label', { for: 'f-region' }, 'Région'), region,
    h('label', { for: 'f-src' }, 'Minimum sources'), h('input', { id: 'f-src', name: 'min_sources', type: 'number', min: 1, max: 50, value: f.min_sources }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'has_conflicts', checked: f.has_conflicts }), ' sources disagree'),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: '#/', class: 'button secondary' }, 'Reset')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const str = (k: string) => String(data.get(k) ?? '').trim();
    submit({
      type: data.getAll('type').map(String),
      from: str('from'),
      to: str('to'),
      departement: str('departement') ? [str('departement')] : [],
      commune: str('commune').toUpperCase(),
      region: str('region'),
      q: str('q'),
      min_sources: str('min_sources'),
      has_conflicts: data.get('has_conflicts') !== null,
      // The form has no field for it: a "new since" view keeps it through a change of the other filters.
      since: f.since,
    });
  });
  return form;
}

/** Longest span of months drawn month by month; beyond it the months without incidents are not added. */
const MAX_FILLED_MONTHS = 600;

/** "YYYY-MM" → the next month. */
function nextMonth(key: string): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The monthly counts with the months between that had no incident added as zeros: a gap must look like one. */
function withEmptyMonths(months: Stats): Stats {
  const rows = months.rows;
  if (rows.length < 2) return months;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const filled: Stats['rows'] = [];
  for (let k = rows[0].key; k <= rows[rows.length - 1].key; k = nextMonth(k)) {
    if (filled.length > MAX_FILLED_MONTHS) return months;
    filled.push(byKey.get(k) ?? { key: k, label: k, incidents: 0, killed: 0, injured: 0 });
  }
  return { ...months, rows: filled };
}

/** Widest slot a month gets: a few months (or one) are drawn as bars of a month's width, not stretched over the chart. */
const MAX_SLOT = 64;

/** Axis labels: every month's "YYYY-MM" when there is room, otherwise the years at January, never crowded. */
function timelineTicks(rows: Stats['rows'], x: (i: number) => number, width: number, slot: number): Element[] {
  const MIN_GAP = 48;
  const monthly = MIN_GAP / slot <= 1.5;
  const step = monthly ? Math.max(1, Math.ceil(MIN_GAP / slot)) : 1;
  const out: Element[] = [];
  let last = -Infinity;
  rows.forEach((r, i) => {
    const wanted = monthly ? i % step === 0 : i === 0 || r.key.endsWith('-01');
    // A label must fit before the right edge, and not run into the previous one.
    if (!wanted || x(i) - last < (monthly ? MIN_GAP : 30) || x(i) + (monthly ? MIN_GAP : 30) > width + 18) return;
    last = x(i);
    out.push(s('text', { x: x(i).toFixed(1), y: 156, class: 'tick' }, monthly ? r.key : r.key.slice(0, 4)));
  });
  return out;
}

function renderTimeline(months: Stats): Element {
  const rows = months.rows;
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No dated incident matches the filters.');
  // The drawing is as wide as the screen shows it (up to 800), so its labels stay at their real size on a phone.
  const W = Math.round(Math.max(320, Math.min(800, (document.getElementById('main')?.clientWidth ?? 800) - 48)));
  const H = 160, pad = 18;
  // Each month has a slot of at most MAX_SLOT, and the slots are centred: one month is one bar of a month's width.
  const slot = Math.min((W - pad) / rows.length, MAX_SLOT);
  const x0 = pad + (W - pad - slot * rows.length) / 2;
  const x = (i: number) => x0 + i * slot;
  const maxI = Math.max(1, ...rows.map((r) => r.incidents));
  const peakK = Math.max(0, ...rows.map((r) => r.killed));
  const maxK = Math.max(1, peakK);
  const y = (v: number, max: number) => H - pad - (v / max) * (H - 2 * pad);
  const monthText = (r: Stats['rows'][number]) => `${r.key}: ${fmt.count(r.incidents, 'incident')}, ${fmt.num(r.killed)} killed`;
  // Empty months keep their slot on the axis but draw no bar.
  const bars = rows.flatMap((r, i) => r.incidents === 0 ? [] : [
    s('rect', { x: x(i).toFixed(2), y: y(r.incidents, maxI).toFixed(1), width: Math.max(0.5, slot - 1).toFixed(2), height: (H - pad - y(r.incidents, maxI)).toFixed(1), class: 'bar' },
      s('title', {}, monthText(r))),
  ]);
  const mid = (i: number) => (x(i) + slot / 2).toFixed(1);
  const line = s('polyline', { class: 'deaths', points: rows.map((r, i) => `${mid(i)},${y(r.killed, maxK).toFixed(1)}`).join(' ') });
  // A line needs two months: the months with deaths are also dots while the slots are wide enough to hold one, and
  // a single month always has its dot (its line would be a lone point, drawn as nothing).
  const dots = rows.length === 1 || slot >= 8
    ? rows.flatMap((r, i) => (rows.length === 1 || r.killed > 0
      ? [s('circle', { class: 'deaths-pt', cx: mid(i), cy: y(r.killed, maxK).toFixed(1), r: 3 }, s('title', {}, monthText(r)))]
      : []))
    : [];
  const ticks = timelineTicks(rows, x, W - pad, slot);
  const span = rows.length === 1 ? `in ${rows[0].key}` : `per month from ${rows[0].key} to ${rows[rows.length - 1].key}`;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `Incidents ${span}; peak ${fmt.count(maxI, 'incident')}, ${fmt.count(peakK, 'death')}` }, ...bars, line, ...dots, ...ticks);
  const table = h('details', {}, h('summary', {}, 'As a table'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Month'), h('th', {}, 'Incidents'), h('th', {}, 'Killed'))),
      h('tbody', {}, ...rows.filter((r) => r.incidents > 0).map((r) => h('tr', {}, h('td', {}, r.key), h('td', {}, r.incidents), h('td', {}, r.killed))))));
  // No y axis: the legend gives each series' peak, which is what the bar and line heights are scaled to.
  return h('div', {}, h('p', { class: 'chart-legend' },
    h('span', { class: 'key-bar' }, `incidents (highest bar: ${fmt.num(maxI)})`), ' ',
    h('span', { class: 'key-line' }, `deaths (line, peak: ${fmt.num(peakK)})`)), svg, table);
}

function renderList(section: HTMLElement, page: Page<IncidentItem>, sort: string, emptyText: string, setParams: (p: Record<string, string | null>) => void): void {
  const sortSelect = h('select', { id: 'sort', 'aria-label': 'Sort incidents' }, ...SORTS.map(([v, label]) => h('option', { value: v, selected: v === sort }, label)));
  sortSelect.addEventListener('change', () => setParams({ sort: sortSelect.value }));
  const rows = page.items.map((i) =>
    h('tr', {},
      h('td', {}, h('a', { href: link(['incident', i.id]) }, i.date ?? 'undated')),
      h('td', {}, fmt.type(i.type)),
      h('td', { class: 'place' }, fmt.text(i.place_name), i.departement ? h('span', { class: 'muted' }, ` (${i.departement})`) : null),
      h('td', { class: 'num' }, fmt.num(i.killed)),
      h('td', { class: 'num' }, fmt.num(i.injured)),
      h('td', { class: 'num' }, i.sources),
      h('td', {}, i.conflicts ? h('span', { class: 'badge conflicting' }, `${i.conflicts} conflict${i.conflicts > 1 ? 's' : ''}`) : ''),
    ),
  );
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  section.replaceChildren(
    h('div', { class: 'panel-head' }, h('h2', { id: 'list-title' }, `Incidents (${totalText(page, fmt.num)})`), sortSelect),
    page.items.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'incidents' },
          h('thead', {}, h('tr', {}, ...['Date', 'Type', 'Place', 'Killed', 'Injured', 'Sources', ''].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, ...rows)))
      : h('p', { class: 'empty' }, emptyText),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', { type: 'button', disabled: page.offset === 0, on: { click: () => setParams({ offset: String(Math.max(0, page.offset - page.limit)) }) } }, '← Previous'),
      h('span', {}, `${from}–${to} of ${totalText(page, fmt.num)}`),
      h('button', { type: 'button', disabled: !page.next, on: { click: () => setParams({ offset: String(page.offset + page.limit), cursor: page.next ?? null }) } }, 'Next →')),
  );
}
