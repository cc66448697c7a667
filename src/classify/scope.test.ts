// Scope decisions on stories written for this test: what is news of the trade and what only shares its words.
import { describe, expect, it } from 'vitest';
import { classifyStory } from './index.js';
import { storySetting } from './setting.js';

const story = (title: string, text: string) => classifyStory({ title, text } as Parameters<typeof classifyStory>[0]);

describe('scope', () => {
  it('keeps a kidnapping the prosecutor calls organised, with no drug named', () => {
    const s = story(
      'Un homme enlevé en pleine rue à Villeparisis',
      "Un homme a été frappé puis enfermé dans le coffre d'une voiture dimanche. Le parquet a ouvert une enquête pour enlèvement et séquestration en bande organisée.",
    );
    expect(s.relevance.relevant).toBe(true);
  });

  it('leaves out a health report that names drugs and nothing of the trade', () => {
    const s = story(
      'La consommation de cocaïne progresse',
      "Selon un rapport publié jeudi, l'usage de cocaïne et de cannabis augmente chez les adultes. Les passages aux urgences liés à la cocaïne ont doublé, et les drogues de synthèse inquiètent les médecins.",
    );
    expect(s.relevance.relevant).toBe(false);
  });

  it('keeps a seizure story, where the drug stands beside enforcement words', () => {
    const s = story('Saisie au port', 'Les douaniers ont saisi 800 kilos de cocaïne dans un conteneur au Havre, mardi.');
    expect(s.relevance.relevant).toBe(true);
  });

  it('leaves out a review of a series about the trade', () => {
    const s = story(
      'Notre avis sur la nouvelle série',
      "La série suit un jeune dealer et le trafic de cannabis entre l'Espagne et la banlieue. L'intrigue s'essouffle vite, les comédiens peinent, et les derniers épisodes sont diffusés jeudi.",
    );
    expect(s.relevance.relevant).toBe(false);
    expect(s.relevance.terms).toContain('fiction or review');
  });

  it('sets a wire story datelined abroad abroad, even with a translator credited in French', () => {
    expect(storySetting('ROTTERDAM (Reuters) - Customs seized eight tonnes of cocaine in a banana container, officials said.\n(version française Jean Dupont)')).toBe('abroad');
    expect(storySetting('MARSEILLE (AFP) - Deux hommes ont été tués par balles.')).toBe('france');
  });
});
