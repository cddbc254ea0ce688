import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import { LEVELS, type Level, levelIndex } from '../model/levels.js';

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

/**
 * The coverage of a region's strategy by its plans: a goals × plans matrix, a
 * goals × levels matrix (on which level each plan's goal links start), the goals
 * no plan serves, and a finding for each goal that plans reach only from
 * levels before utfall, which suggests the goal is written at the wrong level.
 */
export function coverage(document: Document): Coverage {
  const goals: CoverageGoal[] = [];
  const index = new Map<string, CoverageGoal & { serves: readonly string[] }>();
  // Intended levels (stryktips), by goal id; the levels plans reach those goals from.
  const intended = new Map<string, readonly Level[]>();
  const reachedFrom = new Map<string, Set<Level>>();
  const addGoal = (g: CoverageGoal, serves: readonly string[], levels: readonly Level[] | undefined) => {
    if (index.has(g.id)) return;
    index.set(g.id, { ...g, serves });
    goals.push(g);
    if (levels && levels.length > 0) {
      intended.set(g.id, levels);
      reachedFrom.set(g.id, new Set());
    }
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
  const counts = new Map<
    string,
    {
      counts: Record<Level, number>;
      indirectCounts: Record<Level, number>;
      direct: number;
      indirect: number;
      early: boolean;
    }
  >();
  const zero = () => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const g of goals) {
    counts.set(g.id, { counts: zero(), indirectCounts: zero(), direct: 0, indirect: 0, early: true });
  }
  const cells: CoverageCell[] = [];
  const plans: { id: string; name: string }[] = [];
  for (const plan of document.plans ?? []) {
    plans.push({ id: plan.id, name: plan.name });
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
    // Up the serves links from each goal the plan links to: the goals it reaches through
    // them (at any depth of the ladder), the linked goals it reaches each from, and the levels.
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
    // Goal order, so the matrix reads the same way every time.
    for (const g of goals) {
      const levels = direct.get(g.id);
      const from = via.get(g.id) ?? [];
      if (!levels && from.length === 0) continue;
      const sorted = levels ? LEVELS.filter((l) => levels.has(l)) : [];
      cells.push({ plan: plan.id, goal: g.id, levels: sorted, via: from });
      const c = counts.get(g.id)!;
      for (const l of through.get(g.id) ?? []) if (!levels?.has(l)) c.indirectCounts[l]++;
      if (levels) {
        c.direct++;
        for (const l of sorted) {
          c.counts[l]++;
          if (levelIndex(l) >= EARLY) c.early = false;
        }
      } else c.indirect++;
    }
  }
  const unserved: string[] = [];
  const findings: Finding[] = [];
  const levels: GoalLevels[] = [];
  for (const g of goals) {
    const c = counts.get(g.id)!;
    const wanted = intended.get(g.id);
    const got = wanted ? LEVELS.filter((l) => reachedFrom.get(g.id)!.has(l)) : [];
    levels.push({
      goal: g.id,
      counts: c.counts,
      indirectCounts: c.indirectCounts,
      direct: c.direct,
      indirect: c.indirect,
      ...(wanted ? { intended: LEVELS.filter((l) => wanted.includes(l)), reached: got } : {}),
    });
    if (wanted && got.length > 0 && !got.some((l) => wanted.includes(l))) {
      findings.push(
        createFinding(
          'INTENDED_LEVEL_NOT_REACHED',
          { goal: g.id, path: [...g.path, 'intendedLevels'] },
          {
            goal: g.id,
            intended: LEVELS.filter((l) => wanted.includes(l)),
            reached: got,
            plans: c.direct + c.indirect,
          },
        ),
      );
    }
    if (c.direct + c.indirect === 0) unserved.push(g.id);
    const reached = LEVELS.filter((l) => c.counts[l] > 0);
    if (c.direct > 0 && c.early && reached.length > 0) {
      findings.push(
        createFinding(
          'GOAL_AT_EARLY_LEVEL',
          { goal: g.id, path: g.path },
          { goal: g.id, levels: reached, plans: c.direct },
        ),
      );
    }
  }
  return { goals, plans, cells, levels, unserved, findings };
}
