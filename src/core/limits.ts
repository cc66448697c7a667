// Bounds on one document's text, shared by the read stage (main thread) and the clean stage (workers).

/**
 * Most characters of text read from one document. News articles hold tens of thousands; past this the document is
 * a dump, and carrying all of it through every stage (each makes a copy or two, on the main thread and on a worker)
 * would outgrow the memory a run is given. What is past it is not read, and ingest says so.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Documents longer than this (in characters of content, markup included) are "large": they travel to a worker
 * alone, one at a time, each on a fresh worker, and the pipeline holds few of them at once.
 */
export const LARGE_DOCUMENT_CHARS = 4_000_000;

/** The text cut at the last line break before `max` characters (at `max` when there is none late enough). */
export function cutText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  let end = nl > max / 2 ? nl : max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}

export const TEXT_CUT_NOTE = `document too large, cut: only the first ${MAX_TEXT_CHARS / 1e6} million characters were read`;
