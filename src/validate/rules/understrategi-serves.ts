import { closest } from '../../io/suggest.js';
import type { Understrategi } from '../../model/strategy.js';
import type { ValidationContext } from '../context.js';
import { goalRank, type Ladder, ladderOf, tierName, tiersBetween, understrategiRank } from '../ladder.js';
import { found, type Rule } from '../rule.js';

/**
 * Each understrategi goal serves one or more goals that exist one step up: RUS
 * goals, or, where the region declares a ladder of tiers (`strategy.tiers`), goals
 * of the tier directly above (any tier above if the region allows skipping).
 */
export const understrategiServes: Rule = {
  name: 'understrategi-serves',
  codes: [
    'SERVES_UNKNOWN_GOAL',
    'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
    'LADDER_UNKNOWN_TIER',
    'LADDER_GOAL_SERVES_ITSELF',
    'LADDER_SERVES_UNKNOWN_GOAL',
    'LADDER_SERVES_OWN_TIER_OR_BELOW',
    'LADDER_RUNG_SKIPPED',
    'LADDER_GOAL_SERVES_NOTHING',
  ],
  *check({ document, goals }) {
    const ladder = ladderOf(document);
    const hasRus = (document.strategy?.rus?.goals ?? []).length > 0;
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
      if (ladder === undefined) {
        if (u.tier !== undefined) {
          yield found(
            'LADDER_UNKNOWN_TIER',
            { path: ['strategy', 'understrategier', ui, 'tier'] },
            { understrategi: u.id, tier: u.tier },
          );
        }
        yield* oneTier(u, ui, goals, hasRus);
        continue;
      }
      const rank = understrategiRank(u, ladder);
      if (rank === undefined) {
        const suggestion = closest(u.tier!, ladder.rankOf.keys());
        yield found(
          'LADDER_UNKNOWN_TIER',
          { path: ['strategy', 'understrategier', ui, 'tier'] },
          { understrategi: u.id, tier: u.tier!, ...(suggestion ? { suggestion } : {}) },
        );
        continue; // its goals have no place in the ladder to check against
      }
      yield* inLadder(u, ui, rank, ladder, goals, hasRus);
    }
  },
};

type Goal = Understrategi['goals'][number];
type Found = ReturnType<typeof found>;
type At = { readonly goal: string; readonly path: (string | number)[] };

/**
 * Walks an understrategi's goals: a goal that serves nothing goes to `none`, a goal
 * that serves itself is reported here, every other `serves` entry goes to `each`.
 * The one-tier and the ladder checks differ only in those two answers.
 */
function* eachServes(
  u: Understrategi,
  ui: number,
  none: (goal: Goal, at: At) => Iterable<Found>,
  each: (goal: Goal, id: string, at: At) => Iterable<Found>,
): Generator<Found> {
  for (const [gi, goal] of u.goals.entries()) {
    const path = ['strategy', 'understrategier', ui, 'goals', gi];
    const serves = goal.serves ?? [];
    if (serves.length === 0) {
      yield* none(goal, { goal: goal.id, path });
      continue;
    }
    for (const [si, id] of serves.entries()) {
      const at = { goal: goal.id, path: [...path, 'serves', si] };
      if (id === goal.id) yield found('LADDER_GOAL_SERVES_ITSELF', at, { goal: goal.id });
      else yield* each(goal, id, at);
    }
  }
}

const servesNoRusGoal = (u: Understrategi, goal: Goal, at: At): Found[] => [
  found('UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL', at, { goal: goal.id, understrategi: u.id }),
];

// Without a ladder: every understrategi goal serves RUS goals (as always).
function oneTier(u: Understrategi, ui: number, goals: ValidationContext['goals'], hasRus: boolean) {
  return eachServes(
    u,
    ui,
    (goal, at) => (hasRus ? servesNoRusGoal(u, goal, at) : []),
    (goal, id, at) => {
      const target = goals.get(id);
      if (target?.kind === 'rus') return [];
      return [
        found('SERVES_UNKNOWN_GOAL', at, {
          goal: goal.id,
          serves: id,
          reason: target ? 'not-rus' : 'missing',
        }),
      ];
    },
  );
}

// With a ladder: the goals of tier `rank` serve goals of the tier directly above.
function inLadder(
  u: Understrategi,
  ui: number,
  rank: number,
  ladder: Ladder,
  goals: ValidationContext['goals'],
  hasRus: boolean,
) {
  const tier = tierName(rank, ladder);
  return eachServes(
    u,
    ui,
    (goal, at) => {
      if (rank > 1) {
        return [
          found('LADDER_GOAL_SERVES_NOTHING', at, {
            goal: goal.id,
            understrategi: u.id,
            tier,
            above: tierName(rank - 1, ladder),
          }),
        ];
      }
      return hasRus ? servesNoRusGoal(u, goal, at) : [];
    },
    (goal, id, at) => {
      const target = goals.get(id);
      if (!target) {
        const suggestion = closest(id, goals.keys());
        return [
          found('LADDER_SERVES_UNKNOWN_GOAL', at, {
            goal: goal.id,
            serves: id,
            ...(suggestion ? { suggestion } : {}),
          }),
        ];
      }
      const servesRank = goalRank(target, ladder);
      if (servesRank === undefined) return []; // its unknown tier is reported
      const servesTier = tierName(servesRank, ladder);
      if (servesRank >= rank) {
        return [
          found('LADDER_SERVES_OWN_TIER_OR_BELOW', at, { goal: goal.id, tier, serves: id, servesTier }),
        ];
      }
      if (servesRank < rank - 1 && !ladder.skipping) {
        return [
          found('LADDER_RUNG_SKIPPED', at, {
            goal: goal.id,
            tier,
            serves: id,
            servesTier,
            skipped: tiersBetween(servesRank, rank, ladder),
          }),
        ];
      }
      return [];
    },
  );
}
