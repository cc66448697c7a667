// JSON schemas shared by the routes: fastify's ajv validates requests against them and the OpenAPI document is made from them.
import { EVENT_TYPES } from '../core/types.js';
import { DEFAULT_LIMIT, INCIDENT_SORTS, MAX_CURSOR_CHARS, MAX_LIMIT, STATS_DIMENSIONS } from './queries.js';

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const ISO_DATE = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
/**
 * Metropolitan (01–95, 2A, 2B) and overseas (971–976) département codes, and those of the overseas collectivités
 * the gazetteer also knows (975, 977, 978, 984, 986–989): every code /api/departements lists can be filtered on.
 */
const DEPARTEMENT = '^([0-9]{2}|2[AB]|97[1-8]|98[4-9])$';
const COMMUNE = '^[0-9][0-9AB][0-9]{3}$';
const MAX_TEXT = 200;

/**
 * What each pattern asks for, in words: a 400 names the expected format ("must be a date: YYYY, …"), never the
 * regular expression. Keyed by the pattern itself, so every parameter that uses one gets its sentence.
 */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  [ISO_DATE]: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
  [DEPARTEMENT]: 'a département code such as 13, 2A or 974',
  [COMMUNE]: 'an INSEE commune code of five characters, such as 13055',
};

export const errorSchema = {
  type: 'object',
  description: 'Every error has this shape.',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'bad_input, not_found, storage, internal…' },
        message: { type: 'string', description: 'What went wrong, in words a user can act on.' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

export const errorResponses = { 400: errorSchema, 404: errorSchema, 500: errorSchema };

export const paging = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Items per page (1–${MAX_LIMIT}).` },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'Items to skip.' },
} as const;

/**
 * Paging of a list that also pages by cursor: `limit`, and either `offset` (no default, so that one given with a
 * cursor is seen and refused) or `cursor`, the `next` of the page before.
 */
export const cursorPaging = {
  limit: paging.limit,
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, description: 'Items to skip (0 when not given). Not with "cursor".' },
  cursor: {
    type: 'string',
    minLength: 1,
    maxLength: MAX_CURSOR_CHARS,
    description: 'The "next" of a previous page: the page after it, read from there on (deep pages cost what the first does). Same filters as that page; not with "offset".',
  },
} as const;

/** An ISO date or UTC timestamp ("2025-03-04", "2025-03-04T08:00:00Z", with milliseconds or not). */
const SINCE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?Z?)?$';

export const incidentFilterProps = {
  type: {
    type: 'array',
    items: { type: 'string', enum: [...EVENT_TYPES] },
    description: 'Incident types (repeat the parameter for several).',
  },
  from: { type: 'string', pattern: ISO_DATE, description: 'Earliest date (YYYY, YYYY-MM or YYYY-MM-DD); incidents whose date overlaps it match.' },
  to: { type: 'string', pattern: ISO_DATE, description: 'Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive of the whole period.' },
  commune: { type: 'string', pattern: COMMUNE, description: 'INSEE code of a commune.' },
  departement: {
    type: 'array',
    items: { type: 'string', pattern: DEPARTEMENT },
    description: 'Département codes ("13", "2A", "974"); repeat for several.',
  },
  region: { type: 'string', minLength: 1, maxLength: 100, description: 'Région name as stored ("Île-de-France").' },
  q: { type: 'string', maxLength: MAX_TEXT, description: 'Words found in the source stories or the place name.' },
  min_sources: { type: 'integer', minimum: 1, maximum: 1000, description: 'Only incidents reported by at least this many documents.' },
  has_conflicts: { type: 'boolean', description: 'true: only incidents whose sources disagree; false: only those without.' },
  since: {
    type: 'string',
    pattern: SINCE,
    description: 'Only incidents with a source stored at or after this time (ISO date or UTC timestamp): "new since your last visit".',
  },
} as const;

export const incidentListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...incidentFilterProps,
    sort: { type: 'string', enum: [...INCIDENT_SORTS], default: '-date', description: 'Sort key; "-" for descending.' },
    limit: paging.limit,
    // No default: an offset given with a cursor is refused, so the route must see whether one was given.
    offset: cursorPaging.offset,
    cursor: { ...cursorPaging.cursor, description: 'The "next" of a previous page: the page after it, read from there on (deep pages cost what the first does). Same filters and sort as that page; not with "offset".' },
  },
} as const;

export const pointsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...incidentFilterProps,
    limit: { type: 'integer', minimum: 1, maximum: 50_000, default: 5000, description: 'Most points returned (deadliest first).' },
    bbox: {
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?(,-?[0-9]+(\\.[0-9]+)?){3}$',
      description: 'Only points inside this box: "west,south,east,north" in degrees (the part of the map in view).',
    },
  },
} as const;

export const statsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...incidentFilterProps,
    by: { type: 'string', enum: [...STATS_DIMENSIONS], default: 'month', description: 'Dimension to count by.' },
  },
} as const;

export const filterQuery = { type: 'object', additionalProperties: false, properties: { ...incidentFilterProps } } as const;

export const textQuery = (required: boolean) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: required ? ['q'] : [],
    properties: { q: { type: 'string', minLength: required ? 1 : 0, maxLength: MAX_TEXT, description: 'Words to look for.' }, ...paging },
  }) as const;

export const idParams = (pattern: string, what: string) =>
  ({
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', pattern, maxLength: 200, description: what } },
  }) as const;
