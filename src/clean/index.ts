// The clean stage: main text of HTML pages, boilerplate removal, and story segmentation.
import type { CleanedDocument, RawDocument } from '../core/types.js';
import { extractHtml } from './html/index.js';
import { segmentText } from './text/index.js';

export function cleanDocument(doc: RawDocument): CleanedDocument {
  let title = doc.meta.title;
  let text = doc.content;
  if (doc.format === 'html') {
    const page = extractHtml(doc.content, { url: doc.meta.url });
    title = page.title ?? title;
    text = page.text;
  }
  const stories = segmentText(text, { title, fromHtml: doc.format === 'html' });
  return { title: title ?? stories[0]?.title ?? null, text: stories.map((s) => s.text).join('\n\n'), stories };
}
