import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import { LEVELS, type Level, levelIndex } from '../model/levels.js';
import type { Plan } from '../model/plan.js';

/** A strategy goal as a row of the coverage matrix. */
export interface CoverageGoal {
  readonly id: string;
  readonly text: string;
  readonly kind: 'rus' | 'understrategi';
  /** The understrategi's id, for understrategi goals. */
  readonly understrategi?: string;
  readonly path: readonly (string | number)[];
}

/** How one plan serves one goal: the levels its goal links start on, and the understrategi goals it reaches a RUS goal through. */
export interface CoverageCell {
  readonly plan: string;
  readonly goal: string;
  /** Levels of the boxes the plan's links to this goal start at, in chain order. */
  readonly levels: readonly Level[];
  /**
   * For a goal the plan reaches through goals that serve it: the goals (linked by
   * the plan) it is reached from, at any depth of the ladder (for a RUS goal under a
   * one-tier ladder, the understrategi goals that serve it).
   */
  readonly via: readonly string[];
}

/** One goal's row in the goals × levels matrix. */
export interface GoalLevels {
  readonly goal: string;
  /** Plans whose links to the goal start at each level (a plan may count on several levels). */
  readonly counts: Readonly<Record<Level, number>>;
  /**
   * Plans that reach the goal from each level only through goals that serve it (at
   * any depth), not by a link of their own from that level: the reach
   * INTENDED_LEVEL_NOT_REACHED counts besides `counts`.
   */
  readonly indirectCounts: Readonly<Record<Level, number>>;
  /** Plans that link to the goal directly. */
  readonly direct: number;
  /** Plans that reach the goal only through goals that serve it (at any depth). */
  readonly indirect: number;
  /** The levels the goal is meant to be followed at (`intendedLevels`), when the strategy says. */
  readonly intended?: readonly Level[];
  /**
   * With `intended`: the levels plans reach the goal from, directly or through goals
   * that serve it (at any depth), in chain order.
   */
  readonly reached?: readonly Level[];
}

/** Coverage (stryktips): which plans serve which goals, from which levels, and which goals no plan serves. */
export interface Coverage {
  readonly goals: readonly CoverageGoal[];
  readonly plans: readonly { readonly id: string; readonly name: string }[];
  /** Only the goal–plan pairs that meet, in plan order. */
  readonly cells: readonly CoverageCell[];
  readonly levels: readonly GoalLevels[];
  /** Goals that no plan serves (a RUS goal counts as served through an understrategi goal). */
  readonly unserved: readonly string[];
  /** Goals that plans reach only from resources, activities or outputs. */
  readonly findings: readonly Finding[];
}

const EARLY = levelIndex('utfall');

/** A goal of the strategy with the goals it serves: a rung of the ladder. */
type Rung = CoverageGoal & { readonly serves: readonly string[] };

/** The strategy's goals, RUS first, then each understrategi's; each id once, the first one read. */
interface StrategyGoals {
  readonly goals: readonly CoverageGoal[];
  readonly index: ReadonlyMap<string, Rung>;
  /** Intended levels (stryktips), by goal id, for the goals that have them. */
  readonly intended: ReadonlyMap<string, readonly Level[]>;
}

/** How plans serve one goal, counted plan by plan. */
interface Tally {
  readonly counts: Record<Level, number>;
  readonly indirectCounts: Record<Level, number>;
  direct: number;
  indirect: number;
  /** No plan links to the goal from utfall or later. */
  early: boolean;
}

/** Where one plan's goal links lead up the ladder. */
interface PlanReach {
  /** The levels the plan's links to each goal start at, by goal id, in the order the links are first read. */
  readonly direct: ReadonlyMap<string, ReadonlySet<Level>>;
  /** Each goal reached through goals that serve it: the linked goals it is reached from. */
  readonly via: ReadonlyMap<string, readonly string[]>;
  /** Each goal reached through goals that serve it: the levels those links start at. */
  readonly through: ReadonlyMap<string, ReadonlySet<Level>>;
}

/**
 * The coverage of a region's strategy by its plans: a goals × plans matrix, a
 * goals × levels matrix (on which level each plan's goal links start), the goals
 * no plan serves, and a finding for each goal that plans reach only from
 * levels before utfall, which suggests the goal is written at the wrong level.
 */
export function coverage(document: Document): Coverage {
  const { goals, index, intended } = strategyGoals(document);
  // The levels plans reach each goal with intended levels from, directly or through goals that serve it.
  const reachedFrom = new Map<string, Set<Level>>();
  for (const id of intended.keys()) reachedFrom.set(id, new Set());
  const tallies = new Map<string, Tally>();
  for (const g of goals) tallies.set(g.id, emptyTally());
  const cells: CoverageCell[] = [];
  const plans: { id: string; name: string }[] = [];
  for (const plan of document.plans ?? []) {
    plans.push({ id: plan.id, name: plan.name });
    const reach = planReach(plan, index, reachedFrom);
    // Goal order, so the matrix reads the same way every time.
    for (const g of goals) {
      const cell = tallyPlan(plan.id, g.id, reach, tallies.get(g.id)!);
      if (cell) cells.push(cell);
    }
  }
  const unserved: string[] = [];
  const findings: Finding[] = [];
  const levels: GoalLevels[] = [];
  for (const g of goals) {
    const tally = tallies.get(g.id)!;
    const wanted = intended.get(g.id);
    const reached = wanted ? LEVELS.filter((l) => reachedFrom.get(g.id)!.has(l)) : [];
    levels.push({
      goal: g.id,
      counts: tally.counts,
      indirectCounts: tally.indirectCounts,
      direct: tally.direct,
      indirect: tally.indirect,
      ...(wanted ? { intended: LEVELS.filter((l) => wanted.includes(l)), reached } : {}),
    });
    if (tally.direct + tally.indirect === 0) unserved.push(g.id);
    for (const f of goalFindings(g, tally, wanted, reached)) findings.push(f);
  }
  return { goals, plans, cells, levels, unserved, findings };
}

/** The rungs of the strategy's ladder: the RUS goals, then each understrategi's goals with what they serve. */
function strategyGoals(document: Document): StrategyGoals {
  const goals: CoverageGoal[] = [];
  const index = new Map<string, Rung>();
  const intended = new Map<string, readonly Level[]>();
  const addGoal = (g: CoverageGoal, serves: readonly string[], levels: readonly Level[] | undefined) => {
    if (index.has(g.id)) return;
    index.set(g.id, { ...g, serves });
    goals.push(g);
    if (levels && levels.length > 0) intended.set(g.id, levels);
  };
  for (const [gi, g] of (document.strategy?.rus?.goals ?? []).entries()) {
    addGoal(
      { id: g.id, text: g.text, kind: 'rus', path: ['strategy', 'rus', 'goals', gi] },
      [],
      g.intendedLevels,
    );
  }
  for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
    for (const [gi, g] of u.goals.entries()) {
      const path = ['strategy', 'understrategier', ui, 'goals', gi];
      addGoal(
        { id: g.id, text: g.text, kind: 'understrategi', understrategi: u.id, path },
        g.serves ?? [],
        g.intendedLevels,
      );
    }
  }
  return { goals, index, intended };
}

function emptyTally(): Tally {
  const zero = () => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  return { counts: zero(), indirectCounts: zero(), direct: 0, indirect: 0, early: true };
}

/**
 * One plan's reach: the levels its links to each goal start at, then up the serves links
 * from each goal it links to, the goals it reaches through them (at any depth of the ladder),
 * the linked goals it reaches each from, and the levels. Adds the levels to `reachedFrom`.
 */
function planReach(
  plan: Plan,
  index: ReadonlyMap<string, Rung>,
  reachedFrom: ReadonlyMap<string, Set<Level>>,
): PlanReach {
  const levelOf = new Map<string, Level>();
  for (const b of plan.boxes) if (!levelOf.has(b.id)) levelOf.set(b.id, b.level);
  const direct = new Map<string, Set<Level>>();
  for (const gl of plan.goalLinks ?? []) {
    if (!index.has(gl.goal)) continue;
    let set = direct.get(gl.goal);
    if (!set) {
      set = new Set();
      direct.set(gl.goal, set);
    }
    const level = levelOf.get(gl.from);
    if (level) set.add(level);
  }
  const via = new Map<string, string[]>();
  const through = new Map<string, Set<Level>>();
  for (const [id, set] of direct) {
    const seen = new Set<string>([id]);
    const queue = [id];
    for (let k = 0; k < queue.length; k++) {
      const g = queue[k]!;
      const into = reachedFrom.get(g);
      if (into) for (const l of set) into.add(l);
      if (k > 0) {
        const list = via.get(g);
        if (!list) via.set(g, [id]);
        else if (!list.includes(id)) list.push(id);
        const levels = through.get(g) ?? new Set<Level>();
        through.set(g, levels);
        for (const l of set) levels.add(l);
      }
      for (const s of index.get(g)?.serves ?? []) {
        if (!seen.has(s) && index.has(s)) {
          seen.add(s);
          queue.push(s);
        }
      }
    }
  }
  return { direct, via, through };
}

/** Counts how one plan serves one goal into the goal's tally; the plan's cell for the goal, if they meet. */
function tallyPlan(plan: string, goal: string, reach: PlanReach, tally: Tally): CoverageCell | undefined {
  const levels = reach.direct.get(goal);
  const from = reach.via.get(goal) ?? [];
  if (!levels && from.length === 0) return undefined;
  const sorted = levels ? LEVELS.filter((l) => levels.has(l)) : [];
  for (const l of reach.through.get(goal) ?? []) if (!levels?.has(l)) tally.indirectCounts[l]++;
  if (levels) {
    tally.direct++;
    for (const l of sorted) {
      tally.counts[l]++;
      if (levelIndex(l) >= EARLY) tally.early = false;
    }
  } else tally.indirect++;
  return { plan, goal, levels: sorted, via: from };
}

/**
 * What the plans' reach says of one goal: INTENDED_LEVEL_NOT_REACHED when plans reach it
 * but from none of its intended levels, GOAL_AT_EARLY_LEVEL when its plans' links all
 * start before utfall.
 */
function goalFindings(
  g: CoverageGoal,
  tally: Tally,
  wanted: readonly Level[] | undefined,
  reached: readonly Level[],
): Finding[] {
  const findings: Finding[] = [];
  if (wanted && reached.length > 0 && !reached.some((l) => wanted.includes(l))) {
    findings.push(
      createFinding(
        'INTENDED_LEVEL_NOT_REACHED',
        { goal: g.id, path: [...g.path, 'intendedLevels'] },
        {
          goal: g.id,
          intended: LEVELS.filter((l) => wanted.includes(l)),
          reached,
          plans: tally.direct + tally.indirect,
        },
      ),
    );
  }
  const levels = LEVELS.filter((l) => tally.counts[l] > 0);
  if (tally.direct > 0 && tally.early && levels.length > 0) {
    findings.push(
      createFinding(
        'GOAL_AT_EARLY_LEVEL',
        { goal: g.id, path: g.path },
        { goal: g.id, levels, plans: tally.direct },
      ),
    );
  }
  return findings;
}
