// The plain records that flow through the pipeline: read → clean → classify → extract → resolve → reconcile → store.
// Every stage takes and returns these; nothing here holds behaviour.

/** ISO 639-1 code, or 'und' when the language cannot be told. */
export type Language = 'en' | 'fr' | 'und' | (string & {});

/** What a manifest, a feed item or a JSON export says about a document. Unknown is null. */
export interface SourceMeta {
  url: string | null;
  outlet: string | null;
  /** ISO date as precise as known: "2025", "2025-02", "2025-02-14" or a full ISO timestamp. */
  published: string | null;
  title: string | null;
}

/** One document as read from a source, decoded and normalised, before cleaning. */
export interface RawDocument {
  /** File path as given (items of a feed or JSON export get "path#n"), or the URL fetched. */
  source: string;
  format: 'text' | 'html';
  /** Decoded, mojibake-repaired, NFC-normalised content (HTML markup kept for html). */
  content: string;
  /** Encoding the bytes were decoded from ("utf-8", "windows-1252", …); "json" etc. for structured sources. */
  encoding: string;
  meta: SourceMeta;
  /** What the reader should know about how it was read (its text was cut); absent when nothing. */
  notes?: string[];
  /** The language its source is said to be in (a watched source's hint), used when the text cannot tell. */
  languageHint?: Language;
}

/** A source that could not be read: one line for the user, nothing stored. */
export interface ReadFailure {
  source: string;
  reason: string;
}

export type ReadItem = { ok: true; doc: RawDocument } | { ok: false; failure: ReadFailure };

/** A story: one article's text inside a document (a page may glue several together). */
export interface StoryDraft {
  title: string | null;
  /** The story's cleaned text: one block (paragraph, heading, list item) per line. */
  text: string;
}

export interface CleanedDocument {
  /** Title of the page (from HTML or the first line of a text scrape), or null. */
  title: string | null;
  /** All kept text of the document, blocks one per line. */
  text: string;
  stories: StoryDraft[];
  /** What the reader should know about how the document was read (its text was cut); absent when nothing. */
  notes?: string[];
}

export interface Relevance {
  /** 0..1 */
  score: number;
  relevant: boolean;
  /** Terms that drove the score, most weighty first. */
  terms: string[];
}

export interface ClassifiedStory extends StoryDraft {
  language: Language;
  relevance: Relevance;
}

// ---------------------------------------------------------------------------------------------
// Extraction. All offsets are character offsets into the story's `text` (as stored).

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export const EVENT_TYPES = [
  'shooting_homicide',
  'prison_attack',
  'kidnapping_extortion',
  'arson_intimidation',
  'seizure',
  'police_operation',
  'corruption_case',
  'trial_verdict',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export type PlacePrecision = 'arrondissement' | 'commune' | 'departement' | 'region' | 'country' | 'area' | 'unknown';

/** A place as written in the text, before geocoding. */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
}

/** A place after geocoding (resolve stage). Unknown fields are null. */
export interface ResolvedPlace {
  /** Official name; null for a place inferred rather than written (an event placed only by its story's country). */
  name: string | null;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  population: number | null;
  /**
   * A named place inside the commune the event's sentences give ("quartier des Izards", "cité Félix-Pyat", "the
   * Beaudottes district"), as written; absent when none is named.
   */
  district?: string;
}

export interface Victim {
  age: number | null;
  /** The age is an estimate: the middle of the decade the text gives ("in his twenties" → 25). */
  approximate?: true;
  minor: boolean | null;
  /** officer, prison_officer, minor, bystander, student, driver, trafficker… or null */
  role: string | null;
}

export interface DrugQuantity {
  drug: string;
  quantity: number | null;
  unit: string | null;
}

export interface ExtractedEvent {
  type: EventType;
  /** ISO date as precise as known ("2024-05-14", "2023-09", "2024"), or null. */
  date: string | null;
  date_precision: DatePrecision;
  /** e.g. ["weekday_mismatch"], ["year_inferred"] */
  date_flags: string[];
  place_mention: PlaceMention | null;
  /**
   * Places named elsewhere in the story (nearest before the event first), for an event that names none: the resolve
   * stage takes the first that is a real place as the event's place_mention, then drops this list.
   */
  place_context?: PlaceMention[];
  /** Filled by the resolve stage. */
  place: ResolvedPlace | null;
  killed: number | null;
  injured: number | null;
  /**
   * How `killed` and `injured` were stated: 'number' whenever the value is not null, 'vague' when the text reports
   * casualties without a count (null value), 'none' when it says nothing (null value). Absent on older records.
   */
  casualties_stated?: { killed: 'number' | 'vague' | 'none'; injured: 'number' | 'vague' | 'none' };
  victims: Victim[];
  weapons: string[];
  drugs: DrugQuantity[];
  /** Named people and groups involved. */
  actors: string[];
  evidence: Evidence[];
}

/**
 * What sort of figure a claim is: a count of things or events, a place in a series ("the 43rd death") or a
 * league table, a share of a whole ("30% were minors"), a change over time ("+122%", "up 9%"), money, a
 * quantity by weight or volume, or an index against a base ("100 in 2011").
 */
export type ClaimKind = 'count' | 'rank' | 'share' | 'change' | 'money' | 'quantity' | 'index';

/**
 * How a figure's period was stated: a calendar year or month ("in 2023", "en août"); a span between two stated
 * bounds ("between 2020 and 2023", "du 1er janvier au 13 novembre"); from a stated start up to the time of
 * writing ("depuis le début de l'année", "since 18 March"); or a window of stated length ending at the time of
 * writing ("over the past year", "en une semaine").
 */
export type ClaimPeriodKind = 'calendar' | 'span' | 'to_date' | 'rolling';

/** A figure's period as a typed value: the days it covers, first and last (ISO), and how it was stated. */
export interface ClaimTimeframe {
  kind: ClaimPeriodKind;
  start: string;
  /** For 'to_date' and 'rolling', the publication day (the end of its month or year when only that is known). */
  end: string;
}

export interface ExtractedClaim {
  /** The figure; for a range ("entre 300 et 500"), its high end (the bound it is quoted by: "up to 500"). */
  value: number;
  /** The low end of a range ("between 300 and 500" → 300); absent or null for a single figure. */
  value_min?: number | null;
  /** How the figure was qualified ("plus de 500" → 'over', "près de 600" → 'about'), null when plainly stated; absent on older records. */
  qualifier?: 'over' | 'under' | 'about' | 'at_least' | 'up_to' | null;
  /** "percent", "EUR", "tonne", "kg", "rank", … or null for a plain count. */
  unit: string | null;
  measure: string;
  /**
   * The period as the export writes it: "2024", "2023-09", "2020/2024" (the calendar years or month covering the
   * timeframe), "past year" (a rolling year), or null when not stated or when only a window of months ending at
   * the time of writing and straddling two years is ("en huit mois": its timeframe says which days).
   */
  period: string | null;
  /** The period as a typed value (absent on older records): `period` is its label. */
  timeframe?: ClaimTimeframe | null;
  /** What sort of figure it is (absent on older records, which tell a rank only by unit "rank"). */
  kind?: ClaimKind;
  place: string | null;
  attributed_to: string | null;
  evidence: Evidence[];
}

export type EntityType = 'person' | 'organisation' | 'criminal_group' | 'place';

export interface EntityMention {
  /** Canonical form as found ("Bruno Retailleau"); surface text is text.slice(start, end). */
  name: string;
  type: EntityType;
  /** Title or role stated with the mention ("Interior Minister"), or null. */
  title: string | null;
  start: number;
  end: number;
}

export interface StoryExtraction {
  events: ExtractedEvent[];
  claims: ExtractedClaim[];
  entities: EntityMention[];
  /** Extractors that threw on this story ("incidents: <message>"): their records are missing, and ingest says so. */
  errors?: string[];
}
