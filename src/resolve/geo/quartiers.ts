// Named quartiers and cités of the three cities with municipal arrondissements, by arrondissement.
//
// Marseille: the city's official quartiers (the 111 "quartiers" of the municipal division, grouped by
// arrondissement) and the large housing estates (cités) that news reports name instead, placed in the arrondissement
// of the quartier they stand in. Paris and Lyon: the quartiers most often named in crime reporting. A name is only
// read as a quartier when the event is already placed in that city, so "Saint-Louis" or "La Rose" elsewhere are safe.
// Names are written as usually spelled; matching folds case, accents and hyphens.

export const QUARTIERS: Record<string, Record<number, string[]>> = {
  // Marseille (13055)
  '13055': {
    1: ['Belsunce', 'Le Chapitre', 'Noailles', 'Opéra', 'Saint-Charles', 'Thiers', 'Canebière', 'Cours Julien'],
    2: ['Arenc', 'Les Grands Carmes', 'Hôtel de Ville', 'La Joliette', 'Le Panier'],
    3: ['Belle de Mai', 'Saint-Lazare', 'Saint-Mauront', 'La Villette', 'Félix-Pyat', 'Parc Bellevue', 'Bellevue', 'Clovis-Hugues', 'Fonscolombes'],
    4: ['La Blancarde', 'Les Chartreux', 'Chutes-Lavie', 'Cinq-Avenues'],
    5: ['Baille', 'Le Camas', 'La Conception', 'Saint-Pierre'],
    6: ['Lodi', 'Notre-Dame-du-Mont', 'Palais de Justice', 'Préfecture', 'Vauban', 'Place Castellane'],
    7: ['Bompard', 'Les Catalans', 'Endoume', 'Le Pharo', 'Roucas-Blanc', 'Saint-Lambert', 'Saint-Victor'],
    8: ['Bonneveine', 'Les Goudes', 'Montredon', 'Périer', 'La Plage', 'Pointe-Rouge', 'Sainte-Anne', 'Saint-Giniez', 'Le Rouet', 'Vieille-Chapelle'],
    9: ['Les Baumettes', 'Le Cabot', 'Carpiagne', 'Mazargues', 'La Panouse', 'Le Redon', 'Sainte-Marguerite', 'Sormiou', 'Vaufrèges', 'La Cayolle', 'La Soude'],
    10: ['La Capelette', 'Menpenti', 'Pont-de-Vivaux', 'Saint-Loup', 'Saint-Tronc', 'La Timone', 'Saint-Thys'],
    11: ['Les Accates', 'La Barasse', 'Saint-Marcel', 'La Valbarelle', 'La Valentine', 'Les Camoins', 'Éoures', 'La Treille', 'Air-Bel', 'Air Bel'],
    12: ['Les Caillols', 'La Fourragère', 'Montolivet', 'Saint-Barnabé', 'Saint-Julien', 'Les Trois-Lucs', 'Beaumont'],
    13: ['Château-Gombert', 'La Croix-Rouge', 'Malpassé', 'Les Médecins', 'Les Mourets', 'Les Olives', 'Palama', 'La Rose', 'Saint-Jérôme', 'Saint-Just', 'Saint-Mitre', 'Frais-Vallon', 'Frais Vallon', 'Les Lauriers', 'Les Oliviers', 'Petit Séminaire', 'Les Balustres', 'Val-Plan', 'Les Bleuets'],
    14: ['Les Arnavaux', 'Bon-Secours', 'Le Canet', 'Le Merlan', 'Saint-Barthélemy', 'Saint-Joseph', 'Sainte-Marthe', 'La Busserine', 'Les Flamants', 'Les Iris', 'Le Mail', 'La Paternelle', 'Les Rosiers', 'Font-Vert', 'Les Micocouliers', 'Picon', 'Maison-Blanche'],
    15: ['Les Aygalades', 'Les Borels', 'La Cabucelle', 'La Calade', 'Les Crottes', 'La Delorme', 'Notre-Dame-Limite', 'Saint-Antoine', 'Saint-Louis', 'Verduron', 'La Viste', 'La Bricarde', 'Plan d\'Aou', 'La Savine', 'Kallisté', 'Campagne Lévêque', 'Consolat', 'Bassens', 'La Solidarité', 'Castellas', 'Les Tilleuls'],
    16: ['L\'Estaque', 'Les Riaux', 'Saint-André', 'Saint-Henri', 'La Castellane'],
  },
  // Paris (75056)
  '75056': {
    18: ['Goutte d\'Or', 'Goutte-d\'Or', 'La Chapelle', 'Porte de la Chapelle', 'Barbès', 'Château Rouge', 'Porte de Clignancourt', 'Marx-Dormoy'],
    19: ['Stalingrad', 'Porte d\'Aubervilliers', 'Cité Michelet', 'Place des Fêtes', 'Belleville', 'Porte de la Villette'],
    20: ['Porte de Bagnolet', 'Porte de Montreuil', 'Ménilmontant'],
    13: ['Porte de Choisy', 'Porte d\'Ivry'],
    17: ['Porte de Clichy', 'Épinettes'],
  },
  // Lyon (69123)
  '69123': {
    9: ['La Duchère', 'Vaise'],
    8: ['Mermoz', 'États-Unis', 'Monplaisir', 'Bachut', 'Langlet-Santy'],
    7: ['Gerland', 'La Guillotière', 'Guillotière'],
    3: ['Part-Dieu', 'Moncey'],
  },
};
