import type { Location } from '../../findings/finding.js';
import { endDay, type Span, startDay } from '../../model/time.js';
import { found, type Rule } from '../rule.js';

/** A period or horizon ends after it starts. */
export const spanOrder: Rule = {
  name: 'span-order',
  codes: ['SPAN_REVERSED'],
  *check({ document }) {
    const spans: [Span | undefined, Location][] = [];
    spans.push([document.strategy?.rus?.horizon, { path: ['strategy', 'rus', 'horizon'] }]);
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
      spans.push([u.horizon, { path: ['strategy', 'understrategier', ui, 'horizon'] }]);
    }
    for (const [pi, p] of (document.plans ?? []).entries()) {
      spans.push([p.period, { plan: p.id, path: ['plans', pi, 'period'] }]);
    }
    for (const [vi, v] of (document.vocabularies ?? []).entries()) {
      spans.push([v.valid, { path: ['vocabularies', vi, 'valid'] }]);
    }
    for (const [span, location] of spans) {
      if (span && endDay(span.to) < startDay(span.from)) {
        yield found('SPAN_REVERSED', location, { from: span.from, to: span.to });
      }
    }
  },
};
