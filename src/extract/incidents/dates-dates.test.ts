// Dates of incidents: sentences written for this test (issue #8).
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../pipeline/process.js';

function events(text: string, published: string) {
  const doc = processDocument({ source: 'test.txt', format: 'text', content: text, encoding: 'utf-8', meta: { url: null, outlet: null, published, title: null } });
  return doc.stories.flatMap((s) => s.extraction?.events ?? []);
}

describe('incident dates', () => {
  it("gives an undated act the lead's day when the story is published with only its month", () => {
    // "jeudi 11 avril 2024" is not after a "2024-04" publication: only the digits both state are compared.
    const es = events(
      "Soirée de terreur à Nîmes sur fond de trafic de drogue\n\nLe quartier de Pissevin a vécu jeudi 11 avril 2024 une soirée de terreur, selon les habitants, lassés du trafic de stupéfiants.\n\nLes riverains se disent épuisés. Beaucoup veulent partir.\n\nVers 23 heures, un homme de 25 ans a été tué par balles au pied d'un immeuble, près d'un point de deal.\n",
      '2024-04',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-04-11']);
  });
});
