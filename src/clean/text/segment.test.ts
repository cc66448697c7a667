// Boilerplate removal and story splitting on small scrapes written for these tests (English and French).

import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { segmentText } from './index.js';

const FR_SCRAPE = `Aller au contenu principal
Accueil › Faits divers › Marseille
Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.
Tout accepter
Paramétrer

Marseille : un adolescent de 17 ans tué par balles près d'un point de deal
Publié le 12/03/2024 à 08h15
Par Claire Martin

Un adolescent de 17 ans a été tué par balles dans la nuit de lundi à mardi dans la cité des Lauriers, dans le 13e arrondissement de Marseille, a-t-on appris de source policière.
Selon les premiers éléments de l'enquête, la victime se trouvait à proximité d'un point de deal lorsqu'un véhicule s'est arrêté à sa hauteur. Deux hommes cagoulés en sont descendus et ont ouvert le feu.
À lire aussi : Narcotrafic : le ministre annonce des renforts à Nîmes
Les enquêteurs privilégient la piste d'un règlement de comptes entre bandes rivales.
Le parquet a ouvert une enquête.
À lire aussi
Nîmes : deux guetteurs interpellés dans le quartier Pissevin
Lyon : la police démantèle un réseau de revente de cocaïne
Commentaires
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
Quel drame, encore un jeune tué pour rien. Il faut plus de policiers dans les quartiers et moins de discours.
Envoyer
© 2024 La Gazette du Sud. Tous droits réservés.
`;

const EN_SCRAPE = `Menu
Search
News › Europe
Marseille drug war claims another life as police step up patrols
By Tom Baker
Published 14 May 2024 09:12
A 19-year-old man was shot dead on Sunday night in northern Marseille, the city prosecutor said, in what investigators believe was a settling of scores between rival drug gangs.
Witnesses said two gunmen on a scooter opened fire near a known dealing point before fleeing.
"This is the price of the cocaine trade in our neighbourhoods," a local resident said.
ADVERTISEMENT
READ MORE: France vows to crack down on drug gangs after record year
Sign up to our free Europe newsletter and get the best stories every morning
The killing is the twelfth drug-related homicide in the city this year, according to a count kept by prosecutors.
Why the north of the city?
Local associations have called for more investment in housing and youth services rather than more police raids.
Share this article
Most read
Royal family announces summer tour of Canada
The King and Queen will travel to Ottawa and Toronto in June, the palace said on Monday, in what will be the monarch's first visit to the country since his coronation.
Heatwave warning issued for southern England
Forecasters expect temperatures to climb above 30C across the south-east this weekend, with health officials urging people to stay hydrated.
`;

// An aggregator page: the article, then items introduced only by outlet + relative-time bylines.
const BYLINE_PAGE = `Police seize two tonnes of cocaine at Le Havre port
Customs officers found the drugs hidden in a container of bananas from Ecuador on Tuesday, the prosecutor's office said in a statement.
Three dock workers were arrested and placed in custody.
Le Parisien
il y a 3 heures
Grève à la SNCF : le trafic sera très perturbé jeudi sur les lignes TER
Les syndicats de cheminots appellent à une journée de mobilisation jeudi pour protester contre la réforme, et la direction prévoit un train sur deux sur la plupart des lignes régionales.
BBC News
2 days ago
New species of frog discovered in the Andes
Scientists say the tiny amphibian, found at more than 3,000 metres above sea level, lives only in a handful of cloud-forest valleys in southern Ecuador.
`;

// HTML-extractor output: already clean, one block per line, with a subheading and a short quote.
const EXTRACTED = `Nîmes : le quartier Pissevin sous tension après une nouvelle fusillade
Des tirs ont retenti dimanche soir dans le quartier Pissevin, à Nîmes, sans faire de blessé.
La préfecture a annoncé le renfort d'une compagnie de CRS pour la semaine.
Un quartier miné par le trafic
Depuis plusieurs mois, les habitants dénoncent la présence de guetteurs au pied des immeubles.
« On a peur. »
Le maire a demandé des moyens supplémentaires à l'État.`;

const has = (text: string, phrase: string): boolean => fold(text).includes(fold(phrase));

describe('segmentText on a French scrape', () => {
  const stories = segmentText(FR_SCRAPE);

  it('keeps one story: the article with its title, dateline and byline', () => {
    expect(stories).toHaveLength(1);
    const [s] = stories;
    expect(s!.title).toBe("Marseille : un adolescent de 17 ans tué par balles près d'un point de deal");
    expect(s!.text.split('\n')[0]).toBe(s!.title);
    expect(has(s!.text, 'Publié le 12/03/2024')).toBe(true);
    expect(has(s!.text, 'règlement de comptes entre bandes rivales')).toBe(true);
    expect(has(s!.text, 'Le parquet a ouvert une enquête.')).toBe(true);
  });

  it('drops the menu, cookie banner, inline and closing teasers, comment form, comments and copyright', () => {
    const text = stories.map((s) => s.text).join('\n');
    for (const junk of [
      'Aller au contenu', 'Accueil', 'cookies', 'Tout accepter', 'Paramétrer', 'le ministre annonce des renforts',
      'deux guetteurs interpellés', 'réseau de revente', 'Commentaires', 'Laisser un commentaire',
      'adresse e-mail', 'Quel drame', 'Envoyer', 'Tous droits réservés',
    ]) {
      expect(has(text, junk), junk).toBe(false);
    }
  });

  it('uses a known title to find the headline', () => {
    const [s] = segmentText(FR_SCRAPE, { title: "Marseille : un adolescent de 17 ans tué par balles près d'un point de deal" });
    expect(s!.text.startsWith('Marseille : un adolescent')).toBe(true);
  });
});

describe('segmentText on an English scrape', () => {
  const stories = segmentText(EN_SCRAPE);

  it('keeps the article whole across an ad, an inline teaser and a newsletter box', () => {
    const main = stories[0]!;
    expect(main.title).toBe('Marseille drug war claims another life as police step up patrols');
    expect(has(main.text, 'twelfth drug-related homicide')).toBe(true);
    // Its own subheading does not split it.
    expect(has(main.text, 'Why the north of the city?')).toBe(true);
    expect(has(main.text, 'rather than more police raids')).toBe(true);
    for (const junk of ['ADVERTISEMENT', 'READ MORE', 'newsletter', 'Share this article', 'Menu', 'News › Europe']) {
      expect(has(main.text, junk), junk).toBe(false);
    }
  });

  it('turns each "Most read" item into its own story', () => {
    expect(stories.map((s) => s.title)).toEqual([
      'Marseille drug war claims another life as police step up patrols',
      'Royal family announces summer tour of Canada',
      'Heatwave warning issued for southern England',
    ]);
    expect(stories[1]!.text.split('\n')).toHaveLength(2);
  });
});

describe('segmentText story splitting', () => {
  it('splits at outlet + relative-time bylines (English and French) and drops the bylines', () => {
    const stories = segmentText(BYLINE_PAGE);
    expect(stories).toHaveLength(3);
    expect(stories[0]!.text.split('\n')).toHaveLength(3);
    expect(stories[1]!.title).toMatch(/^Grève à la SNCF/);
    expect(stories[2]!.title).toBe('New species of frog discovered in the Andes');
    for (const s of stories) expect(s.text).not.toMatch(/il y a 3 heures|2 days ago|Le Parisien|BBC News/);
  });

  it('resumes the article after a mid-page "Related articles" box of links', () => {
    const page = `Cannabis farm found in disused warehouse near Toulouse
Gendarmes discovered more than 2,000 cannabis plants in a disused warehouse on the outskirts of Toulouse on Thursday, the prosecutor said.
Related articles
Lorry driver jailed after cocaine found in cargo
Ten arrested in raids on drug network in Perpignan
Investigators believe the site had been running for at least a year and supplied dealers across the region.
Two men found at the scene were taken into custody and will appear before a judge on Monday.
Most read
Heatwave warning issued for southern England
Forecasters expect temperatures to climb above 30C across the south-east this weekend, with health officials urging caution.`;
    const stories = segmentText(page);
    expect(stories).toHaveLength(2);
    expect(has(stories[0]!.text, 'running for at least a year')).toBe(true);
    expect(has(stories[0]!.text, 'appear before a judge on Monday')).toBe(true);
    expect(has(stories[0]!.text, 'Lorry driver jailed')).toBe(false);
    expect(stories[1]!.title).toBe('Heatwave warning issued for southern England');
  });

  it('keeps the subheaded sections that follow a newsletter notice cutting the article (French regional TV page shape)', () => {
    const page = `Deux blessés par balles à Orléans : la piste d'un règlement de comptes
Des coups de feu ont retenti dans le quartier de l'Argonne à Orléans dans la nuit de vendredi à samedi. Deux jeunes hommes ont été blessés et hospitalisés.
Le fil info de la région
Chaque matin, la rédaction choisit pour vous les informations de votre région.
La chaîne se sert de votre adresse e-mail pour vous envoyer cette lettre d'information. Désinscription possible à tout moment par le lien en bas de chaque envoi. Notre politique de confidentialité
Les deux victimes, âgées d'une vingtaine d'années, ont été touchées aux jambes. Leurs jours ne sont pas en danger.
Des tireurs à moto
Selon les premiers témoignages, deux hommes casqués arrivés à moto ont tiré plusieurs fois avant de repartir vers le nord.
Des douilles ont été relevées sur place par les enquêteurs de la police judiciaire.
Une enquête confiée à la PJ
Le parquet privilégie la piste d'un règlement de comptes lié au trafic de stupéfiants.`;
    const stories = segmentText(page);
    expect(stories).toHaveLength(1);
    expect(has(stories[0]!.text, 'deux hommes casqués arrivés à moto')).toBe(true);
    expect(has(stories[0]!.text, 'lié au trafic de stupéfiants')).toBe(true);
  });

  it('keeps one article when its headline is printed again over the picture, after the lead', () => {
    const page = `Un homme tué par balles à Sevran près d'un point de deal
Publié le 20/11/2025 à 15:58
Mardi soir, un homme de 26 ans a été abattu à Sevran, près d'un point de deal, a-t-on appris de source policière.
Un homme tué par balles à Sevran près d'un point de deal
Photo Jean Martin
Peu avant 20 heures, plusieurs coups de feu ont retenti au pied d'un immeuble de la cité Rougemont.
À leur arrivée, les pompiers ont trouvé la victime au volant de sa voiture. Le médecin du Samu n'a pu que constater son décès.`;
    const stories = segmentText(page);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.title).toBe("Un homme tué par balles à Sevran près d'un point de deal");
    expect(has(stories[0]!.text, 'constater son décès')).toBe(true);
  });

  it('leaves clean extractor output intact, short quote and subheading included', () => {
    const stories = segmentText(EXTRACTED);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.text).toBe(EXTRACTED);
  });

  it('drops UI strings in another script and repeated widgets', () => {
    const page = `Drug gang leader arrested in Lyon after months on the run
Police arrested the suspected head of a cannabis network in Lyon on Friday, ending a manhunt that began in January.
He is due to appear before an investigating judge next week.
Ссылка скопирована
Follow us on Telegram
Follow us on Telegram`;
    const [s, ...rest] = segmentText(page);
    expect(rest).toHaveLength(0);
    expect(s!.text.split('\n')).toHaveLength(3);
  });

  it('returns no story for empty or furniture-only text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText('Menu\nSearch\nShare\n© 2025 Example Media. All rights reserved.')).toEqual([]);
  });

  it('keeps a headline-only brief', () => {
    const [s] = segmentText('Un homme blessé par balle à Grenoble');
    expect(s!.text).toBe('Un homme blessé par balle à Grenoble');
  });
});

describe('lines of other scripts', () => {
  it('keeps Cyrillic and Japanese paragraphs of an extracted page', () => {
    const ru = 'Скорость бега можно увеличить с помощью специальных команд в консоли игры.\nЭто работает только после перезагрузки сохранения, поэтому его нужно обновлять каждый раз.';
    const ja = '昨日、市内の港で大量の薬物が押収されたと警察が発表しました。\n捜査はまだ続いており、関係者の特定が進められています。';
    for (const text of [ru, ja]) {
      const stories = segmentText(text, { fromHtml: true });
      expect(stories.map((s) => s.text).join('\n')).toBe(text);
    }
  });

  it('keeps repeated rows of a table inside an extracted article, one copy in a raw scrape', () => {
    const rows = ['Meal 1', 'Eat every 2–3 hours', 'Meal 2', 'Eat every 2–3 hours'];
    const text = ['A long first paragraph explains how the plan works over the whole week, day by day.', ...rows, 'The last paragraph closes the article with a few words of advice for the reader.'].join('\n');
    expect(segmentText(text, { fromHtml: true })[0]!.text.split('\n').filter((l) => l === 'Eat every 2–3 hours')).toHaveLength(2);
    // A raw scrape reads the second copy as a repeated widget line.
    expect(segmentText(text)[0]!.text.split('\n').filter((l) => l === 'Eat every 2–3 hours')).toHaveLength(1);
  });

  it('drops a teaser line behind a list bullet ("• Also read: …")', () => {
    const text = [
      'Gunmen shot dead a 19-year-old man near a drug dealing spot in Marseille on Saturday night, police said.',
      '• Also read: Murder trial of a teacher opens behind closed doors in Paris',
      'Investigators believe the killing is linked to a turf war between rival gangs in the northern districts.',
    ].join('\n');
    const out = segmentText(text)[0]!.text;
    expect(out).not.toContain('Also read');
    expect(out).toContain('turf war');
  });
});

describe('hard-wrapped scrapes (written for these tests)', () => {
  // A copy cut into lines of a fixed width: short leftovers ("Masked men", "The shots") look like page chrome, and
  // every sentence crosses a line.
  const WRAPPED = [
    'Shots fired at a prison in the south',
    '',
    'Masked men',
    'fired a dozen rounds at the gate of the Draguignan',
    'prison early on Sunday, the prosecutor said. Nobody',
    'was hurt, and the guards on duty were moved to',
    'another wing while the scene was searched.',
    'The shots',
    'came two days after a guard’s car was set',
    'alight outside his home in the same town, which the',
    'union links to the fight against the drug networks.',
  ].join('\n');

  it('joins the lines back into paragraphs, leftovers included', () => {
    const out = segmentText(WRAPPED)[0]!.text;
    expect(out).toContain('Masked men fired a dozen rounds at the gate of the Draguignan prison early on Sunday, the prosecutor said.');
    expect(out).toContain('The shots came two days after a guard’s car was set alight outside his home in the same town');
  });

  it('leaves a text cut into paragraphs as it is, though a line or two starts in lower case', () => {
    const text = [
      'A man was shot dead in Nîmes on Friday evening, the prosecutor said',
      'according to the first police reports, two men on a scooter fled.',
      'The victim, aged 24, was known to the police.',
      'Investigators are looking into a settling of scores between dealers.',
    ].join('\n');
    expect(segmentText(text)[0]!.text.split('\n')).toHaveLength(4);
  });
});
