export type { ContributionWords } from '../locales/contribution-words.js';
export { contributionWords, dataClassLabel, withClaims } from './tables.js';
