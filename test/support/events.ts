// The events one plain-text story gives through the whole pipeline (read, clean, classify, extract, resolve): what the
// extraction tests written in our own sentences assert on.
import { processDocument } from '../../src/pipeline/process.js';

export function events(text: string, published: string | null) {
  const doc = processDocument({ source: 'test.txt', format: 'text', content: text, encoding: 'utf-8', meta: { url: null, outlet: null, published, title: null } });
  return doc.stories.flatMap((s) => s.extraction?.events ?? []);
}
