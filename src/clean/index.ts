// The clean stage: main text of HTML pages, boilerplate removal, and story segmentation.
import type { CleanedDocument, RawDocument } from '../core/types.js';
import { extractHtml } from './html/index.js';
import { MAX_PAGE_TEXT_CHARS } from './html/tree.js';
import { segmentText } from './text/index.js';

/** A text document's content past this is not read: the same bound as a page's text (MAX_PAGE_TEXT_CHARS). */
export const MAX_TEXT_CHARS = MAX_PAGE_TEXT_CHARS;

/** The text cut at the last line break before `max` characters (at `max` itself when the line is longer). */
function cutText(text: string, max: number): string {
  const nl = text.lastIndexOf('\n', max);
  let end = nl > max / 2 ? nl : max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}

export function cleanDocument(doc: RawDocument): CleanedDocument {
  let title = doc.meta.title;
  let text = doc.content;
  let truncated: string | null = null;
  if (doc.format === 'html') {
    const page = extractHtml(doc.content, { url: doc.meta.url });
    title = page.title ?? title;
    text = page.text;
    truncated = page.truncated ?? null;
  } else if (text.length > MAX_TEXT_CHARS) {
    text = cutText(text, MAX_TEXT_CHARS);
    truncated = `only the first ${MAX_TEXT_CHARS / 1e6} million characters were read`;
  }
  const stories = segmentText(text, { title, fromHtml: doc.format === 'html' });
  const out: CleanedDocument = { title: title ?? stories[0]?.title ?? null, text: stories.map((s) => s.text).join('\n\n'), stories };
  if (truncated) out.notes = [`document too large, cut: ${truncated}`];
  return out;
}
