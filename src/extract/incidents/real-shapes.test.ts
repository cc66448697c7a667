// Shapes of real reports, in sentences written for this test: a page's date line, a toll told apart, a caption, a
// victim's record, a district placed once and named again.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../pipeline/process.js';

function events(text: string, published: string) {
  const doc = processDocument({ source: 'test.txt', format: 'text', content: text, encoding: 'utf-8', meta: { url: null, outlet: null, published, title: null } });
  return doc.stories.flatMap((s) => s.extraction?.events ?? []);
}

describe('incidents in real report shapes', () => {
  it("dates the act by 'Lundi 5 octobre' even under a 'publié le' line", () => {
    const [e] = events('Saisie record contre le trafic de stupéfiants\n\npublié le 06/10/2020 à 11:29\n\nLundi 5 octobre, 900 000 euros ont été saisis à Courbevoie chez des trafiquants de drogue.\n', '2020-10-06');
    expect(e?.date).toBe('2020-10-05');
  });

  it('counts the wounded of a toll told in a sentence of its own, not the part told after "parmi"', () => {
    const es = events(
      'Fusillade à Nice\n\nUne fusillade liée au trafic de drogue a éclaté vendredi soir dans le quartier des Moulins à Nice, faisant deux morts. Le bilan fait état de six blessés selon le parquet. Parmi les blessés, deux sont dans un état grave.\n',
      '2025-10-04',
    );
    expect(es).toHaveLength(1);
    expect(es[0]!.killed).toBe(2);
    expect(es[0]!.injured).toBe(6);
  });

  it('takes no incident from a picture caption', () => {
    const es = events(
      'Officer killed in a drugs raid\n\nPolice at the scene of the drug bust in Avignon on May 5th. Photo: JOHN DOE / AFP\n\nA police officer was shot dead on Wednesday evening during a drugs raid in Avignon, the minister said.\n',
      '2021-05-06',
    );
    expect(es.map((e) => e.type)).toEqual(['shooting_homicide']);
  });

  it("reads 'qui venait de purger une peine' as the victim's record and keeps the killing apart from later ones", () => {
    const es = events(
      "Toulouse : nouvelle fusillade liée au trafic de drogue\n\nDeux hommes ont été blessés par balles dimanche dans le quartier des Izards, au nord de Toulouse. En février, un homme qui venait de purger une peine de prison pour trafic de stupéfiants a été abattu à Colomiers. En novembre 2018, un homme a été blessé par balles dans un bar du quartier des Izards.\n",
      '2019-03-11',
    );
    expect(es.some((e) => e.type === 'trial_verdict')).toBe(false);
    const nov = es.find((e) => e.date === '2018-11');
    expect(nov?.place?.commune_insee).toBe('31555');
    expect(es.find((e) => e.date === '2019-02')?.place?.commune_insee).toBe('31149');
  });
});
