import { scoreRelevance, scoreStoryRelevance } from './src/classify/index.js';
console.log(scoreRelevance(`Marseille : un homme de 23 ans abattu dans la cité de la Castellane
Un homme de 23 ans a été tué par balles vendredi soir au pied d'un immeuble de la cité de la Castellane.
Selon une source proche de l'enquête, la victime était connue des services de police pour des faits de trafic de stupéfiants.
Les enquêteurs privilégient la thèse d'un règlement de comptes lié au contrôle d'un point de deal de la cité.`, 'fr'));
console.log(scoreStoryRelevance('Cocaine network dismantled in Lille', 'Nine people were arrested on Tuesday.', 'en'));
