import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import { found, type Rule } from '../rule.js';

/**
 * The årshjul's references resolve (recipients, plans, the duties a plan has
 * reported) and every duty has a date. Runs on every document with an årshjul.
 */
export const arshjulReferences: Rule = {
  name: 'arshjul',
  codes: ['ARSHJUL_UNKNOWN_REFERENCE', 'ARSHJUL_NO_DATE'],
  *check({ document }) {
    const wheel = document.arshjul;
    if (!wheel) return;
    const recipients = new Set((wheel.recipients ?? []).map((r) => r.id));
    const plans = new Set((document.plans ?? []).map((p) => p.id));
    const events = new Set(wheel.events.map((e) => e.id));
    const unknown = (
      kind: 'recipient' | 'plan' | 'event',
      id: string,
      known: Set<string>,
      path: (string | number)[],
    ): Finding => {
      const suggestion = closest(id, known);
      return found(
        'ARSHJUL_UNKNOWN_REFERENCE',
        { path },
        { kind, id, ...(suggestion ? { suggestion } : {}) },
      );
    };
    for (const [ei, event] of wheel.events.entries()) {
      for (const [ri, r] of (event.recipients ?? []).entries())
        if (!recipients.has(r))
          yield unknown('recipient', r, recipients, ['arshjul', 'events', ei, 'recipients', ri]);
      for (const [pi, p] of (event.plans ?? []).entries())
        if (!plans.has(p)) yield unknown('plan', p, plans, ['arshjul', 'events', ei, 'plans', pi]);
      if (!event.days?.length && !event.dates?.length && !event.perPlan)
        yield found('ARSHJUL_NO_DATE', { path: ['arshjul', 'events', ei] }, { event: event.id });
    }
    for (const [pi, plan] of (document.plans ?? []).entries()) {
      for (const [ri, r] of (plan.reports ?? []).entries()) {
        if (!events.has(r.event)) {
          const f = unknown('event', r.event, events, ['plans', pi, 'reports', ri, 'event']);
          yield { ...f, location: { ...f.location, plan: plan.id } };
        }
      }
    }
  },
};
