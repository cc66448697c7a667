// Language and relevance on short stories written for these tests, in French and English.

import { describe, expect, it } from 'vitest';
import { classifyStory, detectLanguage, scoreRelevance } from './index.js';

const FR_NARCO = {
  title: 'Marseille : un homme de 23 ans abattu dans la cité de la Castellane',
  text: `Marseille : un homme de 23 ans abattu dans la cité de la Castellane
Un homme de 23 ans a été tué par balles vendredi soir au pied d'un immeuble de la cité de la Castellane, dans les quartiers nord de Marseille.
Selon une source proche de l'enquête, la victime était connue des services de police pour des faits de trafic de stupéfiants.
Les enquêteurs privilégient la thèse d'un règlement de comptes lié au contrôle d'un point de deal de la cité.`,
};

const FR_SPORT = {
  title: "Ligue 1 : l'OM renverse Lens au Vélodrome",
  text: `Ligue 1 : l'OM renverse Lens au Vélodrome
Menés à la pause, les Marseillais se sont imposés 3-1 dimanche soir devant plus de 60 000 spectateurs.
L'entraîneur a salué la réaction de son équipe, qui a multiplié les tirs en seconde période, une véritable fusillade devant le but adverse.
Avec cette victoire, le club remonte à la deuxième place du classement, à quatre points du leader parisien.`,
};

const EN_WAR = `Missile strikes hit eastern city overnight
At least six civilians were killed and dozens injured when missiles struck apartment blocks in the eastern city overnight, regional officials said.
Rescue teams were still searching the rubble on Tuesday morning as air-raid sirens sounded again across the region.`;

const EN_ABUSE_TRIAL = `Former swimming coach jailed for abusing pupils
A former swimming coach has been jailed for twelve years after a jury found him guilty of sexually abusing four children he trained over a decade.
The judge told him he had betrayed the trust of the families, and he will remain on the sex offenders register for life.`;

const EN_STADIUM = `Fans crushed at stadium gates as final descends into chaos
Police fired tear gas at supporters queuing outside the stadium before the cup final, and kick-off was delayed by forty minutes.
Organisers blamed fake tickets, while supporters' groups said the policing had been heavy-handed.`;

const EN_POLITICS_ON_DRUGS = `Minister unveils plan against drug trafficking
The interior minister presented a bill on Wednesday to create a national prosecutor's office against organised crime and drug trafficking networks.
The text would also give investigators new powers to seize the assets of cartel leaders and tighten controls at ports where cocaine arrives.
Opposition deputies said the plan did nothing for prevention.`;

describe('detectLanguage', () => {
  it('tells short French and English sentences apart', () => {
    expect(detectLanguage('Un homme a été tué par balles dans la nuit à Nîmes.')).toBe('fr');
    expect(detectLanguage("Le trafic de drogue s'étend aux villes moyennes")).toBe('fr');
    expect(detectLanguage('A man was shot dead overnight in Nimes.')).toBe('en');
    expect(detectLanguage('Police seize cocaine at the port of Le Havre')).toBe('en');
  });

  it('names other languages by their ISO code', () => {
    expect(detectLanguage('La policía detuvo a tres hombres por tráfico de drogas en el puerto de Algeciras.')).toBe('es');
    expect(detectLanguage('Die Polizei hat in Hamburg drei Männer wegen Drogenhandels festgenommen.')).toBe('de');
  });

  it("says 'und' when there is too little text", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('OK')).toBe('und');
    expect(detectLanguage('12/05/2024 — 14:30')).toBe('und');
  });
});

describe('scoreRelevance', () => {
  it('keeps a trial of police officers who stole drugs from dealers, and corrupt guards in English', () => {
    const fr = 'Procès des policiers de la brigade de nuit\nOnze fonctionnaires étaient poursuivis pour des vols de drogue et d\'argent lors de contrôles. Le tribunal en a relaxé quatre. « Nous ne sommes pas des ripoux », a lancé l\'un d\'eux à la sortie.';
    expect(scoreRelevance(fr, 'fr').relevant).toBe(true);
    const en = 'Two corrupt prison guards were jailed on Friday for smuggling phones into the jail in exchange for cash.';
    expect(scoreRelevance(en, 'en').relevant).toBe(true);
  });

  it("keeps a shooting told as a 'drug feud' or a 'guerre de gangs' with no other word of the trade", () => {
    expect(scoreRelevance('Saturday night in Nimes, three men were shot by gunmen in a drug feud. One of them died at the scene.', 'en', null).relevant).toBe(true);
    expect(scoreRelevance("Samedi soir à Nîmes, trois hommes ont été blessés par balles dans une guerre de gangs. L'un d'eux est mort.", 'fr', null).relevant).toBe(true);
  });

  it('marks a French narco story relevant, with the terms that drove it', () => {
    const r = scoreRelevance(FR_NARCO.text, 'fr');
    expect(r.relevant).toBe(true);
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.terms).toEqual(expect.arrayContaining(['reglement de comptes', 'point de deal', 'trafic de stupefiants']));
  });

  it('marks a French sport story not relevant, metaphors included', () => {
    const r = scoreRelevance(FR_SPORT.text, 'fr');
    expect(r.relevant).toBe(false);
    expect(r.score).toBeLessThan(0.3);
  });

  it('marks a war report, a child-abuse trial and stadium chaos not relevant', () => {
    for (const text of [EN_WAR, EN_ABUSE_TRIAL, EN_STADIUM]) {
      const r = scoreRelevance(text, 'en');
      expect(r.relevant, text.slice(0, 40)).toBe(false);
      expect(r.score).toBeLessThan(0.2);
    }
  });

  it('marks politics about drug trafficking relevant', () => {
    const r = scoreRelevance(EN_POLITICS_ON_DRUGS, 'en');
    expect(r.relevant).toBe(true);
    expect(r.terms[0]).toBe('drug trafficking');
  });

  it('weighs one passing mention in a long unrelated story below the threshold', () => {
    const filler = 'The council debated the budget for schools, roads and libraries at length on Monday evening. ';
    const text = `Council approves new budget\n${filler.repeat(20)}One councillor mentioned cannabis once.\n${filler.repeat(20)}`;
    const r = scoreRelevance(text, 'en');
    expect(r.relevant).toBe(false);
    expect(r.score).toBeGreaterThan(0);
  });

  it('scores with both lexicons when the language is unknown', () => {
    expect(scoreRelevance('narcotrafic point de deal cocaine', 'und').relevant).toBe(true);
  });
});

describe('classifyStory', () => {
  it("classifies the French narco story as 'fr' and relevant", () => {
    const c = classifyStory(FR_NARCO);
    expect(c.language).toBe('fr');
    expect(c.relevance.relevant).toBe(true);
    expect(c.text).toBe(FR_NARCO.text);
    expect(c.title).toBe(FR_NARCO.title);
  });

  it("classifies the French sport story as 'fr' and not relevant", () => {
    const c = classifyStory(FR_SPORT);
    expect(c.language).toBe('fr');
    expect(c.relevance.relevant).toBe(false);
  });

  it('counts a title that the text does not repeat', () => {
    const withTitle = classifyStory({ title: 'Cocaine network dismantled in Lille', text: 'Nine people were arrested on Tuesday.' });
    const without = classifyStory({ title: null, text: 'Nine people were arrested on Tuesday.' });
    expect(withTitle.relevance.score).toBeGreaterThan(without.relevance.score);
    expect(withTitle.relevance.relevant).toBe(true);
  });
});

describe('scope without drug words, and stories set abroad (reports written for these tests)', () => {
  it('keeps attacks on prisons and their staff, and kidnappings for ransom', () => {
    const prison = "Dans la nuit de lundi à mardi, des tirs à l'arme automatique ont visé la porte du centre pénitentiaire de Toulon. Des voitures de surveillants ont été incendiées devant la prison.";
    expect(classifyStory({ title: null, text: prison }).relevance.relevant).toBe(true);
    const ransom = "Un homme a été enlevé dimanche à Villeparisis et séquestré deux jours ; ses ravisseurs réclamaient une rançon à sa famille.";
    expect(classifyStory({ title: null, text: ransom }).relevance.relevant).toBe(true);
    const overcrowding = 'La prison de Toulon compte 900 détenus pour 600 places, selon le dernier rapport du contrôleur général.';
    expect(classifyStory({ title: null, text: overcrowding }).relevance.relevant).toBe(false);
  });

  it('keeps a follow-up of an ambush on prison staff told with no drug word', () => {
    expect(classifyStory({ title: null, text: 'Hundreds of prison staff gathered on Friday for the funeral of the two officers killed when their van was ambushed in Incarville.' }).relevance.relevant).toBe(true);
    expect(classifyStory({ title: null, text: "Des centaines de surveillants se sont réunis vendredi pour les obsèques des deux agents tués lors de l'embuscade d'Incarville." }).relevance.relevant).toBe(true);
  });

  it("keeps a fugitive arrested abroad whose escape was an attack at a French toll booth ('at the Incarville toll booth')", () => {
    const text = 'Amra escaped on May 14 when armed men attacked the prison van transporting him at the Incarville toll booth, killing two prison officers and wounding three others. He was arrested on Saturday in Bucharest.';
    expect(classifyStory({ title: null, text }).relevance.relevant).toBe(true);
  });

  it('leaves drug violence set only abroad off the map', () => {
    const stockholm = 'A grenade was thrown into a block of flats in Stockholm overnight as the drug gang war between rival networks goes on, Swedish police said. Drug trafficking gangs recruit teenagers as hitmen.';
    const r = classifyStory({ title: null, text: stockholm }).relevance;
    expect(r.relevant).toBe(false);
    expect(r.terms).toContain('set abroad');
    const dunkirk = 'Drug traffickers shot a man dead in Dunkirk on Sunday, in the drug gang war that now reaches the port city.';
    expect(classifyStory({ title: null, text: dunkirk }).relevance.relevant).toBe(true);
  });
});
