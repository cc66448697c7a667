// The clean stage: main text of HTML pages, boilerplate removal, and story segmentation.
import type { CleanedDocument, RawDocument } from '../core/types.js';
import { extractHtml } from './html/index.js';
import { MAX_TEXT_CHARS, cutText } from '../core/limits.js';
import { wellFormed } from '../core/text.js';
import { segmentText } from './text/index.js';

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
    // The read stage cuts text documents already (RawDocument.notes says so); this holds for any other caller.
    text = cutText(text, MAX_TEXT_CHARS);
    truncated = `only the first ${MAX_TEXT_CHARS / 1e6} million characters were read`;
  }
  // Entities the HTML cleaner decodes ("&#xD800;") can make lone surrogates after the read stage removed them.
  text = wellFormed(text);
  title = title === null ? null : wellFormed(title);
  const stories = segmentText(text, { title, fromHtml: doc.format === 'html' });
  const out: CleanedDocument = { title: title ?? stories[0]?.title ?? null, text: stories.map((s) => s.text).join('\n\n'), stories };
  const notes = [...(doc.notes ?? []), ...(truncated ? [`document too large, cut: ${truncated}`] : [])];
  if (notes.length) out.notes = notes;
  return out;
}
