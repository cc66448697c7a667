// Precision: sentences written for this test that read like incidents but are not one (a tally, a plan, a charge, a
// person's record), each next to a sentence that is one, so that the guard is seen to keep the act.
import { describe, expect, it } from 'vitest';
import { events } from '../../../test/support/events.js';

const types = (text: string, published: string) => events(text, published).map((e) => e.type);

describe('incident precision', () => {
  it("reads 'depuis octobre' as a period, and '15.000 habitants' as no count of victims: the toll is a tally", () => {
    const text =
      "Nîmes : la guerre des points de deal\n\nLe maire de Nîmes a reçu mardi les habitants du quartier Pissevin. Dans ce quartier de 15.000 habitants, une guerre de territoire sur fond de trafic de stupéfiants a fait une dizaine de blessés par balles depuis octobre, selon le parquet.\n";
    expect(types(text, '2024-02-08')).not.toContain('shooting_homicide');
  });

  it("reads 'en moyenne … tous les deux jours' as a rate, not an act", () => {
    const text =
      "Violences liées au trafic de drogue en Guadeloupe\n\nLe narcotrafic gangrène l'archipel, selon la préfecture.\n\nÀ Pointe-à-Pitre, la procureure déplore « un usage d'arme à feu tous les deux jours en moyenne, qu'il s'agisse de braquages, de tentatives d'homicide ou de meurtres ».\n";
    expect(types(text, '2023-05-02')).not.toContain('shooting_homicide');
  });

  it("reads 'devaient être jugées' as a schedule, not a trial held", () => {
    const text =
      "Trafic de cannabis : le procès s'est ouvert à Nancy\n\nLe procès de sept hommes poursuivis pour un trafic de cannabis s'est ouvert mardi 4 avril devant le tribunal correctionnel de Nancy.\n\nNeuf personnes devaient initialement être jugées devant le tribunal correctionnel de Nancy, mais deux le seront finalement le 12 juin.\n";
    expect(events(text, '2024-02-08').filter((e) => e.type === 'trial_verdict').map((e) => e.date)).toEqual(['2023-04-04']);
  });

  it("reads 'soupçonnés d'avoir rançonné des revendeurs' as the charge of the case, not an extortion of its own", () => {
    const text =
      "Six gendarmes devant le tribunal\n\nLe procès de six gendarmes s'est ouvert lundi 2 octobre devant le tribunal correctionnel de Lyon. Les militaires sont soupçonnés, à des degrés divers, d'avoir racketté des revendeurs de cannabis ou falsifié des procès-verbaux.\n";
    expect(types(text, '2023-10-03')).not.toContain('kidnapping_extortion');
  });

  it("still tells a kidnapping someone is accused of when its victim is counted or aged", () => {
    const text =
      "Deux hommes écroués\n\nDeux hommes accusés d'avoir séquestré un commerçant de 52 ans dans une cave de Grenoble pour une dette de drogue ont été écroués jeudi.\n";
    expect(types(text, '2023-10-06')).toContain('kidnapping_extortion');
  });

  it("reads 'connu de la justice pour avoir été condamné en 2016 à trois ans de prison' as a victim's record", () => {
    const text =
      "Un homme abattu à Bastia\n\nUn homme de 33 ans a été abattu samedi soir devant un bar du centre de Bastia, sur fond de trafic de stupéfiants. La victime était connue de la justice pour avoir été condamnée en 2016 à trois ans de prison pour vol avec arme.\n";
    expect(types(text, '2021-03-15')).toEqual(['shooting_homicide']);
  });

  it("reads 'in this war' as the frame of a toll, not an act", () => {
    const text =
      "Prosecutor warns of younger gunmen\n\nThe Marseille prosecutor said on Friday that drug gangs recruit ever younger gunmen. He added on Thursday that 14 minors were also injured in this war between drug traffickers.\n";
    expect(types(text, '2024-02-08')).not.toContain('shooting_homicide');
  });

  it('folds the seizure a trial story opens with into the case it judges', () => {
    const text =
      "Trafic de cocaïne au port de Rouen\n\nPlus de 900 kilos de cocaïne avaient été saisis dans ce dossier, selon l'accusation. Le procès de six dockers s'est ouvert lundi 4 mars devant le tribunal correctionnel de Rouen.\n";
    expect(types(text, '2024-03-05')).toEqual(['trial_verdict']);
  });

  it("does not date a trial by the arrests of the case it judges ('arrêté en avril 2017')", () => {
    const text =
      "Des policiers jugés pour corruption\n\nLe procès de trois policiers s'est ouvert devant le tribunal correctionnel de Paris.\n\nLeurs avocats plaident la relaxe. L'audience doit durer deux semaines. Un témoin sera entendu vendredi.\n\nEn avril 2017, ils avaient interpellé deux hommes en possession de cocaïne.\n";
    const es = events(text, '2021-06-10');
    expect(es).toHaveLength(1);
    expect(es[0]!.date).not.toBe('2017-04');
  });

  it('tells one hearing once when two passages date it to the same day, whatever place each names', () => {
    const text =
      "Trafic de cocaïne : le procès des dockers de Saint-Nazaire s'ouvre à Rennes\n\nLe procès de sept dockers poursuivis pour un trafic de cocaïne s'est ouvert ce mardi 14 mai à Rennes.\n\nLes enquêteurs avaient suivi les conteneurs pendant deux ans. Les prévenus contestent les faits. Leurs avocats dénoncent une enquête à charge.\n\nLe procès de ces sept hommes dans une affaire de trafic au port de Saint-Nazaire s'est ouvert ce mardi 14 mai.\n";
    expect(types(text, '2024-05-14')).toEqual(['trial_verdict']);
  });

  it('takes no act from a question ("Why was he killed?")', () => {
    const text =
      "New killing in broad daylight in Nîmes (Gard). This time, the victim was a 20-year-old man unknown to the police, the younger brother of an activist who fights drug trafficking in the Pissevin district. Why was he killed? Here is what we know.\nWhat happened?\nThis Thursday, March 7, at around 2 pm, a 20-year-old man was shot and killed in the Pissevin district of Nîmes.\n";
    const es = events(text, '2024-03-08');
    expect(es.map((e) => e.date)).toEqual(['2024-03-07']);
  });

  it("does not date a trial by the crime named inside its clause when its own verb comes after the crime", () => {
    const text =
      "Trafic de cocaïne : le procès s'ouvre à Douai\n\nLe procès de cinq hommes, pour leur rôle dans un trafic de cocaïne au cours duquel un passeur avait été enlevé et tué en 2019, s'est ouvert lundi à Douai.\n";
    const trials = events(text, '2021-11-23').filter((e) => e.type === 'trial_verdict');
    expect(trials).toHaveLength(1);
    expect(trials[0]!.date).not.toBe('2019');
  });

  it('tells a hearing told by its month and the verdict given the month after as one case', () => {
    const text =
      "Douaniers corrompus à l'aéroport d'Orly : la cour d'appel alourdit les peines\n\nLa cour d'appel de Paris a condamné lundi 21 mars quatre douaniers de l'aéroport d'Orly à cinq ans de prison pour avoir laissé passer de la cocaïne.\n\nLes agents contestaient les faits. Leurs avocats envisagent un pourvoi. Le parquet général s'est dit satisfait.\n\nSur les dix prévenus jugés en février par le tribunal correctionnel de Créteil, quatre ont été condamnés à cette peine.\n";
    expect(events(text, '2022-03-22').filter((e) => e.type === 'trial_verdict' || e.type === 'corruption_case')).toHaveLength(1);
  });
});

describe("'une nouvelle fusillade', 'a new shooting': another act", () => {
  it('tells a second act of the night, not the first told again', () => {
    const es = events(
      "Deux fusillades à Avignon sur fond de trafic de drogue\n\nDans la nuit de samedi à dimanche, des tireurs ont blessé un adolescent de 15 ans dans le quartier de la Barbière, à Avignon.\n\nMoins d'une heure plus tard, une nouvelle fusillade faisant trois blessés a éclaté dans le quartier de Saint-Chamand.\n",
      '2025-02-16',
    );
    expect(es.map((e) => e.injured)).toEqual([1, 3]);
    const en = events(
      'Two shootings in Avignon\n\nOn Saturday night gunmen wounded a 15-year-old boy at a drug-dealing spot in the Barbière district of Avignon.\n\nLess than an hour later, a new shooting left three people wounded in the Saint-Chamand district.\n',
      '2025-02-16',
    );
    expect(en.map((e) => e.injured)).toEqual([1, 3]);
  });

  it("keeps 'cette nouvelle fusillade' and 'une nouvelle fois' on the act told", () => {
    const es = events(
      "Fusillade à Avignon sur fond de trafic de drogue\n\nUn adolescent de 15 ans a été blessé par balles samedi soir dans le quartier de la Barbière, à Avignon, près d'un point de deal. Cette nouvelle fusillade inquiète les habitants, qui dénoncent une nouvelle fois le trafic.\n",
      '2025-02-16',
    );
    expect(es).toHaveLength(1);
  });
});
