// Bounds on one document's text, shared by the read stage (main thread) and the clean stage (workers).

/**
 * Most characters of text read from one document. News articles hold tens of thousands; past this the document is
 * a dump, and carrying all of it through every stage (each makes a copy or two, on the main thread and on a worker)
 * would outgrow the memory a run is given. What is past it is not read, and ingest says so.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Most characters of a page read, markup included. A news page is 0.1 to 2 MB of HTML and its article comes well
 * before this; a page past it is a dump or an attack, and carrying all of it (up to the 50 MB file limit) through the
 * read stage, across to a worker and into the HTML parser is what took a process past 500 MB of memory. The HTML
 * cleaner keeps at most MAX_TEXT_CHARS of text from what is read.
 */
export const MAX_PAGE_CHARS = 2 * MAX_TEXT_CHARS;

/**
 * Bytes of a file read for a page, and for a text, at most; the rest of the file is never read, nor decoded. A page
 * file is cut in bytes (4 MB, a little under 4 million characters once accents take two), a page from elsewhere (a
 * fetched body, a JSON item) in characters. A text is read far enough for its cut to fall where it would on the whole
 * file: a UTF-16 unit takes at most three bytes. Formats read whole (JSON, feeds) keep their own size caps.
 */
export const MAX_PAGE_BYTES_READ = MAX_PAGE_CHARS;
export const MAX_TEXT_BYTES_READ = 3 * MAX_TEXT_CHARS;

/**
 * Documents longer than this (in characters of content, markup included) are "large": they travel to a worker
 * alone, one at a time, each on a fresh worker, and the pipeline holds few of them at once.
 */
export const LARGE_DOCUMENT_CHARS = 4_000_000;

/**
 * Documents past these sizes (content, markup included for pages) are processed alone, on a fresh worker, while the
 * pool's other workers are stopped (pipeline/pool.ts): what one takes on its worker (a page's DOM, the sentences of
 * two million characters) is 100-200 MB, and each warm worker beside it another 100-140 MB. A news article's text is
 * well under 100,000 characters and its page rarely over 2 MB, so ordinary corpora never pay for stopping the pool.
 */
export const ALONE_TEXT_CHARS = 1_000_000;
export const ALONE_PAGE_CHARS = 2_000_000;

/** Whether a document is processed alone (see ALONE_TEXT_CHARS). */
export function processedAlone(doc: { format: string; content: string }): boolean {
  return doc.content.length > (doc.format === 'html' ? ALONE_PAGE_CHARS : ALONE_TEXT_CHARS);
}

/** The text cut at the last line break before `max` characters (at `max` when there is none late enough). */
export function cutText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  let end = nl > max / 2 ? nl : max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return detached(text.slice(0, end));
}

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 makes a slice of a long string a view
 * into it: the first 2 million characters of a 20 MB line would keep all 20 MB (40 MB in UTF-16) alive for as long
 * as the document is in flight. Prefixing a character makes a rope that the slice flattens into a new string.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

export const TEXT_CUT_NOTE = `document too large, cut: only the first ${MAX_TEXT_CHARS / 1e6} million characters were read`;
export const PAGE_CUT_NOTE = `page too large, cut: only its first ${MAX_PAGE_CHARS / 1e6} MB (markup included) were read`;
