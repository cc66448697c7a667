// Offline geocoding against the official French geography (INSEE communes, arrondissements, départements, régions) and countries.

export { geocode, hyphenedDistrict, departementInfo, regionInfo, listDepartements, listRegions, communeByInsee, placeCandidates, DEFAULT_COMMUNE_OVER_UNIT_POP, DEFAULT_PLACE_CANDIDATES } from './geocode.js';
export type { GeocodeContext, GeocodedPlace, CoordinateSource, DepartementInfo, RegionInfo } from './geocode.js';
export { gazetteer, GAZETTEER_FILE } from './gazetteer.js';
export { CAPITALISED_NAME, fold } from './normalize.js';
