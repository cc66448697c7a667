// Numbers a report writes that are no statistic: addresses, distances, one case's penalty, numbers that are part of a
// name. Each sentence also holds a statistic, so the test shows the figure is kept and only the junk is dropped.
import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractStory } from '../index.js';
import { extractClaims } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');
const values = (kit: typeof en, text: string) => extractClaims(text, kit, { published: '2025-06-10' }).map((c) => c.value);

describe('figures: numbers that are no statistic', () => {
  it("drops an address ('au 12 et 14 de la rue', '40 Station Road')", () => {
    expect(values(fr, "Depuis janvier, 31 points de deal ont été démantelés dans la ville, dont celui installé au 12 et 14 de la rue des Lilas.")).toEqual([31]);
    expect(values(fr, 'Depuis le début de l\'année, 18 règlements de comptes liés au trafic ont été recensés, le dernier au 7 boulevard Pasteur.')).toEqual([18]);
    expect(values(en, 'Since January, 27 drug-related shootings have been recorded in the county, the latest at 40 Station Road.')).toEqual([27]);
  });

  it("drops a mass given again in another unit ('39 kilograms (86 pounds)', '680 kg (1,500lb)') and a vague 'several hundred'", () => {
    expect(values(en, 'In 2024, police seized 39 kilograms (86 pounds) of cocaine in the city.')).toEqual([39]);
    expect(values(en, 'In 2024, customs seized 680 kg (1,500lb) of cocaine at the port.')).toEqual([680]);
    expect(values(en, 'In 2024, 37 drug-related murders were recorded in the city, where several hundred officers were sent.')).toEqual([37]);
  });

  it("drops a distance or an area ('à une centaine de kilomètres', '300 m2', 'a few hundred metres')", () => {
    expect(values(fr, "Les gendarmes ont saisi 65 tonnes de cannabis en 2024 dans le département, souvent à une cinquantaine de kilomètres de la frontière.")).toEqual([65]);
    expect(values(fr, 'En 2024, 14 plantations de cannabis ont été découvertes dans la région, dont une de 300 m2 dans un hangar.')).toEqual([14]);
    expect(values(en, 'In 2024, 44 drug-related murders were recorded in the city, one of them 200 metres from a school.')).toEqual([44]);
  });

  it("drops the suspended part of a sentence ('dont deux avec sursis', 'two of them suspended')", () => {
    expect(values(fr, "En 2024, 112 trafiquants ont été condamnés par le tribunal, l'un d'eux à quatre ans de prison, dont deux avec sursis.")).toEqual([112]);
  });

  it("drops a number that is part of a name ('la CRS 82', 'une Peugeot 308', 'Actu 17', 'September 23')", () => {
    expect(values(fr, "Depuis janvier, 23 fusillades ont été recensées dans le quartier, où la CRS 82 a été envoyée.")).toEqual([23]);
    expect(values(fr, "Depuis le début de l'année, 9 narchomicides ont été commis dans la ville, le dernier près d'une Peugeot 308 incendiée.")).toEqual([9]);
    expect(values(en, 'According to Actu 17, 36 people have been shot dead in drug-related violence since January.')).toEqual([36]);
    // A sentence's first word is capitalised whatever it is: the count after it stays.
    expect(values(fr, "Environ 40 points de deal ont été démantelés depuis janvier dans la ville.")).toEqual([40]);
  });
});

describe("figures: an incident's own counts", () => {
  const figures = (language: string, text: string) =>
    extractStory({ text, language, published: '2025-06-10' }).claims.map((c) => c.value);

  it("drops the toll of one dated incident ('En mai dernier, trois hommes avaient été blessés') and keeps the tally", () => {
    expect(figures('fr', "En mai dernier, trois hommes avaient été blessés par balles lors d'un barbecue sauvage dans le quartier des Izards à Toulouse.")).toEqual([]);
    expect(figures('en', 'In May, three men were wounded by gunfire at a barbecue on the Izards estate in Toulouse.')).toEqual([]);
    // ("dont une grièvement" parts the toll; it frames no tally.)
    expect(figures('fr', "En octobre, trois personnes ont été blessées par balles, dont une grièvement, lors d'une fusillade devant une discothèque de Romans-sur-Isère.")).toEqual([]);
    const tally = "Un homme de 24 ans a été tué par balles samedi dans le quartier du Mirail à Toulouse, ce qui porte à 11 le nombre d'homicides liés au trafic dans la ville depuis janvier.";
    expect(figures('fr', tally)).toEqual([11]);
  });

  it("keeps a count over a span in a sentence that tells an incident ('Entre le 2 et le 6 juin, 18 personnes ont été interpellées')", () => {
    const text = "Entre le 2 et le 6 juin, 18 personnes ont été interpellées lors d'opérations antidrogue menées dans les quartiers de Nîmes.";
    const story = extractStory({ text, language: 'fr', published: '2025-06-10' });
    expect(story.events).toHaveLength(1);
    expect(story.claims.map((c) => [c.value, c.period])).toEqual([[18, '2025-06']]);
  });
});

describe('figures: small ranks', () => {
  it("keeps a small rank only with the span it runs over ('le troisième narchomicide de l'année', not 'la troisième fusillade a éclaté')", () => {
    const ranks = (kit: typeof en, text: string) => extractClaims(text, kit, { published: '2025-06-10' }).filter((c) => c.unit === 'rank').map((c) => c.value);
    expect(ranks(fr, "Selon le parquet, il s'agit du troisième narchomicide de l'année à Marseille.")).toEqual([3]);
    expect(ranks(fr, 'Il s\'agit du second homicide en une dizaine de jours à Ajaccio, sur fond de trafic de stupéfiants.')).toEqual([2]);
    expect(ranks(fr, 'La troisième fusillade a éclaté peu avant une heure du matin près du point de deal de la cité.')).toEqual([]);
    expect(ranks(en, 'The third shooting broke out shortly before 1 a.m. near a drug-dealing spot in the port district.')).toEqual([]);
    expect(ranks(en, 'It was the third drug-related murder in four days in the city.')).toEqual([3]);
  });
});

describe('figures: rough head counts', () => {
  it("drops a rough head count with no statistic told ('une quarantaine de personnes armées de bâtons se sont affrontées')", () => {
    expect(values(fr, "Vers 22 heures, une quarantaine de personnes armées de bâtons se sont affrontées près d'un point de deal du quartier.")).toEqual([]);
    expect(values(en, 'Around forty people armed with sticks clashed near a drug-dealing spot on the estate.')).toEqual([]);
    // (A statistic told with it stays: "une trentaine de points de deal recensés".)
    expect(values(fr, 'Selon la préfecture, une trentaine de points de deal sont recensés dans la ville.')).toEqual([30]);
  });
});

describe('figures: the place compared with', () => {
  it("does not place a figure in the set a superlative compares it with ('le taux le plus élevé de France', 'the highest in France')", () => {
    const places = (kit: typeof en, text: string) => extractClaims(text, kit, { published: '2025-02-15' }).map((c) => c.place);
    expect(places(fr, "Un homme de 23 ans a été tué par balles à Fort-de-France, en Martinique, sur fond de trafic de drogue.\nAvec 24 meurtres dont 17 par arme à feu en 2024, la Martinique affiche le troisième taux d'homicide le plus élevé de France.")).toEqual(['Martinique', 'Martinique']);
    expect(places(en, 'A 23-year-old man was shot dead in Fort-de-France, Martinique, in a drug-related killing.\nWith 24 murders in 2024, Martinique has the third highest murder rate in France.')).toEqual(['Martinique']);
  });

  it("drops a night's toll told beside the year's ('With the three dead this night, 13 people …')", () => {
    expect(values(en, 'With the three dead this night, 13 people have been shot dead since the beginning of the year in Marseille amid the drug trade.')).toEqual([13]);
    expect(values(fr, "Avec les trois morts de cette nuit, 13 personnes ont été tuées depuis le début de l'année à Marseille sur fond de trafic de drogue.")).toEqual([13]);
  });

  it("drops a town's département number in brackets ('Sevran (93)')", () => {
    expect(values(fr, 'En 2023, 12 fusillades liées au trafic de drogue ont eu lieu à Sevran (93).')).toEqual([12]);
    expect(values(en, 'In 2023, 12 drug-related shootings took place in Sevran (93), north of Paris.')).toEqual([12]);
  });

  it("drops a shooting's shell casings and a place's inhabitants ('28 étuis de calibre 7.62', 'ce quartier de 20 000 habitants')", () => {
    expect(values(fr, "Depuis janvier, 14 fusillades liées au trafic de drogue ont eu lieu dans ce quartier de 20 000 habitants, où 28 étuis de calibre 7.62 ont encore été retrouvés dimanche.")).toEqual([14]);
    expect(values(en, 'Since January, 14 drug-related shootings have hit the estate of 20,000 inhabitants, where 28 shell casings were found on Sunday.')).toEqual([14]);
    expect(values(fr, 'En 2024, le taux était de 3,7 homicides pour 100 000 habitants dans le département, sur fond de trafic de drogue.')).toEqual([3.7]);
  });

  it("drops a round duration ('sur une période d'une dizaine de jours')", () => {
    expect(values(fr, "En février 2024, 8,3 tonnes de cocaïne ont été saisies aux Antilles sur une période d'une dizaine de jours.")).toEqual([8.3]);
  });
});
