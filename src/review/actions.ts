// Review actions: what a person may do to the machine's output. Each one checks its input, records a correction
// (anchored to what it is about, see anchors.ts) and applies the corrections again, in one transaction.
import { VigieError } from '../core/errors.js';
import { EVENT_TYPES, type PlacePrecision } from '../core/types.js';
import { reconcileStore } from '../pipeline/reconcile-store.js';
import { regionInfo, type CoordinateSource } from '../resolve/geo/index.js';
import { REVIEW_FIELDS, type ClaimGroup, type Incident, type ReviewField } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { anchorsOfEvents, claimAnchorOf, incidentAnchor } from './anchors.js';
import { applyCorrections, fieldValue, restoreMachine, type ApplySummary } from './apply.js';
import { getCorrection, insertCorrection, markUndone } from './corrections.js';
import type { Correction, EvidenceSpan, IncidentAnchor } from './types.js';

export const MAX_REASON = 2000;
const MAX_NAME = 200;
const MAX_LIST = 100;
const PLACE_PRECISIONS: PlacePrecision[] = ['arrondissement', 'commune', 'departement', 'region', 'country', 'area', 'unknown'];
const COORD_SOURCES: Exclude<CoordinateSource, null>[] = ['point', 'district_point', 'parent_point', 'departement_centroid', 'region_centroid', 'country_centroid'];
const ISO_DATE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

export interface ActionResult {
  correction: number;
  applied: ApplySummary;
  /** The incident the action leaves (merge: the merged one), when there is one. */
  incident: string | null;
}

function bad(message: string): never {
  throw new VigieError('bad_input', message);
}

function reasonOf(reason: unknown, required: boolean): string | null {
  if (reason === undefined || reason === null || reason === '') {
    if (required) bad('a reason is required for this action');
    return null;
  }
  if (typeof reason !== 'string') bad('reason must be text');
  if (reason.length > MAX_REASON) bad(`reason is longer than ${MAX_REASON} characters`);
  return reason;
}

async function anchorOrFail(store: Store, id: string): Promise<IncidentAnchor> {
  const a = await incidentAnchor(store, id);
  if (!a) throw new VigieError('not_found', `no incident ${id}`);
  return a;
}

async function incidentOrFail(store: Store, id: string): Promise<Incident> {
  const data = (await store.incidentData([id])).get(id);
  if (!data) throw new VigieError('not_found', `no incident ${id}`);
  return JSON.parse(data) as Incident;
}

function realDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function intOrNull(field: string, v: unknown, max: number): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) bad(`${field} must be a whole number from 0 to ${max}, or null`);
  return v;
}

function shortText(field: string, v: unknown, nullable: boolean): string | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_NAME) bad(`${field} must be text of 1 to ${MAX_NAME} characters`);
  return v.trim();
}

/**
 * A place's région as the machine's places name it (the région's name: filters and stats go by name), given as a
 * name or an INSEE code.
 */
function regionOf(v: unknown): string | null {
  if (v === null) return null;
  const r = typeof v === 'string' && v.length <= MAX_NAME ? regionInfo(v) : null;
  if (!r) bad('place.region must be the name or INSEE code of a French région, or null');
  return r.name;
}

/** How a place's coordinates were obtained, as geocoding says it (the map tells a point from a centroid by it). */
function coordSource(v: unknown): CoordinateSource {
  if (v === null) return null;
  if (typeof v !== 'string' || !(COORD_SOURCES as string[]).includes(v)) bad(`place.coord_source must be one of: ${COORD_SOURCES.join(', ')}, or null`);
  return v as CoordinateSource;
}

/** A field's new value, checked; throws a bad_input naming what is wrong. */
export function checkValue(field: ReviewField, v: unknown): unknown {
  switch (field) {
    case 'type':
      if (typeof v !== 'string' || !(EVENT_TYPES as readonly string[]).includes(v)) bad(`type must be one of: ${EVENT_TYPES.join(', ')}`);
      return v;
    case 'date': {
      if (v === null) return null;
      const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
      if (!m || !realDate(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1))) bad('date must be a date of the calendar written YYYY, YYYY-MM or YYYY-MM-DD, or null');
      return v;
    }
    case 'killed':
    case 'injured':
      return intOrNull(field, v, 100_000);
    case 'ages': {
      if (!Array.isArray(v) || v.length > MAX_LIST) bad(`ages must be a list of at most ${MAX_LIST} ages`);
      return v.map((a) => intOrNull('each age', a, 120) ?? bad('each age must be a whole number from 0 to 120'));
    }
    case 'actors': {
      if (!Array.isArray(v) || v.length > MAX_LIST) bad(`actors must be a list of at most ${MAX_LIST} names`);
      return v.map((a) => shortText('each actor', a, false));
    }
    case 'place': {
      if (v === null) return null;
      if (typeof v !== 'object' || Array.isArray(v)) bad('place must be an object (name, commune_insee, departement, region, country, lat, lon, precision) or null');
      const p = v as Record<string, unknown>;
      // A place as the API shows it (an incident's, or /api/places's) is taken back as it is, coord_source included.
      const allowed = ['name', 'commune_insee', 'departement', 'region', 'country', 'lat', 'lon', 'precision', 'population', 'coord_source'];
      for (const k of Object.keys(p)) if (!allowed.includes(k)) bad(`place has no field "${k.slice(0, 40)}"`);
      const coord = (k: string, lim: number): number | null => {
        const x = p[k] ?? null;
        if (x === null) return null;
        if (typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > lim) bad(`place.${k} must be a number from -${lim} to ${lim}, or null`);
        return x;
      };
      const code = (k: string, re: RegExp): string | null => {
        const x = p[k] ?? null;
        if (x === null) return null;
        if (typeof x !== 'string' || !re.test(x)) bad(`place.${k} is not a valid code`);
        return x;
      };
      const precision = p.precision ?? 'commune';
      if (!PLACE_PRECISIONS.includes(precision as PlacePrecision)) bad(`place.precision must be one of: ${PLACE_PRECISIONS.join(', ')}`);
      return {
        name: shortText('place.name', p.name ?? null, true),
        commune_insee: code('commune_insee', /^[0-9][0-9AB][0-9]{3}$/),
        departement: code('departement', /^(?:[0-9]{2,3}|2A|2B)$/),
        region: regionOf(p.region ?? null),
        country: shortText('place.country', p.country ?? null, true),
        lat: coord('lat', 90),
        lon: coord('lon', 180),
        precision,
        population: intOrNull('place.population', p.population ?? null, 100_000_000),
        ...('coord_source' in p ? { coord_source: coordSource(p.coord_source) } : {}),
      };
    }
  }
}

/** Evidence given as a story of a current document ("s12", as the API names stories) and offsets into its text. */
export interface EvidenceInput {
  story: string;
  start: number;
  end: number;
}

const STORY_ID = /^s([0-9]{1,15})$/;

async function checkEvidence(store: Store, inc: Incident, e: unknown): Promise<EvidenceSpan | null> {
  if (e === undefined || e === null) return null;
  const ev = e as Partial<EvidenceInput>;
  const m = typeof ev.story === 'string' ? STORY_ID.exec(ev.story) : null;
  if (!m) bad('evidence.story must be a story id such as "s12"');
  for (const k of ['start', 'end'] as const) {
    if (typeof ev[k] !== 'number' || !Number.isInteger(ev[k]) || (ev[k] as number) < 0) bad(`evidence.${k} must be a whole number`);
  }
  const story = await store.db
    .selectFrom('stories as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.idx', 's.text', 'd.identity', 'd.superseded_by'])
    .where('s.id', '=', Number(m[1]))
    .executeTakeFirst();
  if (!story || story.superseded_by !== null) bad(`evidence.story ${ev.story} is not a story of a current document`);
  // The supporting words must come from a report of this incident.
  const members = (await anchorsOfEvents(store, inc.events.map((x) => Number(x.slice(1))))).values();
  if (![...members].some((a) => a.doc === story.identity)) bad(`evidence.story ${ev.story} is not from a report of incident ${inc.id}`);
  const start = ev.start as number;
  const end = ev.end as number;
  if (end <= start || end > story.text.length || end - start > 1000) bad('evidence.start and evidence.end must select 1 to 1000 characters of the story');
  return { doc: story.identity, story: story.idx, start, end, text: story.text.slice(start, end) };
}

async function record(store: Store, c: Correction, user: string, reason: string | null, incident: string | null): Promise<ActionResult> {
  const id = await insertCorrection(store, c, user, reason);
  const applied = await applyCorrections(store);
  return { correction: id, applied, incident };
}

export function confirmIncident(store: Store, user: string, id: string, reason?: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, false);
    return record(tx, { action: 'confirm', target: { incident: await anchorOrFail(tx, id) }, payload: {} }, user, r, id);
  });
}

export function rejectIncident(store: Store, user: string, id: string, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, true);
    return record(tx, { action: 'reject', target: { incident: await anchorOrFail(tx, id) }, payload: {} }, user, r, id);
  });
}

export function editIncident(store: Store, user: string, id: string, input: { field: unknown; value: unknown; reason: unknown; evidence?: unknown }): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    if (typeof input.field !== 'string' || !(REVIEW_FIELDS as readonly string[]).includes(input.field)) bad(`field must be one of: ${REVIEW_FIELDS.join(', ')}`);
    const field = input.field as ReviewField;
    const r = reasonOf(input.reason, true);
    const after = checkValue(field, input.value);
    const inc = await incidentOrFail(tx, id);
    const evidence = await checkEvidence(tx, inc, input.evidence);
    const before = fieldValue(restoreMachine(inc), field);
    const anchor = await anchorOrFail(tx, id);
    return record(tx, { action: 'edit', target: { incident: anchor }, payload: { field, before, after, evidence } }, user, r, id);
  });
}

export function mergeIncidents(store: Store, user: string, id: string, other: string, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    if (id === other) bad('an incident cannot be merged with itself');
    const r = reasonOf(reason, true);
    const a = await anchorOrFail(tx, id);
    const b = await anchorOrFail(tx, other);
    const first = Number((await incidentOrFail(tx, id)).events[0].slice(1));
    const out = await record(tx, { action: 'merge', target: { incident: a, other: b }, payload: {} }, user, r, null);
    return { ...out, incident: [...(await tx.incidentsOfEvents([first]))][0] ?? null };
  });
}

export function moveReportOut(store: Store, user: string, id: string, event: string, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, true);
    const inc = await incidentOrFail(tx, id);
    if (!inc.events.includes(event)) bad(`event ${event.slice(0, 40)} is not a report of incident ${id}`);
    if (inc.events.length < 2) bad(`incident ${id} has only one report`);
    const ev = (await anchorsOfEvents(tx, [Number(event.slice(1))])).get(Number(event.slice(1)));
    if (!ev) throw new VigieError('not_found', `no event ${event}`);
    return record(tx, { action: 'move_out', target: { incident: await anchorOrFail(tx, id), event: ev }, payload: {} }, user, r, null);
  });
}

export function markFigureGroupingWrong(store: Store, user: string, groupId: string, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, true);
    const row = await tx.db.selectFrom('claim_groups').select('data').where('id', '=', groupId).executeTakeFirst();
    if (!row) throw new VigieError('not_found', `no figure group ${groupId}`);
    const g = JSON.parse(row.data) as ClaimGroup;
    if (g.claims.length < 2) bad(`figure group ${groupId} holds one figure: there is no grouping to undo`);
    const ids = g.claims.map((c) => Number(c.slice(1)));
    const rows = await tx.db
      .selectFrom('claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .select(['c.data', 'd.identity', 's.idx'])
      .where('c.id', 'in', ids)
      .execute();
    const claims = rows.map((x) => claimAnchorOf(x.data, x.identity, x.idx));
    return record(tx, { action: 'figure_grouping_wrong', target: { claims }, payload: {} }, user, r, null);
  });
}

async function entityAnchor(store: Store, id: string) {
  const row = await store.db.selectFrom('entities').select(['name', 'type']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new VigieError('not_found', `no entity ${id}`);
  return { name: row.name, type: row.type };
}

export function mergeEntities(store: Store, user: string, id: string, into: string, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    if (id === into) bad('an entity cannot be merged with itself');
    const r = reasonOf(reason, true);
    const target = { entity: await entityAnchor(tx, id), into: await entityAnchor(tx, into) };
    return record(tx, { action: 'entity_merge', target, payload: {} }, user, r, null);
  });
}

export function renameEntity(store: Store, user: string, id: string, name: unknown, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, true);
    const after = shortText('name', name, false) as string;
    const entity = await entityAnchor(tx, id);
    return record(tx, { action: 'entity_rename', target: { entity }, payload: { before: entity.name, after } }, user, r, null);
  });
}

export function splitEntity(store: Store, user: string, id: string, alias: unknown, reason: unknown): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const r = reasonOf(reason, true);
    const a = shortText('alias', alias, false) as string;
    const row = await tx.db.selectFrom('entities').select('data').where('id', '=', id).executeTakeFirst();
    if (!row) throw new VigieError('not_found', `no entity ${id}`);
    const e = JSON.parse(row.data) as { aliases: string[]; name: string; type: string };
    if (!e.aliases.includes(a)) bad(`entity ${id} has no alias "${a.slice(0, 60)}"`);
    return record(tx, { action: 'entity_split', target: { entity: { name: e.name, type: e.type } }, payload: { alias: a } }, user, r, null);
  });
}

/**
 * Undoes a correction: it stays in the log, marked undone. Edits, confirmations and rejections are simply no longer
 * applied; a merge, a report moved out or a changed figure group or entity needs the machine's grouping back, so the
 * views are rebuilt from the events and the remaining corrections applied on top.
 */
export function undoCorrection(store: Store, user: string, id: number): Promise<ActionResult> {
  return store.transaction(async (tx) => {
    const c = await getCorrection(tx, id);
    if (!c) throw new VigieError('not_found', `no correction ${id}`);
    if (c.undone_at !== null) bad(`correction ${id} was already undone (by ${c.undone_by} at ${c.undone_at})`);
    await markUndone(tx, id, user);
    if (c.action === 'confirm' || c.action === 'reject' || c.action === 'edit') {
      return { correction: id, applied: await applyCorrections(tx), incident: null };
    }
    await reconcileStore(tx, { full: true });
    return { correction: id, applied: await applyCorrections(tx), incident: null };
  });
}
