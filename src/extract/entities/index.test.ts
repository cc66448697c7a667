import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractEntities } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');

describe('extractEntities', () => {
  const text = [
    'Interior Minister Bruno Retailleau met investigators in Marseille on Monday.',
    'The French Monitoring Centre for Drugs and Drug Addiction (OFDT) published new figures.',
    'Karim Benali, known as "the Ghost", is said to lead the Benali clan. Retailleau called him dangerous.',
  ].join('\n');
  const ents = extractEntities(text, en);
  const by = (name: string) => ents.filter((e) => e.name === name);

  it('reads people with their titles, and gives surname mentions the full name', () => {
    const r = by('Bruno Retailleau');
    expect(r.length).toBe(2);
    expect(r[0]!.title).toBe('Interior Minister');
    expect(text.slice(r[1]!.start, r[1]!.end)).toBe('Retailleau');
  });

  it('reads organisations, acronyms, groups and places', () => {
    expect(ents).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'French Monitoring Centre for Drugs and Drug Addiction' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'OFDT' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'criminal_group', name: 'Benali clan' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'place', name: 'Marseille' }));
    expect(ents.some((e) => e.name === 'Monday' || e.name === 'The')).toBe(false);
  });

  it('turns a nickname into a mention of the person', () => {
    const nick = ents.find((e) => text.slice(e.start, e.end) === 'the Ghost');
    expect(nick).toMatchObject({ type: 'person', name: 'Karim Benali' });
  });

  it('reads French titles, prosecutors, groups and nicknames', () => {
    const t =
      "Selon le ministre de l'Intérieur Gérald Darmanin, le parquet de Marseille a ouvert une enquête visant le clan Yoda. " +
      'Le détenu Mohamed Amra, surnommé « La Mouche », reste introuvable.';
    const e = extractEntities(t, fr);
    expect(e).toContainEqual(expect.objectContaining({ type: 'person', name: 'Gérald Darmanin', title: "ministre de l'Intérieur" }));
    expect(e).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'parquet de Marseille' }));
    expect(e).toContainEqual(expect.objectContaining({ type: 'criminal_group', name: 'clan Yoda' }));
    const nick = e.find((x) => t.slice(x.start, x.end) === 'La Mouche');
    expect(nick?.name).toBe('Mohamed Amra');
  });

  it('returns nothing for empty text', () => {
    expect(extractEntities('', en)).toEqual([]);
  });
});

describe('extractEntities: French names and places', () => {
  it('types long French organisation names, hyphenated acronyms and title-of places', () => {
    const t = "L'Association des maires de France et un délégué de FO-Justice ont reçu le maire de Vaulx-en-Velin près de la Grande Borne.";
    const e = extractEntities(t, fr).map((x) => [x.name, x.type]);
    expect(e).toContainEqual(['Association des maires de France', 'organisation']);
    expect(e).toContainEqual(['FO-Justice', 'organisation']);
    expect(e).toContainEqual(['Vaulx-en-Velin', 'place']);
    expect(e).toContainEqual(['Grande Borne', 'place']);
    expect(e.filter((x) => x[1] === 'person')).toEqual([]);
  });
});

describe('extractEntities: what is not a name (reports written for these tests)', () => {
  const names = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).map((e) => [text.slice(e.start, e.end), e.type]);
  it('drops bare ordinals, products and words that are never names, and mends glued words', () => {
    const text = [
      "Les tirs ont eu lieu dans le XIVe arrondissement, selon le procureur Cyril LacombeProcureur de la République.",
      "Les suspects ont pris la fuite à bord d'une Renault Clio, d'après l'État.",
      'Le suspect a été interpellé à Anvers en Belgique.',
    ].join('\n');
    const found = names(text);
    expect(found.map((f) => f[0])).not.toContain('XIVe');
    expect(found.map((f) => f[0])).not.toContain('Renault Clio');
    expect(found.map((f) => f[0])).not.toContain('État');
    expect(found.map((f) => f[0])).toContain('Cyril Lacombe');
    expect(found.map((f) => f[0])).toContain('Anvers');
  });
  it('types a news outlet as an organisation, and drops a name cut by the end of the text', () => {
    const found = names("Un homme a été blessé par balle, a indiqué France Bleu Drôme Ardèche à ses auditeurs. Le parquet de Valence a saisi la Police Judic");
    expect(found).toContainEqual(['France Bleu Drôme Ardèche', 'organisation']);
    expect(found.map((f) => f[0]).some((n) => n.startsWith('Police Judic'))).toBe(false);
  });
});

describe('extractEntities: officials and their roles (sentences written for these tests)', () => {
  const people = (text: string, lang: 'fr' | 'en' = 'fr') =>
    extractEntities(text, localeKit(lang)).filter((e) => e.type === 'person').map((e) => [e.name, e.title]);
  const all = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).map((e) => [text.slice(e.start, e.end), e.type]);

  it('splits the place a title is of from the person who holds it', () => {
    const t = 'Selon le procureur de Lorient Paul Garnier, la piste est sérieuse. Le maire de Quimper Anne Le Goff a réagi depuis Brest Yves Tanguy.';
    expect(people(t)).toEqual([['Paul Garnier', 'procureur de Lorient'], ['Anne Le Goff', 'maire de Quimper'], ['Yves Tanguy', null]]);
    expect(all(t)).toEqual(expect.arrayContaining([['Lorient', 'place'], ['Quimper', 'place'], ['Brest', 'place']]));
  });

  it('reads a title that ends on a place as the place, not a person', () => {
    const t = "Une enquête a été ouverte, a indiqué le procureur de la République de Vannes. Le préfet de police des Bouches-du-Rhône s'est rendu sur place.";
    expect(people(t)).toEqual([]);
    expect(all(t)).toEqual(expect.arrayContaining([['Vannes', 'place'], ['Bouches-du-Rhône', 'place']]));
  });

  it('reads titles set before a comma, after a bracketed acronym, and after the name', () => {
    const t =
      "La présidente du tribunal correctionnel de Vannes, Hélène Marchal, a lu le jugement. " +
      "Le directeur général de la police nationale (DGPN), Marc Aubry, était présent. " +
      "Lucie Ferrand, procureure adjointe de Lorient, a requis six ans.";
    expect(people(t)).toEqual([
      ['Hélène Marchal', 'présidente du tribunal correctionnel de Vannes'],
      ['Marc Aubry', 'directeur général de la police nationale (DGPN)'],
      ['Lucie Ferrand', 'procureure adjointe de Lorient'],
    ]);
  });

  it("does not give a person the title of the next person named, nor an agency's name", () => {
    const t = "After the death of Tom Reyes, the local mayor Jane Doyle wrote to the family, a source told AFP Kate Lorne.";
    expect(people(t, 'en')).toEqual([['Tom Reyes', null], ['Jane Doyle', 'local mayor'], ['Kate Lorne', null]]);
    expect(all(t, 'en')).toContainEqual(['AFP', 'organisation']);
  });
});

describe('extractEntities: credits and bylines are not people of the story (lines written for these tests)', () => {
  const people = (text: string, lang: 'fr' | 'en' = 'fr') =>
    extractEntities(text, localeKit(lang)).filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));

  it('drops photo credits, bylines and report labels', () => {
    const t = [
      'Une voiture incendiée dans la cité, le 3 mai. (Julie Marchand/AFP)',
      'par Marc Olivier, correspondant à Lyon',
      'Publié le 4 mai 2024 à 9h12 par Sophie Laval',
      'Illustration photo : Karl DUBOIS / AFP',
      'Léon Garnier avec AFP',
      'Le suspect a été blessé par Karim Haddad, selon le parquet.',
      'TF1 | Reportage B. Morel, C. Petit',
    ].join('\n');
    expect(people(t)).toEqual(['Karim Haddad']);
  });

  it('drops credits in English captions', () => {
    const t = 'Police at the scene on Monday. (AP Photo/John Miller, File)\nAFP/Anna KELLY\n© Paul Grant, Reuters\nThe victim was shot by Sam Cole.';
    expect(people(t, 'en')).toEqual(['Sam Cole']);
  });

  it('reads "dit" as a nickname cue only right after the name', () => {
    const t = "Karim Haddad, dit « Le Chat », est recherché. « J'ai entendu tirer, on aurait dit que c'était chez moi », raconte une voisine.";
    const e = extractEntities(t, localeKit('fr'));
    expect(e.find((x) => t.slice(x.start, x.end) === 'Le Chat')?.name).toBe('Karim Haddad');
    expect(e.filter((x) => x.type === 'person').map((x) => t.slice(x.start, x.end))).toEqual(['Karim Haddad', 'Le Chat']);
  });
});

describe('extractEntities: places with their articles and their words, outlets (sentences written for these tests)', () => {
  const all = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).map((e) => [e.name, e.type]);

  it("keeps a name's own article, and gives back the one a contraction swallowed", () => {
    const t = 'La voiture a été retrouvée brûlée à La Barben, puis les suspects ont fui vers le port du Havre et la gare du Mans.';
    expect(all(t)).toEqual([['La Barben', 'place'], ['Le Havre', 'place'], ['Le Mans', 'place']]);
  });

  it('types outlets with their article or their number as organisations', () => {
    const t = "L'information a été confirmée par La Provence, puis reprise par nos confrères du Parisien et par France 3 Bourgogne, selon Europe 1 Paul Mercier.";
    expect(all(t)).toEqual([
      ['La Provence', 'organisation'], ['Le Parisien', 'organisation'], ['France 3 Bourgogne', 'organisation'], ['Europe 1', 'organisation'], ['Paul Mercier', 'person'],
    ]);
  });

  it('types an outlet written as one hyphenated word as an organisation, never a place', () => {
    expect(all("Quatre hommes ont été mis en examen, confirmant une information de Ouest-France. Selon Nice-Matin, les tirs ont eu lieu à Nice.")).toEqual([
      ['Ouest-France', 'organisation'], ['Nice-Matin', 'organisation'], ['Nice', 'place'],
    ]);
  });

  it('reads a name after a word for a street or an area as a place, whatever it looks like', () => {
    const t = "Les tirs ont eu lieu rue Henri Dunant, près de la cité du Dr Roux, dans le quartier Saint Jacques, puis avenue de Lyon.\nIl a été vu en pleine rue\nMarc Lenoir a été interpellé.";
    expect(all(t)).toEqual([
      ['rue Henri Dunant', 'place'], ['Dr Roux', 'place'], ['Saint Jacques', 'place'], ['avenue de Lyon', 'place'], ['Marc Lenoir', 'person'],
    ]);
  });

  it('reads place heads, possessives, a name set in a place and units named by an acronym', () => {
    const t = "Drugs came up the River Orne to France’s Interior Ministry, via Gand in Belgium, and the Paris BAC Nord was told.";
    expect(all(t, 'en')).toEqual(expect.arrayContaining([['River Orne', 'place'], ['France', 'place']]));
    const f = "La drogue arrivait à Gand en Belgique, puis la BAC d’Avignon l'a saisie avec la BAC Nord.";
    expect(all(f)).toEqual([['Gand', 'place'], ['BAC d’Avignon', 'organisation'], ['BAC Nord', 'organisation']]);
  });
});

describe('extractEntities: words that are not names (sentences written for these tests)', () => {
  const all = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).map((e) => [e.name, e.type]);

  it('keeps a body named by its head word and adjectives, and qualifiers that name a body after a title', () => {
    expect(all("La Gendarmerie nationale et la Juridiction interrégionale spécialisée de Rennes enquêtent.")).toEqual([
      ['Gendarmerie nationale', 'organisation'], ['Juridiction interrégionale spécialisée de Rennes', 'organisation'],
    ]);
    expect(all('The Director General of the National Police, Marc Aubry, spoke to LCI.', 'en')).toEqual([
      ['National Police', 'organisation'], ['Marc Aubry', 'person'], ['LCI', 'organisation'],
    ]);
  });

  it('drops letters, Roman numerals, common acronyms and head words cut from their name', () => {
    const t = "II a été vu dans le Ve arrondissement. La Section de recherches enquête sur les cartes SIM et le suspect (B.) vers 3 h GMT.";
    expect(all(t)).toEqual([]);
  });

  it('reads whole long names of bodies, with their adjectives, and two bodies joined by "et"', () => {
    const t = "L'École nationale de la protection judiciaire, les services de la Police et de la Gendarmerie et la Direction des enquêtes douanières (DED) coopèrent.";
    expect(all(t)).toEqual([
      ['École nationale de la protection judiciaire', 'organisation'], ['Police', 'organisation'], ['Gendarmerie', 'organisation'],
      ['Direction des enquêtes douanières', 'organisation'], ['DED', 'organisation'],
    ]);
  });

  it('drops the people of a place, adjectives of place, and words written in lower case elsewhere', () => {
    expect(all('La colère des Lyonnais monte après la fusillade.')).toEqual([]);
    expect(all('Cocaine comes from the South American coast, drug trafficking experts say: “Drug Trafficking in Europe”.', 'en')).toEqual([['Europe', 'place']]);
  });

  it('keeps the name after a link a person name cannot hold, and drops a name alone on its line', () => {
    const t = 'The Trial of Karim Haddad opened on Monday.\nPaul Mercier\nLucas Bernard told reporters.';
    expect(all(t, 'en')).toEqual([['Karim Haddad', 'person'], ['Lucas Bernard', 'person']]);
  });

  it("keeps a French name's 's, and ends an English name at a possessive", () => {
    expect(all("Les tirs ont visé le parking du McDonald's.")).toEqual([["McDonald's", 'place']]);
    expect(all("France's Interior Minister spoke.", 'en')).toEqual([['France', 'place']]);
  });
});

describe('extractEntities: gangs named beside their rivals (sentences written for these tests)', () => {
  const groups = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).filter((e) => e.type === 'criminal_group').map((e) => e.name);

  it('reads a name set beside a group by "et", "contre", "and" as a group', () => {
    expect(groups('La guerre oppose les clans Zorbaq et Brise Mafia depuis un an.')).toEqual(['Zorbaq', 'Brise Mafia']);
    expect(groups('Les équipes « Zorbaq » contre « Brise Mafia » se disputent les points de deal.')).toEqual(['Zorbaq', 'Brise Mafia']);
    expect(groups('The feud between the “Zorbaq” and “Brise Mafia” clans goes on.', 'en')).toEqual(['Zorbaq', 'Brise Mafia']);
  });

  it('leaves known places and people beside a group alone', () => {
    expect(groups('Le réseau Brise Mafia et Marseille, une longue histoire; la Brise Mafia et Karim Haddad.')).toEqual(['Brise Mafia', 'Brise Mafia']);
  });
});

describe('extractEntities: bodies named after a title, a lower-case head word or glossed in brackets (sentences written for these tests)', () => {
  const all = (text: string) => extractEntities(text, localeKit('fr')).map((e) => [e.name, e.type]);

  it('reads a name of several words no map knows, after a title, as a body', () => {
    expect(all("Le secrétaire régional de l’Ufac Ensa Police a réagi.")).toEqual([['Ufac Ensa Police', 'organisation']]);
  });

  it('runs a lower-case head word and its link into the name, and types a name glossed by a body as that body', () => {
    const t = "La commission des Finances du Sénat a entendu le chef de l’Oris (Office régional d’investigation et de sûreté).";
    expect(all(t)).toEqual([
      ['commission des Finances du Sénat', 'organisation'], ['Oris', 'organisation'], ["Office régional d’investigation et de sûreté", 'organisation'],
    ]);
  });
});

describe('extractEntities: English names of places and bodies (sentences written for these tests)', () => {
  const all = (text: string) => extractEntities(text, localeKit('en')).map((e) => [e.name, e.type]);
  it('reads a compass word as heading a place, a possessive before a body as part of its name, and drops sentence-case words', () => {
    expect(all("Fighting goes on in Congo's East Kasai. The trial opened at St Mary’s Hospital Chapel.\nPrison guards said prison staff were afraid.")).toEqual([
      ['Congo', 'place'], ['East Kasai', 'place'], ['St Mary’s Hospital Chapel', 'organisation'],
    ]);
  });
});

describe('extractEntities: more links, spellings and senses (sentences written for these tests)', () => {
  const all = (text: string, lang: 'fr' | 'en' = 'fr') => extractEntities(text, localeKit(lang)).map((e) => [e.name, e.type, e.title]);

  it("reads the place after a title's elided link, drops a head word cut before « d' », and reads heads without accents", () => {
    const t = "Selon le procureur de la République d’Auxerre, six hommes comparaissent devant la Cour d'assises. L'Ecole nationale de police a été visée.";
    expect(all(t)).toEqual([['Auxerre', 'place', null], ['Ecole nationale de police', 'organisation', null]]);
  });

  it('reads an outlet written in lower case after its article, and a name cut after its link by the end of the text', () => {
    expect(all("Des voitures ont brûlé devant l'Ecole nationale de")).toEqual([]);
    expect(all('Les faits, relatés par Le Midi libre, remontent à lundi.')).toEqual([['Le Midi libre', 'organisation', null]]);
  });

  it('gives a name the sense the story gives it elsewhere, and reads a title before a département as of that place', () => {
    const t = "Yacine habite la cité du Dr Roux. Un agent d'immeuble du Dr Roux témoigne. Le Préfet Seine-Maritime a réagi.";
    expect(all(t)).toEqual([['Dr Roux', 'place', null], ['Dr Roux', 'place', null], ['Seine-Maritime', 'place', null]]);
  });

  it("reads a place's unit named by its acronym, and drops a preposition opening the sentence", () => {
    expect(all('Officers of the Lyon BAC were tried.', 'en')).toEqual([['Lyon BAC', 'organisation', null]]);
    expect(all('Contre Karim B., le parquet a requis six ans.')).toEqual([['Karim B', 'person', null]]);
  });
});
