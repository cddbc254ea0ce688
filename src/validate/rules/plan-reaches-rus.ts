import type { Finding } from '../../findings/finding.js';
import type { GoalEntry, PlanIndex, ValidationContext } from '../context.js';
import { goalRank, type Ladder, ladderOf, reachesRus, tierName, tiersBetween } from '../ladder.js';
import { found, type Rule } from '../rule.js';

/** True if an understrategi goal serves at least one existing RUS goal. */
export function servesRus(entry: GoalEntry, goals: ValidationContext['goals']): boolean {
  const serves = entry.goal.serves;
  if (!serves) return false;
  for (const id of serves) if (goals.get(id)?.kind === 'rus') return true;
  return false;
}

/**
 * The design card's central rule: every plan connects to at least one
 * understrategi goal that in turn serves a RUS goal. A plan whose links stop at
 * an understrategi goal serving nothing, or that claims RUS goals directly, gets
 * its own code, so analysts can tell the two gaps apart.
 */
export const planReachesRus: Rule = {
  name: 'plan-reaches-rus',
  codes: [
    'PLAN_WITHOUT_GOAL_LINKS',
    'PLAN_STOPS_AT_UNDERSTRATEGI',
    'PLAN_SKIPS_UNDERSTRATEGI',
    'GOAL_LINK_SKIPS_UNDERSTRATEGI',
    'LADDER_GOAL_LINK_SKIPS_TIER',
  ],
  *check(context) {
    const ladder = ladderOf(context.document);
    const memo = new Map<string, boolean>();
    for (const p of context.plans) {
      // A plan with no goal links at all breaks the rule whether or not the strategy is at hand:
      // a plan file validated alone (as `templates new` tells the user to) must not pass.
      if (context.hasStrategy) {
        const findings = checkPlan(p, context, ladder, memo);
        if (findings !== undefined) yield* findings;
      } else if (p.goalLinks.length === 0) yield withoutGoalLinks(p);
    }
  },
};

function withoutGoalLinks(p: PlanIndex): Finding {
  return found(
    'PLAN_WITHOUT_GOAL_LINKS',
    { plan: p.plan.id, path: ['plans', p.at, 'id'] },
    { plan: p.plan.id },
  );
}

// With a ladder, a plan belongs under the lowest tier: its goal links reach goals of
// that tier which reach a RUS goal tier by tier; a link to a higher tier skips rungs.
// The plan's findings, or undefined for none (the common case: no set, list or location is
// made for a plan that passes, as the rule runs over every plan of a national set).
function checkPlan(
  p: PlanIndex,
  { goals }: ValidationContext,
  ladder: Ladder | undefined,
  memo: Map<string, boolean>,
): Finding[] | undefined {
  if (p.goalLinks.length === 0) return [withoutGoalLinks(p)];
  let out: Finding[] | undefined;
  let stuck: Set<string> | undefined;
  let direct: { goal: string; box: string; at: number }[] | undefined;
  let connected = false;
  for (let gi = 0; gi < p.goalLinks.length; gi++) {
    const gl = p.goalLinks[gi]!;
    const entry = goals.get(gl.goal);
    if (!entry) continue;
    if (entry.kind === 'rus') {
      direct ??= [];
      direct.push({ goal: gl.goal, box: gl.from, at: gi });
    } else if (ladder === undefined ? servesRus(entry, goals) : reachesRus(entry, goals, ladder, memo)) {
      connected = true;
      const rank = ladder && goalRank(entry, ladder);
      const lowest = ladder?.tiers.length ?? 0;
      if (ladder && rank !== undefined && rank < lowest && !ladder.skipping) {
        out ??= [];
        out.push(
          found(
            'LADDER_GOAL_LINK_SKIPS_TIER',
            { plan: p.plan.id, box: gl.from, goal: gl.goal, path: ['plans', p.at, 'goalLinks', gi] },
            {
              box: gl.from,
              goal: gl.goal,
              tier: tierName(rank, ladder),
              skipped: tiersBetween(rank, lowest + 1, ladder),
            },
          ),
        );
      }
    } else if (ladder === undefined || goalRank(entry, ladder) !== undefined) {
      stuck ??= new Set();
      stuck.add(gl.goal);
    }
  }
  if (connected) {
    for (const d of direct ?? []) {
      out ??= [];
      out.push(
        found(
          'GOAL_LINK_SKIPS_UNDERSTRATEGI',
          { plan: p.plan.id, box: d.box, goal: d.goal, path: ['plans', p.at, 'goalLinks', d.at] },
          { box: d.box, goal: d.goal },
        ),
      );
    }
    return out;
  }
  if (direct !== undefined) {
    out ??= [];
    out.push(
      found('PLAN_SKIPS_UNDERSTRATEGI', goalLinksOf(p), {
        plan: p.plan.id,
        goals: [...new Set(direct.map((d) => d.goal))],
      }),
    );
  }
  if (stuck !== undefined) {
    out ??= [];
    out.push(
      found('PLAN_STOPS_AT_UNDERSTRATEGI', goalLinksOf(p), {
        plan: p.plan.id,
        goals: [...stuck],
      }),
    );
  }
  return out;
}

// Where a finding about a plan's goal links as a whole points: the plan and its list.
function goalLinksOf(p: PlanIndex) {
  return { plan: p.plan.id, path: ['plans', p.at, 'goalLinks'] };
}
