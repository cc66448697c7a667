// A story's place, day and arrondissement reach the incidents that do not repeat them (extract + resolve), on
// reports written for these tests in the shapes real coverage takes.
import { describe, expect, it } from 'vitest';
import { resolveStory } from '../resolve/index.js';
import { extractStory } from './index.js';

const read = (text: string, language: 'en' | 'fr', published: string) => resolveStory(text, extractStory({ text, language, published }));

describe('incidents told without their place or day', () => {
  it('take the town of a dateline and the day of the lead', () => {
    const text = [
      'MARSEILLE - Three men were shot dead in a car early on Sunday, police said.',
      'Two other passengers fled. Investigators believe the killing is linked to the drugs trade.',
    ].join('\n');
    const [e] = read(text, 'en', '2023-05-22').events;
    expect(e!.place?.commune_insee).toBe('13055');
    expect(text.slice(e!.place_mention!.start, e!.place_mention!.end)).toBe(e!.place_mention!.text);
    expect(e!.killed).toBe(3);
  });

  it('read the arrondissement stated around the event, or from the cité it names', () => {
    const fr = [
      "Samedi soir, une nouvelle fusillade a éclaté dans les quartiers Nord de Marseille, faisant deux morts et quatre blessés.",
      "Les tirs ont visé un local associatif de la cité des Iris, dans le XIVe arrondissement.",
    ].join('\n');
    const [e] = read(fr, 'fr', '2024-09-29').events;
    expect(e!.place?.commune_insee).toBe('13214');
    expect([e!.killed, e!.injured, e!.date]).toEqual([2, 4, '2024-09-28']);
    const cite = 'Un jeune homme de 19 ans a été tué par balle mardi à Marseille, au pied d\'un immeuble de la Busserine.';
    expect(read(cite, 'fr', '2024-03-13').events[0]!.place?.commune_insee).toBe('13214');
  });

  it('do not take a date said of the telling or of a birth', () => {
    const told = read("Un homme a été abattu à Nîmes, a-t-on appris mercredi de source policière.", 'fr', '2024-03-13').events[0]!;
    expect(told.date).toBeNull();
    const born = read('Deux personnes, nées en 1966 et 2005, ont été tuées lors de la fusillade à Nice.', 'fr', '2025-10-04').events[0]!;
    expect(born.date).toBeNull();
    expect(born.killed).toBe(2);
  });

  it('fold a later telling of the same act into one record, and keep a located other act apart', () => {
    const text = [
      'Un homme de 26 ans a été tué par balles dimanche soir à Cavaillon.',
      'Sa voiture a été retrouvée incendiée un peu plus loin.',
      'La victime, connue des services de police, est décédée sur place.',
      'À Avignon, un adolescent a été blessé par balle le même soir.',
    ].join('\n');
    const events = read(text, 'fr', '2023-05-02').events;
    expect(events.map((e) => [e.type, e.place?.name])).toEqual([
      ['shooting_homicide', 'Cavaillon'],
      ['shooting_homicide', 'Avignon'],
    ]);
  });
});

describe('figures told without their place', () => {
  it('take the place of their sentence, else of the figures just before them, else the country', () => {
    const text = [
      "Le trafic de stupéfiants a fait 110 morts et 341 blessés en 2024 en France, selon le ministère de l'Intérieur.",
      // One paragraph: a list's place is carried within its paragraph only (a new one may change the subject).
      'À Marseille, la guerre des gangs a fait 24 morts en 2024. Les enquêteurs comptent aussi 50 blessés par balle sur la même période.',
    ].join('\n');
    const claims = read(text, 'fr', '2025-02-06').claims;
    const place = (v: number) => claims.find((c) => c.value === v)?.place;
    expect([place(110), place(341), place(24), place(50)]).toEqual(['France', 'France', 'Marseille', 'Marseille']);
    const national = read("Selon l'Office antistupéfiants, 47 tonnes de cocaïne ont été saisies en 2024 par les douanes françaises.", 'fr', '2025-02-06');
    expect(national.claims.find((c) => c.value === 47)?.place).toBe('France');
  });
});

describe('nobody hurt', () => {
  it('is 0 wounded (and 0 dead for an arson) only where the text says so', () => {
    const said = read("Des tirs ont visé la porte du centre pénitentiaire de Toulon dans la nuit de lundi à mardi. Aucun surveillant n'a été blessé.", 'fr', '2025-04-15').events[0]!;
    expect(said.injured).toBe(0);
    const silent = read('Des tirs ont visé la porte du centre pénitentiaire de Toulon dans la nuit de lundi à mardi.', 'fr', '2025-04-15').events[0]!;
    expect(silent.injured).toBeNull();
    const unsaid = read("A man was shot in Lyon on Tuesday. Police did not say whether anyone else was hurt.", 'en', '2025-04-16').events[0]!;
    expect(unsaid.injured).not.toBe(0);
  });
});

describe('a day shift told of someone already named', () => {
  it('is the act already told ("Il a été tué la veille…"), while "another case" told by a speaker is another act', () => {
    const same = read("Un nouveau réveil douloureux à Marseille, vendredi 14 novembre : le frère du militant a été abattu par balles. Il a été tué la veille dans le 4e arrondissement de la ville.", 'fr', '2025-11-14').events;
    expect(same.filter((e) => e.type === 'shooting_homicide')).toHaveLength(1);
    const other = read('A boy was shot in Marseille on Monday, the minister said. He recounted another case of a teenager stabbed to death in Nîmes.', 'en', '2025-02-12').events;
    expect(other.filter((e) => e.type === 'shooting_homicide').length).toBe(2);
  });
});
