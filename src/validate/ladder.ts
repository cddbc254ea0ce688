import type { Document } from '../model/document.js';
import type { Tier, Understrategi } from '../model/strategy.js';
import type { GoalEntry, ValidationContext } from './context.js';

/**
 * A region's strategy ladder as the rules read it: rank 0 is the RUS, rank 1 the
 * first declared tier, and plans hang under the lowest tier (rank `tiers.length`).
 */
export interface Ladder {
  readonly tiers: readonly Tier[];
  /** True if a goal may serve any tier above, not only the one directly above. */
  readonly skipping: boolean;
  /** Rank of each declared tier id (first declaration wins). */
  readonly rankOf: ReadonlyMap<string, number>;
}

/**
 * The ladder a document declares in `strategy.tiers`, or undefined: then all
 * understrategier form one tier and the rules read the document as they always have.
 * Made afresh by each rule that needs it (a few tiers: cheaper than a cache that
 * could outlive an edit of the document).
 */
export function ladderOf(document: Document): Ladder | undefined {
  const tiers = document.strategy?.tiers ?? [];
  if (tiers.length === 0) return undefined;
  const rankOf = new Map<string, number>();
  tiers.forEach((t, i) => {
    if (!rankOf.has(t.id)) rankOf.set(t.id, i + 1);
  });
  return { tiers, skipping: document.strategy?.tierSkipping === 'allowed', rankOf };
}

/** The rank of an understrategi in the ladder (its tier; the first tier if it names none), or undefined for an unknown tier. */
export function understrategiRank(u: Understrategi, ladder: Ladder): number | undefined {
  return u.tier === undefined ? 1 : ladder.rankOf.get(u.tier);
}

/** The rank of a strategy goal: 0 for the RUS, its understrategi's tier otherwise. */
export function goalRank(entry: GoalEntry, ladder: Ladder): number | undefined {
  return entry.kind === 'rus' ? 0 : understrategiRank(entry.understrategi!, ladder);
}

/** The name of the tier of a rank, as findings show it ("RUS" for rank 0). */
export function tierName(rank: number, ladder: Ladder): string {
  return rank === 0 ? 'RUS' : (ladder.tiers[rank - 1]?.name ?? String(rank));
}

/** The names of the tiers strictly between two ranks (the rungs a link skips). */
export function tiersBetween(upper: number, lower: number, ladder: Ladder): string[] {
  const names: string[] = [];
  for (let r = upper + 1; r < lower; r++) names.push(tierName(r, ladder));
  return names;
}

/**
 * True if a goal reaches a RUS goal through goals of higher tiers, one `serves`
 * at a time (each step going up; a skipped rung still reaches, since it has its
 * own finding). `memo` is shared by one rule run.
 */
export function reachesRus(
  entry: GoalEntry,
  goals: ValidationContext['goals'],
  ladder: Ladder,
  memo: Map<string, boolean>,
): boolean {
  const id = entry.goal.id;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const rank = goalRank(entry, ladder);
  let result = rank === 0;
  if (rank !== undefined && rank > 0) {
    memo.set(id, false); // ranks fall strictly, but a goal id may repeat: never loop
    for (const served of entry.goal.serves ?? []) {
      const target = goals.get(served);
      if (!target) continue;
      const r = goalRank(target, ladder);
      if (r !== undefined && r < rank && reachesRus(target, goals, ladder, memo)) {
        result = true;
        break;
      }
    }
  }
  memo.set(id, result);
  return result;
}

/**
 * Adds to `into` the goals a goal reaches by going up its `serves` links (itself
 * excluded), for coverage; `depth` limits the steps (1: the goals it serves).
 */
export function goalsAbove(
  entry: GoalEntry,
  goals: ValidationContext['goals'],
  ladder: Ladder,
  into: Set<string>,
  depth = Number.POSITIVE_INFINITY,
): void {
  const rank = goalRank(entry, ladder);
  if (rank === undefined || rank === 0) return;
  for (const served of entry.goal.serves ?? []) {
    const target = goals.get(served);
    if (!target || into.has(served)) continue;
    const r = goalRank(target, ladder);
    if (r === undefined || r >= rank) continue;
    into.add(served);
    if (depth > 1) goalsAbove(target, goals, ladder, into, depth - 1);
  }
}
