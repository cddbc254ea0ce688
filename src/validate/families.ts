import type { Document } from '../model/document.js';
import type { Plan } from '../model/plan.js';

/**
 * The plan families of a document (ramprojekt with their delprojekt), read from
 * each plan's `parent`. Plans are named by their position in `document.plans`;
 * the first plan with an id is the one an id means.
 */
export interface Families {
  /** Position of the first plan with each id. */
  readonly byId: ReadonlyMap<string, number>;
  /** For each plan, the position of its parent, or -1 (none, unknown, or itself). */
  readonly parentOf: readonly number[];
  /** For each plan, the positions of its delprojekt, in document order. */
  readonly childrenOf: readonly (readonly number[])[];
  /** For each plan, true if it is part of a loop of parents. */
  readonly inCycle: readonly boolean[];
  /**
   * For each plan, the position of the head of its family: the ancestor with no
   * (known) parent, or the plan itself. A plan in a loop heads its own family.
   */
  readonly rootOf: readonly number[];
}

/** Reads the families of a document's plans. Linear in the number of plans. */
export function planFamilies(document: Document): Families {
  const plans: readonly Plan[] = document.plans ?? [];
  const n = plans.length;
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!byId.has(plans[i]!.id)) byId.set(plans[i]!.id, i);
  const parentOf = new Array<number>(n);
  const childrenOf: number[][] = [];
  for (let i = 0; i < n; i++) childrenOf.push([]);
  for (let i = 0; i < n; i++) {
    const parent = plans[i]!.parent;
    const at = parent === undefined ? -1 : (byId.get(parent) ?? -1);
    parentOf[i] = at;
    if (at >= 0) childrenOf[at]!.push(i);
  }
  // Walk up from each plan; 1 = on the current walk, 2 = settled.
  const state = new Uint8Array(n);
  const inCycle = new Array<boolean>(n).fill(false);
  const rootOf = new Array<number>(n).fill(-1);
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start]) continue;
    walk.length = 0;
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = parentOf[at]!;
    }
    if (at >= 0 && state[at] === 1) {
      // A loop: from `at` to the end of the walk. Each member heads its own family.
      for (let k = walk.indexOf(at); k < walk.length; k++) {
        const m = walk[k]!;
        inCycle[m] = true;
        rootOf[m] = m;
        state[m] = 2;
      }
    }
    const root = at >= 0 ? rootOf[at]! : walk[walk.length - 1]!;
    for (const m of walk) {
      if (state[m] === 2) continue;
      state[m] = 2;
      rootOf[m] = root;
    }
  }
  return { byId, parentOf, childrenOf, inCycle, rootOf };
}
