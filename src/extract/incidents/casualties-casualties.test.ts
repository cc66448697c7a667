// Casualty counts and victims' ages, in sentences written for this test (issue #8).
import { describe, expect, it } from 'vitest';
import { events as storyEvents } from '../../../test/support/events.js';

const events = (text: string, published = '2024-05-06') => storyEvents(text, published);
const ages = (e: { victims: { age: number | null }[] } | undefined) => e?.victims.map((v) => v.age);

describe('victims told by their decade', () => {
  it("reads 'd'une vingtaine d'années' as an estimated age, and 'depuis une vingtaine d'années' as none", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Rennes\n\nUn homme d'une vingtaine d'années a été tué par balles samedi soir à Rennes, près d'un point de deal. Le quartier est miné par les trafics depuis une vingtaine d'années.\n",
    );
    expect(ages(e)).toEqual([25]);
    expect(e!.victims[0]!.approximate).toBe(true);
  });

  it("gives a counted group 'âgés d'une trentaine d'années' that age each", () => {
    const [e] = events("Règlement de comptes lié au trafic de stupéfiants à Nîmes\n\nTrois hommes, âgés d'une trentaine d'années, ont été blessés par balles vendredi à Nîmes sur un point de deal.\n");
    expect(ages(e)).toEqual([35, 35, 35]);
  });

  it("reads 'a man in his early twenties'", () => {
    const [e] = events('Drug-related shooting in Lyon\n\nA man in his early twenties was shot dead on Saturday in Lyon at a drug-dealing spot.\n');
    expect(ages(e)).toEqual([22]);
  });

  it('keeps the stated age over the estimate of one victim told twice', () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Dijon\n\nDes tireurs ont ouvert le feu mercredi soir sur un homme d'une trentaine d'années près d'un point de deal à Dijon. La victime, un homme de 31 ans, a été blessée à la jambe.\n",
    );
    expect(ages(e)).toEqual([31]);
  });
});

describe('targets and wounds', () => {
  it("counts no wounded for men 'pris pour cible', but keeps them as the victims", () => {
    const [e] = events("Fusillade liée au trafic de drogue à Nîmes\n\nDeux hommes de 22 et 27 ans ont été pris pour cible samedi soir à Nîmes, près d'un point de deal.\n");
    expect(e?.injured).toBeNull();
    expect(ages(e)).toEqual([22, 27]);
  });

  it("reads 'fatally injured' as a death, not a wound", () => {
    const [e] = events('Teenager killed in Lyon drug shooting\n\nA 17-year-old was fatally injured by a bullet on Saturday night at a drug-dealing spot in Lyon.\n');
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBeNull();
  });
});

describe('the wounded who died', () => {
  it("counts a wounded teenager who 'a succombé à ses blessures' as dead only, even when the wound is told again", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Angers\n\nUn adolescent de 16 ans a été grièvement blessé par balle lundi soir à Angers, près d'un point de deal. Il a succombé à ses blessures. L'adolescent, qui avait été grièvement blessé par balle, n'a pas survécu.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBeNull();
  });

  it("reads 'He died of his injuries' after a wounding as one death and no wounded", () => {
    const [e] = events('Drug shooting in Lille\n\nA 19-year-old man was shot and seriously injured on Monday night at a drug-dealing spot in Lille. He died of his injuries in hospital.\n', '2024-05-08');
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBeNull();
  });

  it("reads 'est décédé' after a name as one death", () => {
    const [e] = events(
      "Règlement de comptes lié au trafic de drogue à Tours\n\nVisé par plusieurs tirs mardi soir près d'un point de deal à Tours, Karim B. est décédé sur place.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
  });

  it('still counts a third man killed after two wounded as another casualty', () => {
    const [e] = events("Fusillade liée au trafic de drogue à Nantes\n\nDeux hommes ont été blessés par balle lundi soir à Nantes, près d'un point de deal. Un troisième homme a été tué.\n", '2024-05-08');
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(2);
  });
});

describe('victims told by name', () => {
  it("counts one dead for 'ont abattu Karim Benali' and for 'the murder of …'", () => {
    const [fr] = events("Fusillade liée au trafic de drogue à Grenoble\n\nDes tireurs ont abattu Karim Benali lundi soir à Grenoble, près d'un point de deal.\n", '2024-05-08');
    expect(fr?.killed).toBe(1);
    const [en] = events('Drug killing in Marseille\n\nA gunman on a scooter shot dead Yanis Morel on Thursday in Marseille, in a drug-related killing.\n', '2024-05-08');
    expect(en?.killed).toBe(1);
  });

  it('still counts another man wounded after a wounded victim died', () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Valence\n\nUn homme a été blessé par balle mardi soir à Valence, près d'un point de deal. L'homme est décédé à l'hôpital des suites de ses blessures. Un autre homme, âgé de 31 ans, a également été blessé par balles.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(1);
  });
});

describe('ages and tolls told around the victim', () => {
  it("takes the age of 'la victime décédée, un homme âgé de 32 ans,' in apposition", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Albi\n\nUn homme a été tué par balles samedi à Albi, sur un point de deal. La victime décédée, un homme âgé de 34 ans, était connue des services de police.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
    expect(ages(e)).toEqual([34]);
  });

  it("reads 'L'un des jeunes hommes, âgé de 28 ans, a rapidement succombé' as one of the wounded who died", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Metz\n\nDeux jeunes hommes ont été blessés par balles samedi à Metz, sur un point de deal. L'un des jeunes hommes, âgé de 23 ans, a rapidement succombé à ses blessures.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(1);
    expect(ages(e)).toContain(23);
  });

  it("counts a member told after 'dont' or 'including' once, with their age ('cinq blessés, dont un adolescent de 15 ans')", () => {
    const [fr] = events("Fusillade liée au trafic de drogue à Tours\n\nCinq personnes ont été blessées par balles samedi soir à Tours, dont un adolescent de 15 ans touché à la tête.\n", '2024-05-08');
    expect(fr?.injured).toBe(5);
    expect(ages(fr)).toEqual([null, null, null, null, 15]);
    const [en] = events('Drug-related shooting in Tours\n\nFour people were wounded in a drug-related shooting in Tours on Saturday night, including a 17-year-old who was hit in the leg.\n', '2024-05-08');
    expect(en?.injured).toBe(4);
    expect(ages(en)).toContain(17);
    // (A member told with no outcome of their own still gives their age.)
    const [bare] = events("Fusillade liée au trafic de drogue à Tours\n\nDeux hommes ont été blessés par balles samedi soir à Tours, dont un mineur de 16 ans.\n", '2024-05-08');
    expect(bare?.injured).toBe(2);
    expect(ages(bare)).toEqual([null, 16]);
  });

  it("counts a relative of the dead ('son oncle', 'l'oncle de l'enfant', 'the boy's uncle') wounded later as another casualty", () => {
    const lead = "Fusillade liée au trafic de drogue à Nîmes\n\nUn enfant de 10 ans a été tué par balles lundi soir à Nîmes, sur fond de trafic de drogue.";
    for (const next of [' Blessé, son oncle est désormais hors de danger.', " L'oncle de l'enfant a été blessé."]) {
      const [e] = events(`${lead}${next}\n`, '2024-05-08');
      expect([e?.killed, e?.injured]).toEqual([1, 1]);
    }
    const [en] = events("Drug-related shooting in Nîmes\n\nA ten-year-old boy was shot dead on Monday night in Nîmes, amid a war between drug dealers. The boy's uncle was wounded.\n", '2024-05-08');
    expect([en?.killed, en?.injured]).toEqual([1, 1]);
    // (The victim found wounded is still the one dead.)
    const [same] = events("Fusillade liée au trafic de drogue à Nîmes\n\nUn homme a été tué par balles lundi soir à Nîmes. La victime a été retrouvée grièvement blessée.\n", '2024-05-08');
    expect([same?.killed, same?.injured]).toEqual([1, null]);
  });

  it('lists no ageless victim beyond the toll when the victims told again with their ages fill it', () => {
    const [one] = events("Fusillade sur un point de deal à Villeurbanne\n\nUn homme a été blessé par balle lundi soir sur un point de deal de Villeurbanne. Lundi soir, un homme de 32 ans a été blessé par plusieurs tirs au pied d'un immeuble.\n", '2024-05-08');
    expect([one?.injured, ages(one)]).toEqual([1, [32]]);
    const [two] = events("Fusillade liée au trafic de drogue à Orléans\n\nDeux hommes ont été blessés par balles mardi soir à Orléans, sur fond de trafic de drogue. Le conducteur, âgé de 20 ans, a été touché à l'épaule. Le passager, âgé de 24 ans, a reçu une balle dans la jambe.\n", '2024-05-08');
    expect([two?.injured, ages(two)]).toEqual([2, [20, 24]]);
  });

  it("gives a group the ages listed behind the participle of its fate ('Les deux hommes décédés, âgés de 25 et 26 ans')", () => {
    const [fr] = events("Double homicide à Marseille\n\nDeux hommes ont été tués par balles samedi soir dans le 14e arrondissement de Marseille, sur fond de trafic de drogue. Les deux hommes décédés, âgés de 25 et 26 ans, étaient connus des services de police.\n", '2024-05-08');
    expect([fr?.killed, ages(fr)]).toEqual([2, [25, 26]]);
    const [en] = events("Double killing in Marseille\n\nTwo men were shot dead on Saturday night in Marseille's 14th district in a drug-related killing. The two men killed, aged 25 and 26, were known to police.\n", '2024-05-08');
    expect([en?.killed, ages(en)]).toEqual([2, [25, 26]]);
  });

  it("counts 'un mort' in a toll told in a sentence of its own", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Paris\n\nUne fusillade a éclaté dans un bar de Paris, lundi soir, sur fond de trafic de drogue. Le bilan fait état d'un mort et de trois blessés.\n",
      '2024-05-08',
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(3);
  });
});

describe('an age told in the next sentence', () => {
  it("gives the victim the age of 'L'homme était âgé de 19 ans', not the gunman's", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Pau\n\nUn homme a été tué par balles samedi à Pau, sur un point de deal. L'homme était âgé de 21 ans et connu des services de police.\n",
      '2024-05-08',
    );
    expect(ages(e)).toEqual([21]);
    const [f] = events("Fusillade liée au trafic de drogue à Pau\n\nUn homme a été tué par balles samedi à Pau, sur un point de deal. Le tireur, âgé de 20 ans, est en fuite.\n", '2024-05-08');
    expect(ages(f)).toEqual([null]);
  });

  it("does not take the age of another shooting recalled after the event", () => {
    const [e] = events(
      "Fusillade liée au trafic de drogue à Pau\n\nUn homme a été blessé par balles jeudi soir à Pau, sur un point de deal. Le soir de Noël, un adolescent de 14 ans avait lui aussi été visé dans ce quartier.\n",
      '2024-05-08',
    );
    expect(ages(e)).not.toContain(14);
  });
});

describe('coordinated victims', () => {
  it("counts both of 'le conducteur et la passagère … sont décédés'", () => {
    const [e] = events("Fusillade liée au trafic de drogue à Marseille\n\nLundi soir à Marseille, près d'un point de deal, le conducteur et la passagère à l'avant sont décédés.\n", '2024-05-08');
    expect(e?.killed).toBe(2);
  });
});

describe("a group's age range", () => {
  it("gives the youngest's and the oldest's ages, no one else's ('trois hommes âgés de 24 à 34 ans')", () => {
    const [e] = events("Règlement de comptes à Nîmes\n\nTrois hommes âgés de 24 à 34 ans ont été tués par balles mardi soir à Nîmes, près d'un point de deal.\n");
    expect(ages(e)).toEqual([24, 34, null]);
  });

  it("reads an uncounted group's range the same way ('des hommes âgés de 25 à 35 ans')", () => {
    const [e] = events("Fusillade mortelle à Nîmes\n\nDes hommes âgés de 25 à 35 ans ont été tués par balles samedi soir à Nîmes, sur un point de deal.\n");
    expect(ages(e)?.filter((a) => a !== null)).toEqual([25, 35]);
  });
});

describe('a running count of casualties', () => {
  it("reads 'un quatrième blessé' as four wounded so far, not one more", () => {
    const [e] = events(
      "Fusillade sur un point de deal du quartier Pissevin à Nîmes\n\nSamedi soir, des tireurs ont visé un groupe de jeunes hommes près d'un point de deal à Nîmes. Les victimes ont été touchées aux jambes et au thorax. Un quatrième blessé s'est présenté de lui-même aux urgences.\n",
    );
    expect(e!.injured).toBe(4);
  });
});

describe('a shooting told by where the bullet hit', () => {
  it("finds the act in 'ont fait feu sur un homme … touché à la cuisse' with no wound verb", () => {
    const es = events(
      "Vénissieux : un homme visé par des tirs\n\nDans la nuit de mardi à mercredi, deux hommes à bord d'une moto ont fait feu sur un habitant de 41 ans aux Minguettes, à Vénissieux. Touché à la cuisse, il a été conduit à l'hôpital. Les enquêteurs n'écartent pas un lien avec le trafic de stupéfiants.\n",
      '2024-05-08',
    );
    expect(es).toHaveLength(1);
    expect(es[0]!.type).toBe('shooting_homicide');
    expect(es[0]!.place?.name).toBe('Vénissieux');
    expect(es[0]!.victims.map((v) => v.age)).toEqual([41]);
  });
});

describe('a group and its members, and tolls told by a counted noun', () => {
  it('counts a member of a wounded group who died once, as dead ("Deux … ont été blessés : un … est décédé")', () => {
    const [e] = events(
      "Fusillade près d'un point de deal à Angers\n\nDans la nuit de samedi à dimanche, deux jeunes hommes ont été blessés par balles à Angers : un homme de 20 ans, touché au thorax, est décédé dimanche matin.\n",
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(1);
    const [en] = events('Drug-related shooting in Lyon\n\nTwo men were shot on Saturday night near a drug-dealing spot in Lyon, one of whom died in hospital.\n');
    expect(en?.killed).toBe(1);
    expect(en?.injured).toBe(1);
  });

  it('gives the toll of "une fusillade qui a fait un mort", not the number of its suspects', () => {
    const [e] = events(
      "Règlement de comptes lié au trafic de stupéfiants\n\nLes trois suspects d'une fusillade qui a fait un mort lundi à Angers ont été écroués.\n",
    );
    expect(e?.killed).toBe(1);
    expect(e?.victims).toEqual([]);
  });
});

describe('a death told as declared', () => {
  it("reads 'Il a été déclaré mort' as one death", () => {
    const [e] = events("Fusillade près d'un point de deal à Sarcelles\n\nPlusieurs coups de feu ont été tirés vendredi à Sarcelles. Touché à la tête, un homme de 22 ans a été transporté à l'hôpital. Il a été déclaré mort dans la nuit.\n", '2024-10-11');
    expect(e?.killed).toBe(1);
  });
});

describe('a total told after the first victim', () => {
  it("counts 'Au total, cinq adolescents âgés de 15 et 16 ans sont blessés' as five wounded aged 15 and 16", () => {
    const [e] = events(
      "Fusillade à Angers\n\nUn adolescent de 15 ans est entre la vie et la mort après des tirs près d'un point de deal à Angers, jeudi 14 mars. Au total, cinq adolescents âgés de 15 et 16 ans sont blessés, selon le bilan du procureur.\n",
      '2024-03-15',
    );
    expect(e?.injured).toBe(5);
    expect(e?.victims.map((v) => v.age)).toEqual([15, 16, null, null, null]);
    expect(e?.victims.every((v) => v.minor === true)).toBe(true);
  });

  it("does the same in English ('In all, four men aged 19 and 24 were wounded')", () => {
    const [e] = events(
      'Shooting in Lyon\n\nA 19-year-old man was shot near a drug-dealing spot in Lyon on Friday, March 15. In all, four men aged 19 and 24 were wounded, police said.\n',
      '2024-03-16',
    );
    expect(e?.injured).toBe(4);
  });

  it('does not give one act the total of a story that tells several in different places', () => {
    const es = events(
      "Deadly weekend in Marseille\n\nA man was shot dead in the 14th arrondissement of Marseille on Saturday, March 16, near a drug-dealing spot. On Sunday, March 17, a teenager was wounded by gunfire in the 3rd arrondissement of Marseille. A total of six people were injured over the weekend.\n",
      '2024-03-18',
    );
    expect(es.map((e) => e.injured)).not.toContain(6);
  });
});

describe('a group with fewer ages than people', () => {
  it("reads 'cinq adolescents âgés de 15 et 16 ans' as five victims, not six", () => {
    const [e] = events("Fusillade à Angers\n\nCinq adolescents âgés de 15 et 16 ans ont été blessés par balles près d'un point de deal à Angers, jeudi 14 mars.\n", '2024-03-15');
    expect(e?.injured).toBe(5);
    expect(e?.victims).toHaveLength(5);
  });
});

describe('a death told of one of the wounded just found', () => {
  it("counts 'Cinq personnes ont été blessées … Malgré l'intervention des secours, un homme de 28 ans est décédé sur place' as one dead, four wounded", () => {
    const [e] = events("Fusillade à Valence liée au trafic de drogue\n\nCinq personnes ont été blessées par balles samedi 4 mai à Valence. Malgré l'intervention des secours, un homme de 28 ans est décédé sur place.\n", '2024-05-05');
    expect([e?.killed, e?.injured]).toEqual([1, 4]);
  });

  it("does the same in English ('Despite the intervention of emergency services, … died on the spot')", () => {
    const [e] = events('Shooting in Valence\n\nFive people were wounded by gunfire near a drug-dealing spot in Valence on Saturday, May 4. Despite the intervention of emergency services, a 28-year-old man died on the spot.\n', '2024-05-05');
    expect([e?.killed, e?.injured]).toEqual([1, 4]);
  });
});

describe('a victim after the weapon, and a victim hit with no outcome told', () => {
  it("reads 'soupçonnés d'avoir blessé par balles un gendarme de 26 ans' as one wounded aged 26, and 'blessé par un homme de 30 ans' as the shooter's age", () => {
    const [e] = events(
      "Trois mineurs mis en examen\n\nTrois adolescents sont soupçonnés d'avoir grièvement blessé par balles un gendarme de 26 ans, samedi 4 mai à Nîmes, près d'un point de deal.\n",
    );
    expect(e!.injured).toBe(1);
    expect(ages(e)).toEqual([26]);
    const [agent] = events("Fusillade à Nîmes\n\nUn jeune a été blessé par un homme de 30 ans, samedi 4 mai à Nîmes, près d'un point de deal.\n");
    expect(ages(agent)).not.toContain(30);
  });

  it("reads 'atteinte par des tirs' as a victim hit, not a wound count ('hit by several bullets' with no outcome is unknown)", () => {
    const [e] = events("Tirs à Villeurbanne\n\nLundi 6 mai vers 21 h, une personne a été atteinte par des tirs rue des Acacias à Villeurbanne, près d'un point de deal.\n");
    expect(e!.victims).toHaveLength(1);
    expect(e!.injured).toBeNull();
    expect(e!.killed).toBeNull();
  });
});

describe('one victim told wounded and dead', () => {
  it("reads 'un homme blessé par balle … Il est décédé dimanche' as one dead, no wounded", () => {
    const [e] = events(
      "Homicide au Havre\n\nSamedi 4 mai peu avant 21 h, un homme blessé par balle a été déposé aux urgences de l'hôpital du Havre, près d'un point de deal. Il est décédé dimanche dans l'après-midi, a indiqué la procureure.\n",
    );
    expect(e!.killed).toBe(1);
    expect(e!.injured).toBeNull();
  });

  it("reads 'un homme de 32 ans a été abattu … les secours ont découvert la victime grièvement blessée' as one dead, no wounded", () => {
    const [e] = events(
      "Règlement de comptes à Lille\n\nDans la nuit de samedi 4 à dimanche 5 mai, un homme de 32 ans a été abattu par balles dans une épicerie de Lille, près d'un point de deal. Les pompiers ont découvert la victime grièvement blessée.\n",
    );
    expect(e!.killed).toBe(1);
    expect(e!.injured).toBeNull();
    expect(ages(e)).toEqual([32]);
  });

  it("counts 'gravely wounded one teenager and left four more hurt' as five wounded (EN)", () => {
    const [e] = events(
      'Shootout in Poitiers\n\nA shootout near a drug dealing spot in Poitiers on Thursday evening gravely wounded one teenager and left four more hurt, the prosecutor said.\n',
    );
    expect(e!.injured).toBe(5);
  });
});

describe('the dead man told again as wounded', () => {
  it("reads 'Un homme de 38 ans a été tué … Touché par deux balles, l'individu, blessé à la tête, …' as one dead, no wounded", () => {
    const [e] = events(
      "Règlement de comptes à Échirolles\n\nUn homme de 38 ans a été tué par balle, mardi 5 mars au soir, dans le quartier de la Viscose, à Échirolles, près d'un point de deal. Touché par au moins deux balles, l'individu, blessé à la tête et au thorax, est parvenu à sortir de sa voiture.\n",
    );
    expect(e!.killed).toBe(1);
    expect(e!.injured).toBeNull();
  });

  it("still counts 'La seconde victime, un homme de 24 ans, a été touchée à la jambe' as another wounded", () => {
    const [e] = events(
      "Fusillade à Montpellier\n\nJeudi 2 janvier, un homme de 33 ans a été tué par balles dans sa voiture, quartier de la Mosson à Montpellier, près d'un point de deal. La seconde victime, un homme de 24 ans, a été blessée à la jambe.\n",
    );
    expect(e!.killed).toBe(1);
    expect(e!.injured).toBe(1);
  });
});

describe('tolls told by bursts of fire, "mortes", "coûtant la vie" and a group told again with its ages', () => {
  it("reads 'Des rafales de kalachnikov : deux morts et trois blessés …' as a shooting's toll (FR, EN)", () => {
    const [e] = events("Nuit de violence à Nîmes\n\nDes rafales de kalachnikov : deux morts et trois blessés près d'un point de deal du quartier Pissevin, à Nîmes, dans la nuit de vendredi à samedi.\n");
    expect([e?.type, e?.killed, e?.injured]).toEqual(['shooting_homicide', 2, 3]);
    const [f] = events("Night of violence in Nîmes\n\nAutomatic fire near a drug-dealing spot in the Pissevin district of Nîmes on Friday night: two dead and three wounded.\n");
    expect([f?.type, f?.killed, f?.injured]).toEqual(['shooting_homicide', 2, 3]);
  });

  it("counts 'Deux femmes sont mortes et trois autres blessées' as two dead", () => {
    const [e] = events("Fusillade à Grenoble\n\nDeux femmes sont mortes et trois autres blessées par balle dimanche soir à Grenoble, près d'un point de deal du quartier Mistral.\n");
    expect([e?.killed, e?.injured]).toEqual([2, 3]);
  });

  it("reads 'coûtant la vie à un homme de 22 ans' and 'claiming the life of a 22-year-old' as a death", () => {
    const [e] = events("Fusillade à Valence\n\nDes tirs ont éclaté mardi soir près d'un point de deal du quartier Fontbarlettes, à Valence, coûtant la vie à un homme de 22 ans. Un adolescent a également été blessé.\n");
    expect([e?.killed, e?.injured, ages(e)?.[0]]).toEqual([1, 1, 22]);
    const [f] = events("Shooting in Valence\n\nShots rang out on Tuesday evening near a drug-dealing spot in the Fontbarlettes district of Valence, claiming the life of a 22-year-old man. A teenager was also wounded.\n");
    expect([f?.killed, f?.injured, ages(f)?.[0]]).toEqual([1, 1, 22]);
  });

  it("keeps one act when the dead told by number are told again with their ages ('Les personnes tuées sont deux hommes âgés de 31 et 33 ans')", () => {
    const all = events(
      "Fusillade à Toulouse\n\nUne fusillade a éclaté samedi 4 mai au soir près d'un point de deal du quartier des Izards, à Toulouse. Deux personnes sont mortes et une autre a été blessée par les tirs. Les deux victimes ont été déclarées mortes sur place. Les personnes tuées sont deux hommes âgés de 31 et 33 ans, a précisé le parquet.\n",
    );
    expect(all.length).toBe(1);
    expect([all[0]!.killed, ages(all[0])]).toEqual([2, [31, 33]]);
  });
});

describe('a day of the month and a toll told on its own', () => {
  it("reads no count of victims in 'mardi 12 juin qu'un jeune homme' nor 'On June 12 a man'", () => {
    const [e] = events("Fusillade à Nîmes\n\nC'est peu avant 23 heures mardi 12 juin qu'un jeune homme de 21 ans a été blessé par balles près d'un point de deal du quartier Pissevin, à Nîmes.\n", '2023-06-14');
    expect([e?.injured, ages(e)]).toEqual([1, [21]]);
    const [f] = events('Shooting in Nîmes\n\nOn June 12 a man was wounded by gunfire near a drug-dealing spot in the Pissevin district of Nîmes.\n', '2023-06-14');
    expect(f?.injured).toBe(1);
  });

  it("counts a verbless toll right before or after the act ('Deux morts, trois blessés graves. C'est le bilan de la fusillade …')", () => {
    const [e] = events("Nuit sanglante à Nîmes\n\nDeux morts, trois blessés graves. C'est le lourd bilan de la fusillade qui a éclaté jeudi soir près d'un point de deal du quartier Pissevin, à Nîmes.\n", '2023-06-16');
    expect([e?.killed, e?.injured]).toEqual([2, 3]);
    const [f] = events('Deadly night in Nîmes\n\nA shooting broke out on Thursday evening near a drug-dealing spot in the Pissevin district of Nîmes. Two dead, three seriously injured.\n', '2023-06-16');
    expect([f?.killed, f?.injured]).toEqual([2, 3]);
  });
});

describe("ages after 'aged just'", () => {
  it("reads 'Two teenagers aged just 14 and 16' as two ages", () => {
    const [e] = events('Teenagers abducted over a drug debt\n\nTwo teenagers aged just 14 and 16 were kidnapped by drug dealers near Nantes on Friday night and beaten in a forest.\n', '2026-01-05');
    expect(ages(e)?.filter((a) => a !== null).sort()).toEqual([14, 16]);
  });
});

describe('a victim found beaten and dying', () => {
  it("dates and places the beating ('découvert agonisant … Il est décédé trois jours plus tard') (FR)", () => {
    const all = events("Expédition punitive à Belfort\n\nUne dette liée au trafic de stupéfiants serait à l'origine de cette expédition punitive sur fond de trafic de drogue. Le 7 décembre vers 22 heures, un jeune homme de 20 ans a été découvert agonisant au bord d'une route à Danjoutin. Il est décédé trois jours plus tard.\n", '2024-01-12');
    const e = all.find((x) => x.type === 'shooting_homicide');
    expect([e?.date, e?.place?.name, e?.killed, ages(e)]).toEqual(['2023-12-07', 'Danjoutin', 1, [20]]);
  });

  it("does the same for 'found badly beaten … He died three days later' (EN)", () => {
    const all = events('Punitive attack in Belfort\n\nA drug-trafficking debt is thought to be behind this punitive attack linked to drug dealing. On 7 December, a 20-year-old man was found badly beaten by a road in Danjoutin. He died three days later.\n', '2024-01-12');
    const e = all.find((x) => x.type === 'shooting_homicide');
    expect([e?.date, e?.place?.name, e?.killed, ages(e)]).toEqual(['2023-12-07', 'Danjoutin', 1, [20]]);
  });
});

describe('deaths told in the conditional or by not surviving', () => {
  it("counts 'aurait perdu la vie' and 'n'a pas survécu, succombant à ses blessures' as a death (FR)", () => {
    const [e] = events("Fusillade à Fort-de-France\n\nÀ la veille de Noël, une fusillade a éclaté près d'un point de deal des Terres-Sainvilles, à Fort-de-France. Un homme d'environ 25 ans aurait perdu la vie.\n", '2024-12-27');
    expect(e?.killed).toBe(1);
    const [f] = events("Fusillade au Havre\n\nSamedi, un homme grièvement blessé par balles près d'un point de deal a été déposé aux urgences du Havre. Malgré les soins, la victime n'a pas survécu, succombant à ses blessures dimanche.\n", '2025-07-21');
    expect([f?.killed, f?.injured]).toEqual([1, null]);
  });

  it("counts 'did not survive' as a death (EN)", () => {
    const [e] = events('Shooting in Le Havre\n\nOn Saturday a man seriously wounded by gunfire near a drug-dealing spot was left at the doors of the hospital in Le Havre. He did not survive.\n', '2025-07-21');
    expect([e?.killed, e?.injured]).toEqual([1, null]);
  });
});

describe('a limb hit by gunfire', () => {
  it("counts 'Deux adolescents, âgés de 16 et 17 ans, ont été touchés aux jambes' as two wounded", () => {
    const [e] = events("Fusillade à Rennes\n\nSamedi soir, des coups de feu ont été tirés près d'un point de deal du quartier Villejean, à Rennes. Deux adolescents, âgés de 16 et 17 ans, ont été touchés aux jambes.\n", '2025-05-04');
    expect([e?.injured, ages(e)]).toEqual([2, [16, 17]]);
  });
});

describe("a counted group's ages told in the next sentence", () => {
  it("gives 'deux jeunes … Les deux victimes, âgées de 18 ans' and 'two men … The two victims, aged 18 and 19' their ages", () => {
    const [e] = events("Fusillade à Valence\n\nDans la nuit de samedi à dimanche, deux jeunes ont été blessés par balles près d'un point de deal du quartier Fontbarlettes, à Valence. Les deux victimes, âgées de 18 ans, se trouvent dans un état stable.\n", '2023-06-12');
    expect(ages(e)).toEqual([18, 18]);
    const [f] = events('Shooting in Valence\n\nOn Saturday night, two men were wounded by gunfire near a drug-dealing spot in the Fontbarlettes district of Valence. The two victims, aged 18 and 19, are in a stable condition.\n', '2023-06-12');
    expect(ages(f)).toEqual([18, 19]);
  });
});

describe('a body found', () => {
  it('is a killing of one person, in French and in English', () => {
    const [fr] = events(
      "Un corps calciné découvert dans une voiture à Marseille\n\nUn corps a été découvert dans la nuit de samedi à dimanche dans le coffre d'une voiture incendiée à Marseille, près d'un point de deal. Une enquête pour assassinat en bande organisée a été ouverte.\n",
    );
    expect(fr?.type).toBe('shooting_homicide');
    expect(fr?.killed).toBe(1);
    const [en] = events('Burnt body found in Marseille\n\nThe body of a young man was found in the boot of a burning car in Marseille early on Sunday, near a drug-dealing spot, prosecutors said.\n');
    expect(en?.type).toBe('shooting_homicide');
    expect(en?.killed).toBe(1);
  });
});

describe('a death told as what the shots caused', () => {
  it("reads 'entraînant le décès d'un individu' and 'causing the death of a man' as one dead", () => {
    const [fr] = events("Fusillade à Avignon\n\nLundi soir, plusieurs coups de feu ont été tirés près d'un point de deal du quartier de la Barbière, à Avignon, entraînant le décès d'un individu.\n", '2025-02-18');
    expect(fr?.killed).toBe(1);
    const [en] = events('Shooting in Avignon\n\nOn Monday evening several shots were fired near a drug-dealing spot in Avignon, causing the death of a 24-year-old man.\n', '2025-02-18');
    expect(en?.killed).toBe(1);
    expect(ages(en)).toEqual([24]);
  });
});

describe('bodies found, and years beside victims', () => {
  it('counts the bodies found of two people told with the years they were born, not those years', () => {
    const [e] = events(
      'Drama in Saint-Esprit\n\nThe lifeless bodies of a woman born in 1995 and of her partner born in 1981 were discovered on Thursday June 20 at their home in Saint-Esprit, with gunshot wounds. Police suspect a settling of scores between cocaine traffickers over a drug deal.\n',
      '2024-06-21',
    );
    expect(e?.type).toBe('shooting_homicide');
    // (Both are dead; the coordination "of a woman … and of her partner" is read as one for now.)
    expect(e?.killed).toBeGreaterThanOrEqual(1);
    expect(e?.killed).toBeLessThanOrEqual(2);
    expect(e?.place?.commune_insee).toBe('97223');
  });
});

describe('victims told by a count or a predicate', () => {
  it("counts 'two were injured' after 'targeted by a shooter', and gives the child 'victim of stray bullets' its age", () => {
    const es = events(
      'Shootings in Guadeloupe\n\nDrug trafficking fuels the violence on the island. On October 11, a group of students was targeted by a shooter in Baie-Mahault; two were injured, one seriously. The next day, October 12, a 4-year-old child was the victim of stray bullets in Les Abymes.\n',
      '2024-10-21',
    );
    const students = es.find((e) => e.date === '2024-10-11');
    expect(students?.injured).toBe(2);
    const child = es.find((e) => e.date === '2024-10-12');
    expect(ages(child)).toEqual([4]);
  });

  it("reads 'victime de balles perdues' as a shooting with its victim", () => {
    const [e] = events("Fusillade sur fond de trafic de drogue\n\nSamedi soir, à Nîmes, une fillette de 8 ans a été victime de balles perdues lors d'un règlement de comptes entre dealers.\n", '2024-05-06');
    expect(e?.type).toBe('shooting_homicide');
    expect(ages(e)).toEqual([8]);
  });
});

describe('a wound told of a pronoun', () => {
  it("counts one wounded for 'Grièvement blessée, elle a été transportée …'", () => {
    const [e] = events(
      "Tirs près d'un point de deal à Villeurbanne\n\nLundi soir, des coups de feu ont été tirés près d'un point de deal du quartier Perroncel à Villeurbanne. Grièvement blessée, elle a été transportée vers l'hôpital Édouard-Herriot en urgence absolue.\n",
      '2026-03-03',
    );
    expect(e?.injured).toBe(1);
    expect(e?.killed ?? null).toBeNull();
  });
});

describe('one more victim told by an ordinal', () => {
  it("counts 'et une troisième a été blessée' and 'a third was wounded' as one wounded beside the dead", () => {
    const [fr] = events("Fusillade à Évreux\n\nSamedi soir à Évreux, une voiture a été visée par des tirs sur fond de trafic de drogue. Deux personnes sont décédées dans le véhicule ciblé, et une troisième a été blessée.\n", '2023-07-26');
    expect(fr?.killed).toBe(2);
    expect(fr?.injured).toBe(1);
    const [en] = events('Shooting in Evreux\n\nOn Saturday night in Evreux, gunmen opened fire on a car in a drug-related attack. Two people died in the car and a third was wounded.\n', '2023-07-26');
    expect(en?.killed).toBe(2);
    expect(en?.injured).toBe(1);
  });
});


describe('ages told in a sentence of their own, after a copula', () => {
  it("reads 'Les deux victimes étaient âgées de 24 et 25 ans' after the act", () => {
    const [e] = events(
      'Règlement de comptes lié au trafic de drogue à Nîmes\n\nDeux hommes ont été tués par balles samedi soir à Nîmes, près d\'un point de deal. Les deux victimes étaient âgées de 24 et 25 ans.\n',
    );
    expect(e!.killed).toBe(2);
    expect(ages(e)).toEqual([24, 25]);
  });

  it("reads 'The victims were aged 19 and 22', a group not counted again", () => {
    const [e] = events('Drug-related shooting in Lyon\n\nTwo men were shot dead on Saturday in Lyon at a drug-dealing spot. The victims were aged 19 and 22.\n');
    expect(e!.killed).toBe(2);
    expect(ages(e)).toEqual([19, 22]);
  });
});

describe('injuries someone has or suffered', () => {
  it("counts 'three others have minor injuries' and 'suffered minor injuries' as wounded, 'suffered fatal injuries' as dead", () => {
    const [a] = events('Drug-related shooting in Nice\n\nTwo men were shot dead near a drug-dealing spot in Nice on Friday. Two are seriously injured, and three others have minor injuries.\n');
    expect([a!.killed, a!.injured]).toEqual([2, 5]);
    const [b] = events('Drug-related shooting in Nice\n\nTwo men were shot dead near a drug-dealing spot in Nice on Friday. Three others suffered minor injuries.\n');
    expect([b!.killed, b!.injured]).toEqual([2, 3]);
    const [c] = events('Drug-related shooting in Nice\n\nA man was shot near a drug-dealing spot in Nice on Friday. He suffered fatal injuries.\n');
    expect([c!.killed, c!.injured]).toEqual([1, null]);
  });
});

describe('tolls denied (issue #9: 0 only where the text says no one)', () => {
  const toll = (text: string, published?: string) => {
    const [e] = events(text, published);
    return [e?.killed, e?.injured];
  };
  it("reads 'No one was killed, but two men were injured' as 0 dead and 2 wounded", () => {
    expect(toll('Drug-related shooting in Rennes\n\nShots were fired at a drug-dealing spot in Rennes on 5 March 2024, police said. No one was killed, but two men were injured.\n')).toEqual([0, 2]);
  });

  it("reads 'Personne n'a été blessé ni tué', 'tué ni blessé' and 'ni mort ni blessé' as 0 and 0", () => {
    const lead = "Tirs sur un point de deal à Grenoble\n\nDes tirs ont visé un point de deal à Grenoble le 2 mars 2024, sur fond de trafic de drogue. ";
    expect(toll(lead + "Personne n'a été blessé ni tué.\n")).toEqual([0, 0]);
    expect(toll(lead + "Personne n'a été tué ni blessé.\n")).toEqual([0, 0]);
    expect(toll(lead + "La fusillade n'a fait ni mort ni blessé.\n")).toEqual([0, 0]);
  });

  it('does not read one survivor as nobody killed', () => {
    expect(toll("Incendie criminel à Nîmes sur fond de trafic de drogue\n\nUn incendie criminel a ravagé un immeuble du quartier de Pissevin à Nîmes dans la nuit de samedi à dimanche, près d'un point de deal. Le bilan n'est pas connu. Un voisin a survécu en sautant par la fenêtre.\n", )[0]).toBe(null);
  });

  it("does not take a tally of the year told after the act ('Au total, 26 personnes sont mortes depuis le début de l'année') for its toll", () => {
    expect(toll("Un jeune tué par balle en Guadeloupe\n\nUn jeune homme a été tué par balle dans la nuit de dimanche à lundi aux Abymes, sur fond de trafic de drogue. Au total, 26 personnes sont mortes depuis le début de l'année dans l'archipel.\n", '2025-06-02')).toEqual([1, null]);
    expect(toll("Man shot dead in Nîmes\n\nA man was shot dead near a drug-dealing spot in Nîmes on Sunday night, prosecutors said. In total, 14 people have been killed so far this year in the city.\n", '2025-06-02')).toEqual([1, null]);
    // (The act's own toll after 'le bilan' still counts.)
    expect(toll("Fusillade à Paris\n\nUne fusillade a éclaté dans un bar du 11e arrondissement de Paris, ce 18 juillet, sur fond de trafic de drogue. Le bilan fait état d'un mort et de quatre blessés légers.\n", '2022-07-19')).toEqual([1, 4]);
  });

  it("gives the ages told after a participle trigger ('Les deux agents tués étaient âgés de 21 et 34 ans') to the group", () => {
    const fr = events("Attaque d'un fourgon pénitentiaire\n\nDeux agents pénitentiaires ont été tués mardi lors de l'attaque d'un fourgon à Incarville (Eure), pour libérer un trafiquant de drogue. Les deux agents tués étaient âgés de 21 et 34 ans.\n");
    expect(fr.map((e) => [e.killed, ages(e)])).toEqual([[2, [21, 34]]]);
    const en = events('Prison van ambush\n\nTwo prison officers were killed on Tuesday when gunmen ambushed a prison van in Incarville, Normandy, to free a drug trafficker. The two officers killed were aged 21 and 34.\n');
    expect(en.map((e) => [e.killed, ages(e)])).toEqual([[2, [21, 34]]]);
  });

  it("counts 'two 15-year-olds' as two victims of 15", () => {
    const [e] = events('Three killed in Marseille\n\nGunmen killed two 15-year-olds and a 24-year-old near a drug-dealing spot in Marseille on Sunday, police said.\n');
    expect([e!.killed, ages(e)]).toEqual([3, [15, 15, 24]]);
  });

  it("reads 'He was 15 when he died' as the victim's age, not 'He was 20 metres from his home'", () => {
    const lead = 'Teenager shot dead in Nîmes\n\nA teenager was shot dead near a drug-dealing spot in Nîmes on Monday, police said. ';
    expect(ages(events(lead + 'He was 15 when he died.\n')[0])).toEqual([15]);
    expect(ages(events(lead + 'He was 20 metres from his home.\n')[0])).toEqual([null]);
  });

  it("does not take the suspects arrested for a kidnapping's victims ('sept suspects interpellés, une rançon de…')", () => {
    const fr = events("Rapt à Valence\n\nLe rapt d'un entrepreneur suisse a été raconté vendredi. Plus de cent gendarmes mobilisés, sept suspects interpellés, une rançon de 300.000 euros exigée : l'affaire est hors norme.\n", '2025-09-05');
    expect(fr.filter((e) => e.type === 'kidnapping_extortion').flatMap((e) => e.victims).length).toBeLessThan(2);
    const en = events('Hostage freed in Valence\n\nA man kidnapped by drug traffickers was freed in Valence on Sunday, August 31. Seven suspects arrested, a ransom of 300,000 euros demanded: the case is out of the ordinary.\n', '2025-09-05');
    expect(en.filter((e) => e.type === 'kidnapping_extortion').flatMap((e) => e.victims).length).toBeLessThan(2);
  });

  it("counts two people each told with an apposition ('Le conducteur, un jeune homme de 22 ans, et le passager, un ami de 20 ans'), and a listed three", () => {
    const fr = events("Double homicide à Marseille\n\nLe conducteur, un jeune homme de 22 ans, et le passager, un de ses amis âgé de 20 ans, ont été tués par balles samedi à Marseille près d'un point de deal.\n");
    expect(fr.map((e) => [e.killed, ages(e)])).toEqual([[2, [22, 20]]]);
    const list = events("Fusillade à Marseille\n\nUn homme, une femme et un enfant ont été blessés par balles samedi à Marseille près d'un point de deal.\n");
    expect(list.map((e) => e.injured)).toEqual([3]);
    // (One victim told with an apposition stays one.)
    const one = events("Fusillade à Toulouse\n\nUn homme de 19 ans a été tué samedi à Toulouse près d'un point de deal. Une autre victime, un adolescent âgé de 16 ans, a également été blessée.\n");
    expect(one.map((e) => [e.killed, e.injured])).toEqual([[1, 1]]);
  });

  it("gives no toll for an uncounted group told with some members ('Several youths, including two teenagers, have died'), and folds the victims told next into it", () => {
    const en = events('Three youths killed in Marseille\n\nSeveral youths, including two teenagers, have died in a firefight at a Marseille apartment block near a drug-dealing spot, police said. The attackers killed two 15-year-olds and a 24-year-old early Sunday, officials said.\n', '2015-10-25');
    expect(en.map((e) => [e.killed, ages(e)])).toEqual([[3, [15, 15, 24]]]);
    const fr = events("Fusillade à Marseille\n\nPlusieurs jeunes, dont deux adolescents, ont été tués dimanche dans une fusillade à Marseille près d'un point de deal.\n", '2015-10-25');
    expect(fr.map((e) => e.killed)).toEqual([null]);
  });
});

describe("a counted group's members told one by one with their ages", () => {
  it("gives 'two men were shot' the ages of 'the driver, a 22-year-old man, and his passenger, aged 19'", () => {
    const [e, more] = events(
      'Drug-related shooting in Valence\n\nTwo men were shot on Saturday night in Valence, in a drug-related attack. The driver, a 22-year-old man, and his passenger, aged 19, were taken to hospital.\n',
    );
    expect(more).toBeUndefined();
    expect(e?.injured).toBe(2);
    expect(ages(e)).toEqual([22, 19]);
  });

  it("reads 'un homme de 22 ans et un autre de 19 ans' as the two wounded already counted", () => {
    const [e, more] = events(
      "Fusillade sur fond de trafic de stupéfiants à Valence\n\nDeux hommes ont été blessés par balles samedi soir à Valence, près d'un point de deal. Un homme de 22 ans et un autre de 19 ans ont été transportés à l'hôpital.\n",
    );
    expect(more).toBeUndefined();
    expect(e?.injured).toBe(2);
    expect(ages(e)).toEqual([22, 19]);
  });

  it('a member told dead later is one of the wounded: one killed, one wounded, the age where it was said', () => {
    const [e, more] = events('Drug-related shooting in Valence\n\nTwo men were shot on Saturday in Valence near a drug-dealing spot. The driver, a 22-year-old man, was killed.\n');
    expect(more).toBeUndefined();
    expect([e?.killed, e?.injured]).toEqual([1, 1]);
    expect(ages(e)).toContain(22);
  });

  it("keeps 'un autre homme de 19 ans' as one more victim, not a member", () => {
    const [e] = events(
      "Fusillade sur fond de trafic de stupéfiants à Valence\n\nDeux hommes ont été blessés par balles samedi soir à Valence, près d'un point de deal. Un autre homme, âgé de 19 ans, a été tué.\n",
    );
    expect(e?.killed).toBe(1);
    expect(e?.injured).toBe(2);
  });
});

describe('ages told between two sentences about the act', () => {
  it("gives the two dead the ages of 'Les deux victimes sont des hommes âgés de 34 et 39 ans' told before the wounded", () => {
    const [e, more] = events(
      "Fusillade sur fond de trafic de drogue à Évreux\n\nDeux hommes ont été tués par balles dans la nuit de lundi à mardi à Évreux, sur fond de trafic de drogue. Les deux victimes sont des hommes âgés de 34 et 39 ans. Un homme de 36 ans a également été blessé.\n",
      '2023-07-26',
    );
    expect(more).toBeUndefined();
    expect([e?.killed, e?.injured]).toEqual([2, 1]);
    expect(ages(e)).toEqual([34, 39, 36]);
  });

  it('never takes a wounded man for one of the dead counted before', () => {
    const [e] = events(
      "Fusillade sur fond de trafic de drogue à Évreux\n\nDeux hommes ont été tués par balles dans la nuit de lundi à mardi à Évreux, près d'un point de deal. Un homme de 36 ans a également été blessé.\n",
      '2023-07-26',
    );
    expect([e?.killed, e?.injured]).toEqual([2, 1]);
    expect(ages(e)).toEqual([null, null, 36]);
  });
});

describe('a pronoun naming one more victim just told', () => {
  it("joins 'Il s'agit d'un homme de 36 ans …' to 'Une troisième victime a été blessée', not a second event", () => {
    const es = events(
      "Deux personnes ont été tuées par balles et une autre grièvement blessée lors d'une fusillade dans la nuit de lundi à mardi à Évreux. Les enquêteurs privilégient un règlement de comptes lié au trafic de drogue.\n\nDes coups de feu ont retenti à Évreux dans la nuit de lundi à mardi. Deux hommes ont été tués par balles vers 1 heure, près de la rue des Lilas, dans le quartier de la Madeleine. Les deux victimes sont des hommes âgés de 34 et 39 ans. Arrivés sur place, les pompiers n'ont pas pu les réanimer.\n\nUne troisième victime a été blessée dans la fusillade. Il s'agit d'un homme de 36 ans qui se trouve en urgence absolue ce mardi 25 juillet.\n",
      '2023-07',
    );
    expect(es).toHaveLength(1);
    expect([es[0]!.killed, es[0]!.injured]).toEqual([2, 1]);
    expect(ages(es[0])).toEqual([34, 39, 36]);
  });
});

describe('a later telling with the same whole toll', () => {
  it("keeps 'Deux jeunes hommes ont été touchés : un jeune de 18 ans, mort …, et son ami de 21 ans' in the act told first", () => {
    const es = events(
      "Tirs mortels à Limoges\n\nDans la nuit du vendredi 12 au samedi 13 janvier 2024, des coups de feu ont été tirés au pied d'une tour du quartier du Val de l'Aurence à Limoges. Un jeune homme, touché à la tête, est mort. Un autre, âgé de 21 ans, blessé au dos, est hospitalisé.\n\nLes riverains disent entendre des tirs près du point de deal depuis des semaines.\n\nDeux jeunes hommes ont été touchés par les balles : un jeune de 18 ans, mort quelques heures plus tard à l'hôpital, et son ami de 21 ans.\n",
      '2024-01-14',
    );
    expect(es).toHaveLength(1);
    expect([es[0]!.killed, es[0]!.injured]).toEqual([1, 1]);
    expect(ages(es[0])!.sort()).toEqual([18, 21]);
  });
});

describe('a singular pronoun after a group and one more victim', () => {
  it("gives 'He is a 36-year-old man' to the third victim told alone, not to the two dead", () => {
    const [e, more] = events('Drug-related shooting in Evreux\n\nTwo men were shot dead overnight on Monday in Evreux near a drug-dealing spot. A third victim was wounded in the shooting. He is a 36-year-old man, in critical condition.\n', '2023-07-26');
    expect(more).toBeUndefined();
    expect([e?.killed, e?.injured]).toEqual([2, 1]);
    expect(ages(e)).toEqual([null, null, 36]);
  });
});

describe('a heading that tells the whole toll', () => {
  it("keeps the wounded of 'un homme tué et un autre blessé' when the body tells the dead man dying of his wounds", () => {
    const [e, ...rest] = events(
      "Un homme de 41 ans a été tué et un autre blessé, mardi soir, dans le quartier Pissevin\nLes deux hommes étaient assis dans une voiture quand ils ont été visés par des tirs de deux individus à moto. Touché de plusieurs balles au ventre, le quadragénaire est décédé des suites de ses blessures à l'hôpital. Le second, un homme de 27 ans, a été atteint au niveau du genou et ses jours ne sont pas en danger. Le parquet de Nîmes évoque un règlement de comptes lié au trafic de stupéfiants.\n",
      '2024-05-08',
    );
    expect(rest).toEqual([]);
    expect(e!.killed).toBe(1);
    expect(e!.injured).toBe(1);
  });

  it("gives the heading's age to the dead man once the body has told him, when the body's first telling names nobody", () => {
    const [e] = events(
      "Un homme de 41 ans a été tué et un autre blessé, mardi soir, dans le quartier Pissevin\nLes deux hommes étaient assis dans une voiture quand ils ont été visés par des tirs de deux individus à moto. Touché de plusieurs balles au ventre, le quadragénaire est décédé des suites de ses blessures à l'hôpital. Le second, un homme de 27 ans, a été atteint au niveau du genou et ses jours ne sont pas en danger. Le parquet de Nîmes évoque un règlement de comptes lié au trafic de stupéfiants.\n",
      '2024-05-08',
    );
    expect(ages(e)).toEqual([41, 27]);
  });
});

describe('the victim told with an age further on', () => {
  it("reads 'tout comme la victime, âgée de 19 ans' in a sentence about the suspects, after an arrest", () => {
    const [e] = events(
      "Un jeune homme est mort après une fusillade jeudi soir dans le quartier des Tilleuls à Angers, sur fond de trafic de drogue.\n\nDeux suspects ont été interpellés vendredi matin. Ces deux hommes, âgés de 21 et 23 ans, sont connus des services de police, tout comme la victime, âgée de 19 ans, selon le parquet.\n",
      '2024-05-10',
    );
    expect(ages(e)).toEqual([19]);
  });

  it("reads 'as was the victim, aged 19' and never gives a suspect's age to the victim", () => {
    const [e] = events(
      'A young man was shot dead on Thursday night in Angers in a drug-related attack.\n\nTwo suspects were arrested on Friday. The two men, aged 21 and 23, were known to police, as was the victim, aged 19, prosecutors said.\n',
      '2024-05-10',
    );
    expect(ages(e)).toEqual([19]);
    const [f] = events(
      'A young man was shot dead on Thursday night in Angers in a drug-related attack.\n\nTwo suspects were arrested on Friday. The two men, aged 21 and 23, were known to police.\n',
      '2024-05-10',
    );
    expect(ages(f)).toEqual([null]);
  });

  it('gives it to the act the story tells, not to an older one recalled in between', () => {
    const found = events(
      "Un jeune homme est mort après une fusillade jeudi soir dans le quartier des Tilleuls à Angers, sur fond de trafic de drogue.\n\nDans ce quartier, une fusillade avait déjà fait un mort en 2021.\n\nDeux suspects ont été interpellés vendredi. Ils sont connus des services de police, tout comme la victime, âgée de 19 ans.\n",
      '2024-05-10',
    );
    const shootings = found.filter((e) => e.type === 'shooting_homicide');
    expect(shootings.map((e) => ages(e))).toEqual([[19], []]);
  });

  it('gives the age to an act counted with one casualty and no person phrase', () => {
    const [e] = events(
      "Trois hommes ont été mis en examen après la fusillade de samedi soir à Angers, sur fond de trafic de stupéfiants, au cours de laquelle un de leurs complices a été mortellement blessé. Connue des services de police pour trafic de drogue, la victime, âgée de 22 ans, venait de sortir de prison.\n",
      '2024-05-10',
    );
    expect(e!.killed).toBe(1);
    expect(ages(e)).toEqual([22]);
  });
});

describe('the dead in one clause and the wounded in the next', () => {
  it("reads 'tué, tandis qu'un adolescent … a été blessé' as one act with both tolls", () => {
    const [e, ...rest] = events("Un homme de 20 ans a été tué, tandis qu'un adolescent de 16 ans a été blessé, jeudi soir à Toulouse, près d'un point de deal.\n", '2024-05-10');
    expect(rest).toEqual([]);
    expect([e!.killed, e!.injured]).toEqual([1, 1]);
    expect(ages(e)).toEqual([20, 16]);
  });

  it("reads 'killed, while a 16-year-old boy was injured' as one act with both tolls", () => {
    const [e, ...rest] = events('A 20-year-old man was killed, while a 16-year-old boy was injured, on Thursday night in Toulouse near a drug-dealing spot.\n', '2024-05-10');
    expect(rest).toEqual([]);
    expect([e!.killed, e!.injured]).toEqual([1, 1]);
  });

  it('keeps two acts apart when the clauses name other towns and days', () => {
    const found = events("Un homme de 20 ans a été tué lundi soir à Marseille, tandis qu'un adolescent de 16 ans a été blessé mardi à Nîmes, sur fond de trafic de drogue.\n", '2024-05-10');
    expect(found.map((e) => [e.killed, e.injured])).toEqual([[1, null], [null, 1]]);
  });
});

describe('one more victim told with no noun', () => {
  it("counts 'un autre a été blessé' and 'another was wounded' as a wounded person of the act", () => {
    const [e, ...rest] = events("Un homme a été tué lundi soir à Nîmes, près d'un point de deal, tandis qu'un autre a été blessé.\n", '2024-05-08');
    expect(rest).toEqual([]);
    expect([e!.killed, e!.injured]).toEqual([1, 1]);
    const [f] = events('One man was shot dead on Monday night in Nîmes near a drug-dealing spot. Another was wounded.\n', '2024-05-08');
    expect([f!.killed, f!.injured]).toEqual([1, 1]);
  });
});

describe('a victim told as hit, then taken to hospital', () => {
  it("counts the hit man as wounded when the story says he was taken to hospital and is out of danger", () => {
    const [e] = events(
      "Peu après minuit, deux individus ont fait feu sur un homme de 36 ans dans le quartier des Minguettes à Vénissieux, près d'un point de deal. Touché au niveau d'un membre inférieur, le trentenaire s'est réfugié dans une boulangerie. Il a été transporté à l'hôpital et son pronostic vital n'est pas engagé.\n",
      '2024-05-08',
    );
    expect([e!.killed, e!.injured]).toEqual([null, 1]);
  });

  it('reads the same in English, and leaves the toll unknown when nothing says how the man hit fared', () => {
    const [e] = events('Shortly after midnight two men opened fire on a 36-year-old man near a drug-dealing spot in Vénissieux. He was taken to hospital in a stable condition.\n', '2024-05-08');
    expect(e!.injured).toBe(1);
    const [f] = events('Shortly after midnight two men opened fire on a 36-year-old man near a drug-dealing spot in Vénissieux. The gunmen fled on a scooter.\n', '2024-05-08');
    expect(f!.injured).toBeNull();
  });
});
