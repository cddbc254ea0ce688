export { contributionWords, dataClassLabel, withClaims } from './tables.js';
export type { ContributionWords } from './words.js';
