import type { Finding, Location } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import type { Indicator } from '../../model/indicator.js';
import { periodEnd } from '../../model/period.js';
import {
  displayNumber,
  type ParticipantListSite,
  participantLists,
  readNumber,
} from '../../participants/collect.js';
import { countStartedBy, participationStart } from '../../participants/derive.js';
import { found, type Rule } from '../rule.js';

/**
 * Participant lists: every number is a valid organisationsnummer or
 * personnummer, none repeats within the lists of one plan or indicator, a
 * separate list names a plan (and indicator) that exists, and a count
 * indicator's latest measured value agrees with the distinct numbers of its list.
 * Numbers in findings are shown as reports show them (personnummer masked).
 */
export const participantsRule: Rule = {
  name: 'participants',
  codes: [
    'PARTICIPANT_NUMBER_INVALID',
    'PARTICIPANT_DUPLICATE',
    'PARTICIPANT_COUNT_MISMATCH',
    'PARTICIPANT_LIST_UNKNOWN_PLAN',
  ],
  check({ document }) {
    const out: Finding[] = [];
    const sites = participantLists(document);
    if (sites.length === 0) return out;
    // The lists of one plan, or of one indicator of a plan, are one list, wherever they are kept.
    const groups = new Map<
      string,
      { site: ParticipantListSite; numbers: Map<string, number[]>; starts: Map<string, number> }
    >();
    for (const site of sites) {
      if (site.listAt !== undefined && !known(site, out, document.plans ?? [])) continue;
      const key = `${site.planId}\u0000${site.indicatorId ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { site, numbers: new Map(), starts: new Map() };
        groups.set(key, group);
      }
      site.participants.forEach((p, i) => {
        const where = location(site, i);
        const parsed = readNumber(p.orgnr);
        if (!parsed.ok) {
          out.push(
            found('PARTICIPANT_NUMBER_INVALID', where, {
              ...owner(site),
              number: displayNumber(p.orgnr),
              problem: parsed.problem,
            }),
          );
          return;
        }
        const start = participationStart(p.period?.from);
        const earlier = group!.starts.get(parsed.normal);
        if (earlier === undefined || start < earlier) group!.starts.set(parsed.normal, start);
        const seen = group!.numbers.get(parsed.normal);
        if (seen) {
          seen.push(i);
          out.push(
            found('PARTICIPANT_DUPLICATE', where, {
              ...owner(site),
              number: displayNumber(parsed.normal),
              times: seen.length,
            }),
          );
        } else group!.numbers.set(parsed.normal, [i]);
      });
    }
    for (const { site, starts } of groups.values()) {
      const indicator = site.indicator;
      if (indicator?.kind !== 'count') continue;
      const latest = latestMeasurement(indicator);
      if (!latest) continue;
      // Those that had started taking part by the end of the measured period.
      const counted = countStartedBy(starts, latest.end);
      if (latest.value === counted) continue;
      out.push(
        found(
          'PARTICIPANT_COUNT_MISMATCH',
          { ...location(site), path: [...(site.indicatorPath ?? site.path), 'measurements', latest.at] },
          { ...owner(site), stated: latest.value, counted, period: latest.period },
        ),
      );
    }
    return out;
  },
};

function owner(site: ParticipantListSite) {
  return { plan: site.planId, ...(site.indicatorId !== undefined ? { indicator: site.indicatorId } : {}) };
}

function location(site: ParticipantListSite, index?: number): Location {
  return {
    plan: site.planId,
    ...(site.indicatorId !== undefined ? { indicator: site.indicatorId } : {}),
    path: index === undefined ? [...site.path] : [...site.path, index, 'orgnr'],
  };
}

function latestMeasurement(indicator: Indicator) {
  let best: { value: number; period: string | number; at: number; end: number } | undefined;
  (indicator.measurements ?? []).forEach((m, at) => {
    const end = periodEnd(m.period);
    if (typeof m.value !== 'number' || end === undefined) return;
    if (!best || end >= best.end) best = { value: m.value, period: m.period, at, end };
  });
  return best;
}

// A separate list must name a plan of the set, and an indicator of that plan.
function known(
  site: ParticipantListSite,
  out: Finding[],
  plans: readonly { id: string; boxes: readonly { indicators?: readonly { id: string }[] | undefined }[] }[],
): boolean {
  const listPath = site.path.slice(0, -1);
  if (!site.plan) {
    const suggestion = closest(
      site.planId,
      plans.map((p) => p.id),
    );
    out.push(
      found(
        'PARTICIPANT_LIST_UNKNOWN_PLAN',
        { plan: site.planId, path: [...listPath, 'plan'] },
        { plan: site.planId, ...(suggestion ? { suggestion } : {}) },
      ),
    );
    return false;
  }
  if (site.indicatorId !== undefined && !site.indicator) {
    const ids: string[] = [];
    for (const box of site.plan.boxes) for (const i of box.indicators ?? []) ids.push(i.id);
    const suggestion = closest(site.indicatorId, ids);
    out.push(
      found(
        'PARTICIPANT_LIST_UNKNOWN_PLAN',
        { plan: site.planId, path: [...listPath, 'indicator'] },
        { plan: site.planId, indicator: site.indicatorId, ...(suggestion ? { suggestion } : {}) },
      ),
    );
    return false;
  }
  return true;
}
