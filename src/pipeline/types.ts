// The record a processed document becomes before it is stored: what was read, cleaned, classified and extracted.
import type { ClassifiedStory, Language, RawDocument, StoryExtraction } from '../core/types.js';

export interface ProcessedStory extends ClassifiedStory {
  /** null for stories that are not relevant: off-topic stories produce no events or claims. */
  extraction: StoryExtraction | null;
}

export interface ProcessedDocument {
  /** The URL read, or the file's absolute file:// URI (see storedSource). */
  source: string;
  format: RawDocument['format'];
  encoding: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** Language of the main (first) story. */
  language: Language;
  contentHash: string;
  /** URL when known, else the file's absolute URI: a changed document with the same identity is a new version. */
  identity: string;
  /** The identity older databases hold for this document (the path as given), when different; see formerIdentityOf. */
  formerIdentity?: string | null;
  text: string;
  stories: ProcessedStory[];
  /** Warnings about the whole document (its text was cut, a story was too long to extract); absent when none. */
  notes?: string[];
}
