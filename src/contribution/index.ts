// Contribution and data classes: what a report may claim, tables with data class and claim.
export { dataClassLabel, withClaims } from './tables.js';
