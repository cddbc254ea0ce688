import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import type { Indicator } from '../../model/indicator.js';
import type { Plan } from '../../model/plan.js';
import { endDay, startDay } from '../../model/time.js';
import { unitsAgree } from '../../model/units.js';
import type { ValidationContext } from '../context.js';
import { planFamilies } from '../families.js';
import { found, type Rule } from '../rule.js';

/**
 * Plan families: a delprojekt names a ramprojekt that exists and is not its own
 * ancestor, lies within the ramprojekt's period and links to goals on the
 * ramprojekt's line of the ladder; a ramprojekt indicator summed from its
 * delprojekt finds them, of the same kind and unit.
 */
export const families: Rule = {
  name: 'families',
  codes: [
    'FAMILY_UNKNOWN_PARENT',
    'FAMILY_CYCLE',
    'FAMILY_CHILD_PERIOD_OUTSIDE',
    'FAMILY_CHILD_GOAL_NOT_SERVED',
    'FAMILY_ROLLUP_MISMATCH',
    'FAMILY_ROLLUP_WITHOUT_CHILDREN',
  ],
  check(context) {
    const out: Finding[] = [];
    const plans = context.document.plans ?? [];
    // Documents without families (all of version 1) cost one pass and nothing more.
    let any = false;
    for (const plan of plans) if (plan.parent !== undefined) any = true;
    if (!any) {
      for (const [pi, plan] of plans.entries()) {
        forEachIndicator(plan, (indicator, bi, ii) => {
          if (indicator.fromChildren !== true) return;
          out.push(withoutChildren(plan, pi, bi, ii, indicator, 0));
        });
      }
      return out;
    }
    const f = planFamilies(context.document);
    const reported = new Set<number>();
    for (const [pi, plan] of plans.entries()) {
      if (plan.parent === undefined) continue;
      const at = f.parentOf[pi]!;
      if (at < 0) {
        const suggestion = closest(plan.parent, f.byId.keys());
        out.push(
          found(
            'FAMILY_UNKNOWN_PARENT',
            { plan: plan.id, path: ['plans', pi, 'parent'] },
            { plan: plan.id, parent: plan.parent, ...(suggestion ? { suggestion } : {}) },
          ),
        );
        continue;
      }
      if (f.inCycle[pi]) {
        if (!reported.has(pi)) out.push(cycleFinding(plans, f.parentOf, pi, reported));
        continue;
      }
      const parent = plans[at]!;
      checkPeriod(plan, pi, parent, out);
      checkGoals(context, plan, pi, parent, out);
    }
    for (const [pi, plan] of plans.entries()) {
      forEachIndicator(plan, (indicator, bi, ii) => {
        if (indicator.fromChildren !== true) return;
        const children = f.inCycle[pi] ? [] : f.childrenOf[pi]!;
        let matched = 0;
        for (const ci of children) {
          const child = plans[ci]!;
          forEachIndicator(child, (ci2, cbi, cii) => {
            if (ci2.id !== indicator.id) return;
            matched++;
            const mismatch =
              ci2.kind !== indicator.kind
                ? { what: 'kind' as const, expected: indicator.kind, found: ci2.kind }
                : !unitsAgree(ci2.unit, indicator.unit)
                  ? { what: 'unit' as const, expected: indicator.unit!, found: ci2.unit! }
                  : undefined;
            if (!mismatch) return;
            out.push(
              found(
                'FAMILY_ROLLUP_MISMATCH',
                {
                  plan: child.id,
                  box: child.boxes[cbi]!.id,
                  indicator: ci2.id,
                  path: ['plans', ci, 'boxes', cbi, 'indicators', cii],
                },
                { plan: plan.id, indicator: indicator.id, child: child.id, ...mismatch },
              ),
            );
          });
        }
        if (matched === 0) out.push(withoutChildren(plan, pi, bi, ii, indicator, children.length));
      });
    }
    return out;
  },
};

function forEachIndicator(plan: Plan, visit: (indicator: Indicator, bi: number, ii: number) => void): void {
  for (let bi = 0; bi < plan.boxes.length; bi++) {
    const indicators = plan.boxes[bi]!.indicators ?? [];
    for (let ii = 0; ii < indicators.length; ii++) visit(indicators[ii]!, bi, ii);
  }
}

function withoutChildren(
  plan: Plan,
  pi: number,
  bi: number,
  ii: number,
  indicator: Indicator,
  children: number,
): Finding {
  return found(
    'FAMILY_ROLLUP_WITHOUT_CHILDREN',
    {
      plan: plan.id,
      box: plan.boxes[bi]!.id,
      indicator: indicator.id,
      path: ['plans', pi, 'boxes', bi, 'indicators', ii, 'fromChildren'],
    },
    { plan: plan.id, indicator: indicator.id, children },
  );
}

// One finding per loop, at its first plan in document order; the loop's ids in parent order.
function cycleFinding(
  plans: readonly Plan[],
  parentOf: readonly number[],
  pi: number,
  reported: Set<number>,
): Finding {
  const members: number[] = [];
  let at = pi;
  do {
    members.push(at);
    reported.add(at);
    at = parentOf[at]!;
  } while (at !== pi && at >= 0);
  const cycle = members.map((m) => plans[m]!.id);
  cycle.push(plans[pi]!.id);
  return found(
    'FAMILY_CYCLE',
    { plan: plans[pi]!.id, path: ['plans', pi, 'parent'] },
    { plan: plans[pi]!.id, cycle },
  );
}

function checkPeriod(plan: Plan, pi: number, parent: Plan, out: Finding[]): void {
  const a = plan.period;
  const b = parent.period;
  if (!a || !b) return;
  if (startDay(a.from) >= startDay(b.from) && endDay(a.to) <= endDay(b.to)) return;
  out.push(
    found(
      'FAMILY_CHILD_PERIOD_OUTSIDE',
      { plan: plan.id, path: ['plans', pi, 'period'] },
      { plan: plan.id, parent: parent.id, from: a.from, to: a.to, parentFrom: b.from, parentTo: b.to },
    ),
  );
}

/** The goals a goal serves, directly or through other goals (itself excluded). */
function above(goal: string, goals: ValidationContext['goals']): Set<string> {
  const seen = new Set<string>();
  const queue = [goal];
  for (let k = 0; k < queue.length; k++) {
    for (const s of goals.get(queue[k]!)?.goal.serves ?? []) {
      if (seen.has(s) || !goals.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
  }
  return seen;
}

// A delprojekt's goal must lie on the ramprojekt's line of the ladder: one of the
// ramprojekt's goals, a goal above one of them, or a goal that breaks one of them down.
function checkGoals(context: ValidationContext, plan: Plan, pi: number, parent: Plan, out: Finding[]): void {
  const { goals } = context;
  const own: string[] = [];
  for (const gl of parent.goalLinks ?? [])
    if (goals.has(gl.goal) && !own.includes(gl.goal)) own.push(gl.goal);
  if (own.length === 0) return; // the ramprojekt's own findings say what is missing
  const line = new Set(own);
  for (const g of own) for (const a of above(g, goals)) line.add(a);
  for (const [gi, gl] of (plan.goalLinks ?? []).entries()) {
    if (!goals.has(gl.goal) || line.has(gl.goal)) continue;
    let below = false;
    for (const a of above(gl.goal, goals)) if (own.includes(a)) below = true;
    if (below) continue;
    out.push(
      found(
        'FAMILY_CHILD_GOAL_NOT_SERVED',
        { plan: plan.id, box: gl.from, goal: gl.goal, path: ['plans', pi, 'goalLinks', gi] },
        { plan: plan.id, parent: parent.id, box: gl.from, goal: gl.goal, parentGoals: own },
      ),
    );
  }
}
