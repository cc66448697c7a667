// Deterministic pseudo-random numbers for generated corpora, synthetic databases and shuffles: runs repeat exactly.
// (The generator lives in src/core, where the shipped code uses it too: training the relevance model.)
export { seededRandom } from '../../src/core/random.js';
