// The compact adjacency of PlanIndex.forward/backward and what custom rules need to walk it;
// building it and marking repeated edges stay inside the validator (they share scratch arrays).
export { type Adjacency, degree, reachableIn } from './adjacency.js';
export { findCycles, reachable } from './cycles.js';
export { planGraph, strategyGraph } from './graphlib.js';
