// Dates of incidents: sentences written for this test (issue #8).
import { describe, expect, it } from 'vitest';
import { events } from '../../../test/support/events.js';

describe('incident dates', () => {
  it("gives an undated act the lead's day when the story is published with only its month", () => {
    // "jeudi 11 avril 2024" is not after a "2024-04" publication: only the digits both state are compared.
    const es = events(
      "Soirée de terreur à Nîmes sur fond de trafic de drogue\n\nLe quartier de Pissevin a vécu jeudi 11 avril 2024 une soirée de terreur, selon les habitants, lassés du trafic de stupéfiants.\n\nLes riverains se disent épuisés. Beaucoup veulent partir.\n\nVers 23 heures, un homme de 25 ans a été tué par balles au pied d'un immeuble, près d'un point de deal.\n",
      '2024-04',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-04-11']);
  });

  it("counts 'la veille' from the day told before the act in the same clause, not from the previous event", () => {
    const es = events(
      "Un homme enlevé à Tours sur fond de trafic de drogue\n\nTrois suspects ont été mis en examen après l'enlèvement le 3 mars à Tours d'un jeune homme lié au trafic de stupéfiants, a annoncé samedi le parquet.\n\nLa gendarmerie avait été alertée le 4 mars de l'enlèvement d'un homme la veille par des individus armés qui réclamaient une rançon.\n",
      '2024-03-09',
    );
    expect(es.find((e) => e.type === 'kidnapping_extortion')?.date).toBe('2024-03-03');
  });

  it('keeps the act\'s own day when the shift dates the telling or a later event', () => {
    const told = events(
      "Fusillade à Besançon sur fond de trafic de drogue\n\nAu soir du samedi 9 mars, un jeune homme a été tué par balle près d'un point de deal, a indiqué le parquet le lendemain.\n",
      '2024-03-11',
    );
    expect(told.map((e) => e.date)).toEqual(['2024-03-09']);
    const later = events(
      "Enlèvements sur fond de trafic de drogue\n\nUn homme était enlevé le 8 janvier dernier à Meaux par des trafiquants de drogue, avant d'être retrouvé dix jours plus tard.\n",
      '2024-02-01',
    );
    expect(later.map((e) => e.date)).toEqual(['2024-01-08']);
  });

  it("moves an act told by its news a day back when 'il a été tué la veille' follows", () => {
    const es = events(
      "Lyon sous le choc après un règlement de comptes\n\nLe réveil est difficile à Lyon, mardi 12 mars, après la mort d'un adolescent de 17 ans sur fond de trafic de drogue.\n\nIl a été abattu la veille dans le quartier de la Duchère, près d'un point de deal.\n",
      '2024-03-12',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-03-11']);
  });

  it('dates an act by the earlier of two days a day apart (the attack, not the transfer to hospital)', () => {
    const es = events(
      "Drug-related shooting in Nice\n\nA 30-year-old woman was taken to hospital on Tuesday in a critical condition after a shooting at a drug-dealing spot, and died there.\n\nPolice sealed off the area. Detectives are looking for witnesses. Dealers were the target.\n\nThe woman was seriously wounded on Monday evening by shots fired at the dealing spot in the Moulins district of Nice.\n",
      '2024-03-14',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-03-11']);
  });

  it("gives the lead's day to the news act told after several headings (headings are not told sentences)", () => {
    const es = events(
      "Nuit de violence à Nîmes sur fond de trafic de drogue\n\nNîmes a vécu ce samedi 6 avril une nuit de violence entre trafiquants de drogue. Voici ce que l'on sait.\n\nUne nuit agitée\n\nLa police est arrivée vers minuit. Les habitants sont terrifiés.\n\nLe quartier bouclé par la police\n\nLe quartier a été bouclé. Les secours sont arrivés peu après.\n\nUn bilan encore provisoire\n\nUn homme de 22 ans a été tué par balles au pied d'un immeuble du quartier de Pissevin.\n",
      '2024-04-07',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-04-06']);
  });

  it("does not lend the lead's seizure day to a seizure told in another town", () => {
    const es = events(
      "Les douaniers du Havre saisissent 300 kilos de cocaïne\n\nLe 10 mai, les douaniers du Havre ont saisi 300 kilos de cocaïne dans un conteneur de fruits venu du Brésil. La drogue était cachée dans des cartons de mangues. Sa valeur dépasse dix millions d'euros. Le dossier a été confié à la JIRS.\n\nCette opération intervient quelques jours après la saisie de 120 kilos de cocaïne effectuée à Rouen par les agents de la douane.\n",
      '2024-05-14',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-05-10', null]);
  });

  it('dates an act by the day where its scene starts, a few sentences before it', () => {
    const es = events(
      "Deux saisies de cannabis dans la Drôme\n\nLe 5 mars, les douaniers ont saisi 100 kilos de résine de cannabis dans un entrepôt de Valence.\nUne semaine plus tard, le 12 mars, les douaniers contrôlent une camionnette sur l'autoroute A7 près de Montélimar.\nLe chauffeur paraît nerveux. Les agents remarquent un plancher anormalement épais.\nAu total, 250 kilos de résine de cannabis ont été saisis à Montélimar dans le double fond du véhicule.\n",
      '2024-03-20',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-03-05', '2024-03-12']);
  });

  it("reads a pluperfect after what an inquiry established as the news act, not a recall ('établir que … avait été')", () => {
    const fr = events(
      "Feu chez une surveillante de prison à Meaux\n\nLe mardi 8 avril 2025, un feu a touché la porte d'un immeuble à Meaux, dans un quartier marqué par le trafic de drogue.\n\nLes habitants ont été évacués. Personne n'a été blessé. Les pompiers sont restés sur place une heure. La surveillante a été relogée.\n\nLes enquêteurs ont pu établir que l'incendie avait été allumé à l'aide d'un cocktail Molotov.\n",
      '2025-04-09',
    );
    expect(fr.map((e) => e.date)).toEqual(['2025-04-08']);
    const en = events(
      "Fire at a prison guard's home\n\nOn Tuesday, April 8, 2025, a fire broke out at the door of a building in Meaux, in an area known for drug trafficking.\n\nResidents were evacuated. Nobody was hurt. Firefighters stayed for an hour. The guard was moved to another home.\n\nInvestigators established that the fire had been started with a Molotov cocktail.\n",
      '2025-04-09',
    );
    expect(en.map((e) => e.date)).toEqual(['2025-04-08']);
  });

  it('dates a killing by the day its victim\'s body was found, told right after it (not the lead\'s other day)', () => {
    expect(events("Nîmes : un homme tué sur fond de trafic de drogue\n\nLe quartier de Pissevin vit dans la peur depuis le 1er mars, selon ses habitants. Un homme de 30 ans a été tué par balles à Nîmes, dans ce quartier miné par le trafic de drogue. Le corps de la victime avait été découvert le 3 mars au pied d'un immeuble.\n", '2024-03-09').map((e) => e.date)).toEqual(['2024-03-03']);
    expect(events("Nimes: man shot dead in drug war\n\nThe Pissevin estate has lived in fear since March 1, residents say. A 30-year-old man was shot dead in Nimes, in this area plagued by drug dealing. His body was found on March 3 at the foot of a building.\n", '2024-03-09').map((e) => e.date)).toEqual(['2024-03-03']);
  });
});

describe('a wire dateline', () => {
  it("dates the act by its own day, not by the day the dispatch was filed ('Paris, Sept 29, (dpa) –' … 'on Thursday evening')", () => {
    const [e] = events(
      'Two killed in Marseille shooting\n\nParis, Sept 29, (dpa) – Two men were killed in an apparent drug-related shooting in the southern French city of Marseille on Thursday evening.\n',
      '2023-09-29',
    );
    expect(e?.date).toBe('2023-09-28');
  });

  it("does the same for a French one ('MARSEILLE, 13 mars (AFP) -' … 'mardi soir')", () => {
    const [e] = events("Deux hommes tués à Marseille\n\nMARSEILLE, 13 mars (AFP) - Deux hommes ont été tués par balles mardi soir dans le 14e arrondissement de Marseille, près d'un point de deal.\n", '2024-03-13');
    expect(e?.date).toBe('2024-03-12');
  });
});

describe('an hour alone', () => {
  it("takes no day from 'aux alentours de 1h du matin' or 'at around 3am': the night told in the sentence dates the act", () => {
    const [fr] = events(
      "Enlèvement en bande organisée à Angers\n\nDeux hommes de 20 et 22 ans ont été enlevés aux alentours de 1h du matin devant un bar d'Angers dans la nuit du vendredi 2 au samedi 3 février.\n",
      '2024-02-07',
    );
    expect(fr?.date).toBe('2024-02-02');
    const [en] = events('Drug-related shooting in Lyon\n\nA man was shot dead at around 3am near a drug-dealing spot in Lyon on Saturday, February 3.\n', '2024-02-07');
    expect(en?.date).toBe('2024-02-03');
  });
});

describe('a night told by its weekdays and days', () => {
  it("dates 'dans la nuit de dimanche 19 à lundi 20 novembre' to the 19th, whatever day the story was published", () => {
    for (const pub of ['2023-11', '2023-11-27']) {
      const [e] = events("Règlement de comptes sur fond de trafic de stupéfiants à Metz\n\nDans la nuit de dimanche 19 à lundi 20 novembre, un homme a été blessé par balle dans un parc de Borny, à Metz.\n", pub);
      expect(e?.date).toBe('2023-11-19');
    }
  });
});

describe('a weekday the story already dated', () => {
  it("keeps a weekday no dated day matches cut to the month ('Samedi' after 'jeudi 14 mars')", () => {
    const es = events(
      "Trafic de drogue à Angers\n\nSamedi, un homme de 30 ans a été tué par balles près d'un point de deal à Angers.\n\nLe jeudi 14 mars, la préfète avait annoncé des renforts.\n",
      '2024-03',
    );
    expect(es.find((e) => e.type === 'shooting_homicide')?.date).toBe('2024-03');
  });
});

describe('a press conference dates the telling', () => {
  it("does not date the act by 'a précisé le procureur lors d'un point presse, vendredi'", () => {
    const es = events(
      "Fusillade à Angers\n\nUn adolescent de 16 ans a été blessé par balle mercredi 13 mars près d'un point de deal à Angers. La fusillade est liée au trafic de drogue, a précisé le procureur lors d'un point presse, vendredi en fin de journée.\n",
      '2024-03-16',
    );
    expect(es.map((e) => e.date)).toEqual(['2024-03-13']);
  });
});

describe('a week named by the text', () => {
  it("dates 'la semaine dernière' and 'last week' by their month, not by a day a week back", () => {
    const [fr] = events("Trafic de drogue à Angers\n\nUn homme de 30 ans a été tué par balles la semaine dernière près d'un point de deal à Angers.\n", '2024-03-21');
    expect([fr?.date, fr?.date_precision]).toEqual(['2024-03', 'month']);
    const [en] = events('Drug violence in Lyon\n\nA man was shot dead near a drug-dealing spot in Lyon last week.\n', '2024-03-21');
    expect([en?.date, en?.date_precision]).toEqual(['2024-03', 'month']);
  });

  it('leaves it undated when the week straddles two months', () => {
    const [e] = events('Drug violence in Lyon\n\nA man was shot dead near a drug-dealing spot in Lyon last week.\n', '2024-03-06');
    expect(e?.date).toBeNull();
  });
});

describe('an operation told by its charges, then its arrests', () => {
  it("dates 'Lundi, deux hommes ont été mis en examen … Les suspects ont été interpellés samedi' to the Saturday", () => {
    const es = events(
      "Séquestration à Angers sur fond de trafic de drogue\n\nLundi, deux hommes âgés de 21 et 25 ans ont été mis en examen à Angers pour trafic de stupéfiants et séquestration. Les suspects ont été interpellés samedi dans un appartement du quartier de Belle-Beille.\n",
      '2024-03-19',
    );
    expect(es.find((e) => e.type === 'police_operation')?.date).toBe('2024-03-16');
  });
});

describe('a scene set by a pronoun a few sentences after the lead', () => {
  it("dates the act by 'C'était le 14 février dernier' told after the lead's commentary (FR)", () => {
    const es = events(
      "Trafic de drogue : un laboratoire d'analyses incendié dans le Var\n\nL'incendie d'un laboratoire d'analyses judiciaires à Draguignan est attribué à des trafiquants. Les enquêteurs parlent d'une première. Le laboratoire examinait des téléphones saisis. Ses experts travaillent pour plusieurs tribunaux. Les auteurs ont été interpellés.\nC’était le 14 février dernier, peu avant 1 h du matin. Deux hommes ont brisé une vitre.\n",
      '2024-03-20',
    );
    expect(es).toHaveLength(1);
    expect(es[0]!.date).toBe('2024-02-14');
  });

  it("does the same for 'It was on 14 February, shortly before 1am' (EN)", () => {
    const es = events(
      'Forensic lab torched in the Var\n\nThe arson of a forensic laboratory in Draguignan is blamed on drug traffickers. Investigators call it a first. The lab examined seized phones. Its experts work for several courts. The arsonists have been arrested.\nIt was on 14 February, shortly before 1am. Two men broke a window.\n',
      '2024-03-20',
    );
    expect(es).toHaveLength(1);
    expect(es[0]!.date).toBe('2024-02-14');
  });
});

describe("the story's only act told last", () => {
  it("takes the day the story set at its start when its trigger comes after long description (FR)", () => {
    const es = events(
      "Rennes : une voiture criblée de balles au Blosne\n\nDes détonations ont résonné dans la nuit. Mercredi 6 décembre vers 22 h 15, une voiture a été retrouvée portes ouvertes square de Galicie, dans le quartier du Blosne, à Rennes. Les policiers ont relevé trois impacts de gros calibre dans la carrosserie. " +
        "Personne n'a été retrouvé à l'intérieur. Le procureur évoque un règlement de comptes sur fond de trafic de stupéfiants. Une berline blanche avait quitté les lieux à vive allure. Elle a été retrouvée en flammes un peu plus loin. Les riverains disent leur lassitude. " +
        "Une enquête pour tentative d'homicide a été ouverte et confiée à la police judiciaire.\n",
      '2023-12-08',
    );
    expect(es).toHaveLength(1);
    expect(es[0]!.date).toBe('2023-12-06');
  });
});

describe('a wire picture described before the news', () => {
  it("leaves the act undated rather than dated by the picture ('A photograph shows … on March 3, 2022')", () => {
    const [e] = events(
      "Two officers on trial in Lyon\n\nA photograph shows police officers standing guard outside a court building in Lyon on March 3, 2022.\nProsecutors in Lyon requested four-year prison sentences for two former drug squad officers who resold seized cannabis.\n",
      '2025-06-12',
    );
    expect([e?.type, e?.date]).toEqual(['trial_verdict', null]);
  });

  it("nor by 'Cette photo d'archive prise le 3 mars 2022 montre …' (FR)", () => {
    const [e] = events(
      "Deux policiers jugés à Lyon\n\nCette photo d'archive prise le 3 mars 2022 montre des policiers devant le palais de justice de Lyon.\nLe parquet de Lyon a requis quatre ans de prison contre deux anciens policiers des stupéfiants qui revendaient du cannabis saisi.\n",
      '2025-06-12',
    );
    expect([e?.type, e?.date]).toEqual(['trial_verdict', null]);
  });
});

describe("'the night of April 3' in English", () => {
  it("dates a recalled act by 'on the night of April 3, when two men … lost their lives'", () => {
    const all = events(
      "Another killing in Marseille\n\nA man was shot dead near a drug-dealing spot in the Castellas estate on Monday night. The estate had already been in mourning since the night of April 3, when two men aged 21 and 23 lost their lives in a shooting.\n",
      '2023-06-06',
    );
    const earlier = all.find((e) => e.killed === 2);
    expect([earlier?.date, earlier?.victims.map((v) => v.age)]).toEqual(['2023-04-03', [21, 23]]);
  });
  it("dates an act told 'the same night' as the earlier act it follows, not the story's lead (EN and FR)", () => {
    const en = events(
      "Another killing in northern Marseille\n\nA man of about 20 was shot dead in the Busserine estate on Monday night, firefighters said.\n\nThe estate had already been hit on the night of March 12, when two men aged 22 and 24 were killed in a shooting at a drug dealing spot.\n\nThe same night, two teenagers aged 15 and 17 were shot dead near the Old Port, in what police believe was a reprisal.\n",
      '2025-05-20',
    );
    expect(en.filter((e) => e.type === 'shooting_homicide').map((e) => e.date)).toEqual(['2025-05-19', '2025-03-12', '2025-03-12']);
    const fr = events(
      "Nouvel homicide dans les quartiers nord de Marseille\n\nUn homme d'une vingtaine d'années a été tué par balles lundi soir dans la cité de la Busserine, selon les pompiers.\n\nLa cité avait déjà été endeuillée dans la nuit du 12 mars, quand deux hommes de 22 et 24 ans avaient été tués par balles sur un point de deal.\n\nLa même nuit, deux adolescents de 15 et 17 ans avaient été abattus près du Vieux-Port, en représailles selon les enquêteurs.\n",
      '2025-05-20',
    );
    expect(fr.filter((e) => e.type === 'shooting_homicide').map((e) => e.date)).toEqual(['2025-05-19', '2025-03-12', '2025-03-12']);
  });
});

describe('the month of publication named without its name', () => {
  it("dates 'Au début du mois' to the report's month and 'le mois dernier' to the month before", () => {
    const [a] = events("Fusillade à Villeurbanne\n\nAu début du mois, un jeune homme de 18 ans a été blessé par balle près d'un point de deal à Villeurbanne.\n", '2022-06-15');
    expect(a?.date).toBe('2022-06');
    const [b] = events("Fusillade à Villeurbanne\n\nLe mois dernier, un jeune homme de 18 ans a été blessé par balle près d'un point de deal à Villeurbanne.\n", '2022-01-10');
    expect(b?.date).toBe('2021-12');
    const [c] = events('Shooting in Villeurbanne\n\nAt the start of the month, an 18-year-old was shot and wounded near a drug-dealing spot in Villeurbanne.\n', '2022-06-15');
    expect(c?.date).toBe('2022-06');
  });
});

describe('a weekday said to come', () => {
  it("keeps the raid as the news when its suspects 'seront jugés lundi prochain', and dates that hearing after publication", () => {
    const es = events(
      "Un réseau démantelé dans l'Indre\n\nUn réseau de trafiquants de drogue a été démantelé mardi à Châteauroux par les gendarmes, qui ont saisi 20 kilos de cannabis. Quatre hommes seront jugés lundi prochain en comparution immédiate.\n",
      '2024-04-19',
    );
    const raid = es.find((e) => e.type === 'police_operation' || e.type === 'seizure');
    expect(raid?.date).toBe('2024-04-16');
    const hearing = es.find((e) => e.type === 'trial_verdict');
    expect(hearing === undefined || hearing.date === '2024-04-22').toBe(true);
  });
});

describe("a quoted speaker's 'tonight'", () => {
  it('is a telling of the act the narrative dated, not another act two days later', () => {
    const es = events(
      'Two dead in a shooting in Nice\n\nTwo people were shot dead and four others wounded on Friday evening in the Moulins district of Nice, officials said.\n\n"A shooting took place tonight in Nice, in the Moulins district. Two people have died," the prefecture wrote on social media.\n',
      '2025-10-05',
    );
    expect(es.map((e) => [e.type, e.date, e.killed])).toEqual([['shooting_homicide', '2025-10-03', 2]]);
  });

  it("gives way to the narrative's day when the quote is told first", () => {
    const es = events(
      'Double killing in Nîmes\n\n"Two men were shot dead tonight in Pissevin," the mayor wrote on social media.\n\nThe two men were shot dead on Friday evening in the Pissevin district of Nîmes, near a drug-dealing spot.\n',
      '2024-06-10',
    );
    expect(es.map((e) => [e.date, e.killed])).toEqual([['2024-06-07', 2]]);
  });

  it("still dates an act told only in the quote (the day is the report's: nothing better is known)", () => {
    const es = events('Drug-related shooting in Nîmes\n\n"Tonight a man was shot dead at a drug-dealing spot in Pissevin," the prefect said.\n', '2024-06-10');
    expect(es.map((e) => e.date)).toEqual(['2024-06-10']);
  });
});

describe('a night named with no day', () => {
  it("dates 'overnight', 'last night', 'dans la nuit' with no day named to the night before the report", () => {
    // The lead's night dates the acts the next sentence lists, as a lead's weekday would.
    const en = events(
      "Attacks on French prisons\n\nSeveral prisons were targeted overnight, officials said on Tuesday.\n\nGunmen opened fire on the gate of the jail in Valence, while cars were set ablaze outside the prison of Nanterre, police sources said.\n",
      '2025-06-10',
    );
    expect(en.length).toBeGreaterThan(0);
    expect(en.map((e) => e.date)).toEqual(en.map(() => '2025-06-09'));
    const fr = events(
      "Règlement de comptes à Grenoble\n\nUn homme de 24 ans a été tué par balles dans la nuit à Grenoble, près d'un point de deal du quartier Mistral, a indiqué le parquet.\n",
      '2025-06-10',
    );
    expect(fr.map((e) => e.date)).toEqual(['2025-06-09']);
  });

  it("lets a day named in the lead date the act before a bare night that only sets the scene", () => {
    const es = events(
      "Tirs à Rennes\n\nDeux détonations dans la nuit. Puis le silence. Mardi 3 juin vers 23 heures, un homme de 30 ans a été blessé par balles dans le quartier de Maurepas, à Rennes, près d'un point de deal.\n",
      '2025-06-06',
    );
    expect(es.map((e) => e.date)).toEqual(['2025-06-03']);
  });

  it("does not read 'plus tard dans la nuit' or 'overnight on Saturday' as the night before the report", () => {
    const later = events(
      "Fusillade à Nîmes\n\nSamedi 7 juin vers 22 heures, un homme a été blessé par balles dans le quartier de Pissevin, à Nîmes, près d'un point de deal. Plus tard dans la nuit, un second homme a été blessé par balles dans le même quartier.\n",
      '2025-06-10',
    );
    expect(later.map((e) => e.date).filter((d) => d === '2025-06-09')).toEqual([]);
    const named = events(
      "Shooting in Marseille\n\nA 19-year-old man was shot dead overnight on Saturday near a drug-dealing spot in Marseille, prosecutors said.\n",
      '2025-06-10',
    );
    expect(named.map((e) => e.date)).toEqual(['2025-06-07']);
  });

  it("gives an act added far down the story ('were also hit', 'a également été incendiée') the lead's day", () => {
    const filler = (n: number, lang: 'en' | 'fr') =>
      Array.from({ length: n }, (_, i) => (lang === 'en' ? `The minister spoke to reporters about point ${i + 1} of his plan.` : `Le ministre a détaillé le point ${i + 1} de son plan.`)).join(' ');
    const en = events(
      `Prisons attacked\n\nGunmen fired at the gate of the prison in Valence on Monday night, officials said.\n\n${filler(9, 'en')}\n\nPrisons were also hit in Nanterre and Agen, where cars were set ablaze.\n`,
      '2025-06-10',
    );
    expect(en.filter((e) => e.place_mention?.text === 'Agen' || e.place_mention?.text === 'Nanterre').map((e) => e.date)).toContain('2025-06-09');
    const fr = events(
      `Prisons visées\n\nDes coups de feu ont été tirés lundi soir contre la porte de la prison de Valence, a indiqué le parquet.\n\n${filler(9, 'fr')}\n\nLa prison d'Agen a également été visée par des tirs.\n`,
      '2025-06-10',
    );
    expect(fr.filter((e) => e.place_mention?.text === 'Agen').map((e) => e.date)).toEqual(['2025-06-09']);
  });

  it("reads 'ce samedi-là', 'that Saturday' as the Saturday already told, not the last one before the report", () => {
    const fr = events("Homicide au Havre\n\nUn homme a été tué par balles le samedi 19 juillet au Havre, près d'un point de deal, a indiqué le parquet. Peu avant 21 heures ce samedi-là, une personne grièvement blessée par balle avait été signalée aux secours.\n", '2025-07-28');
    expect(fr.map((e) => e.date)).toEqual(['2025-07-19']);
    const en = events('Killing in Le Havre\n\nA man was shot dead on Saturday, July 19, in Le Havre near a drug-dealing spot, prosecutors said. Shortly before 9pm that Saturday, a person seriously injured by a bullet had been reported to the emergency services.\n', '2025-07-28');
    expect(en.map((e) => e.date)).toEqual(['2025-07-19']);
  });
});

describe("a part of the day before the day it is part of: 'on the morning of May 14', 'mid-morning on Thursday' (written for these tests)", () => {
  it('dates the act by the day that follows the part of the day', () => {
    const dates = (t: string, p: string) => events(t, p).map((e) => e.date);
    expect(dates('Incarville\n\nTwo prison officers were killed on the morning of May 14 when gunmen ambushed a prison van at a toll booth in Incarville to free a drug trafficker.\n', '2024-05-15')).toEqual(['2024-05-14']);
    expect(dates('Kidnapping\n\nHe had been abducted in Paris mid-morning on Thursday by four men who demanded a ransom from his son.\n', '2025-05-04')).toEqual(['2025-05-01']);
    expect(dates("Marseille\n\nUn homme de 27 ans a été enlevé vers 1h du matin ce dimanche 22 août dans le 4e arrondissement de Marseille, sur fond de trafic de stupéfiants.\n", '2021-08-23')).toEqual(['2021-08-22']);
  });
});

describe("a hearing told with its day gone by and the day its verdict is due (written for these tests)", () => {
  it("dates the trial by the day gone by: 'a mis jeudi sa décision en délibéré au 3 février'", () => {
    const dates = (t: string) => events(t, '2015-01-30').map((e) => [e.type, e.date]);
    expect(dates('Procès\n\nLe tribunal correctionnel de Marseille a mis jeudi sa décision en délibéré au 3 février dans le procès de sept personnes soupçonnées de trafic de cocaïne.\n')).toEqual([['trial_verdict', '2015-01-29']]);
    expect(dates('Trial\n\nOn Thursday the Marseille court set its verdict for February 3 in the trial of eight people accused of cocaine trafficking.\n')).toEqual([['trial_verdict', '2015-01-29']]);
  });
});

describe("an act told in a week that ended before the day its clause names (written for these tests)", () => {
  it("does not date 'the shooting … last week' by the day the suspect 'was charged'", () => {
    const dates = (t: string) => events(t, '2024-11-08').map((e) => [e.type, e.date]);
    expect(dates('Poitiers\n\nThe suspect arrested after the shooting that left one dead and four wounded, all teenagers, last week in Poitiers, was charged on the evening of Thursday 7 November with murder, the prosecutor said, in a drug turf war.\n')).toEqual([['shooting_homicide', null]]);
    expect(dates('Poitiers\n\nLe suspect interpellé après la fusillade qui a fait un mort et quatre blessés, tous mineurs, la semaine dernière à Poitiers, a été mis en examen le soir du jeudi 7 novembre pour meurtre, sur fond de trafic de drogue.\n')).toEqual([['shooting_homicide', null]]);
  });

  it('keeps the day when it falls inside that week', () => {
    expect(events('Poitiers\n\nLast week, on Friday 1 November, a man was shot dead in Poitiers in a drug turf war.\n', '2024-11-08').map((e) => e.date)).toEqual(['2024-11-01']);
  });
});

describe("'il y a trois jours', 'il y a quelques jours' (written for these tests)", () => {
  it('dates the act that many days before the report, or by its month when the days are not counted', () => {
    const dates = (t: string) => events(t, '2023-08-24').map((e) => e.date);
    expect(dates("Nîmes\n\nLe petit Fayed, âgé de 10 ans, a été tué par balle il y a trois jours à Nîmes, sur fond de trafic de drogue.\n")).toEqual(['2023-08-21']);
    expect(dates("Nîmes\n\nUn homme a été tué par balle il y a quelques jours à Nîmes, sur fond de trafic de drogue.\n")).toEqual(['2023-08']);
    expect(dates('Nimes\n\nA man was shot dead a few days ago in Nimes in a drug turf war.\n')).toEqual(['2023-08']);
  });
});

describe("an act told in an apposition whose main clause has a day of its own (written for these tests)", () => {
  const acts = (t: string, p: string) => events(t, p).map((e) => [e.type, e.date]);

  it("does not date the killing by the funeral: 'The funeral of Fayed, the boy shot dead in Nimes, took place on Saturday'", () => {
    expect(acts('Nimes\n\nThe funeral of Fayed, the 10-year-old boy shot dead in Nimes in a drug turf war, took place on the afternoon of Saturday 26 August.\n', '2023-08-27')).toEqual([['shooting_homicide', null]]);
    expect(acts("Nîmes\n\nLes obsèques de Fayed, l'enfant de 10 ans tué par balle à Nîmes sur fond de trafic de drogue, ont eu lieu samedi 26 août.\n", '2023-08-27')).toEqual([['shooting_homicide', null]]);
  });

  it('keeps a day told inside the apposition, and the charge its own day', () => {
    expect(acts("Nîmes\n\nLes obsèques de Fayed, l'enfant de 10 ans tué par balle lundi à Nîmes sur fond de trafic de drogue, ont eu lieu samedi 26 août.\n", '2023-08-27')).toEqual([['shooting_homicide', '2023-08-21']]);
    expect(acts('Nimes\n\nThe suspected killer of Fayed, the 10-year-old boy shot dead in Nimes, was charged on Friday, in a drug turf war case.\n', '2023-10-14')).toEqual([['shooting_homicide', null], ['police_operation', '2023-10-13']]);
  });
});
