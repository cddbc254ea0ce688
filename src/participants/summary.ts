import type { Document } from '../model/document.js';
import { displayNumber, participantLists, readNumber } from './collect.js';
import type { NumberKind } from './number.js';

/** A plan's participants in a summary: how many distinct valid numbers its lists hold. */
export interface PlanParticipants {
  readonly region: string | null;
  readonly plan: string;
  readonly name: string;
  /** Distinct valid numbers over all of the plan's lists (plan, indicators, separate lists). */
  readonly participants: number;
}

/** A firm or organisation that takes part in more than one plan. */
export interface SharedParticipant {
  /** The number as it may be shown: an organisationsnummer in full, a personnummer masked or hashed. */
  readonly number: string;
  readonly kind: NumberKind;
  /** The first name given for it; never for a sole trader (a personnummer), whose firm name is often the owner's. */
  readonly name?: string;
  /** The plans it takes part in, as `region: plan id` (`plan id` without a region). */
  readonly plans: readonly string[];
}

/** Participants across a portfolio: unique firms, not a sum of the plans' counts. */
export interface ParticipantSummary {
  /** Distinct valid numbers across every plan and region. */
  readonly unique: number;
  readonly organisations: number;
  readonly soleTraders: number;
  /** The plans' own counts added up: more than `unique` when firms take part in several plans. */
  readonly sumOfPlans: number;
  /** Entries whose number is not valid (left out of every count; see PARTICIPANT_NUMBER_INVALID). */
  readonly invalid: number;
  readonly plans: readonly PlanParticipants[];
  /** Firms in more than one plan, most plans first. */
  readonly shared: readonly SharedParticipant[];
}

/**
 * Counts the participants of one or more documents (regions): each firm once,
 * by its number, however many plans and regions list it; lists the firms in
 * several plans. Numbers are shown as reports may show them (`displayNumber`).
 */
export function participantSummary(documents: Document | readonly Document[]): ParticipantSummary {
  const docs: readonly Document[] = Array.isArray(documents) ? documents : [documents as Document];
  const firms = new Map<string, { kind: NumberKind; name?: string; plans: string[] }>();
  const plans: PlanParticipants[] = [];
  let invalid = 0;
  for (const doc of docs) {
    const region = doc.region ?? null;
    const perPlan = new Map<string, Set<string>>();
    const names = new Map<string, string>();
    for (const plan of doc.plans ?? []) if (!names.has(plan.id)) names.set(plan.id, plan.name);
    for (const site of participantLists(doc)) {
      if (!site.plan) continue; // a list for a plan the set does not have: PARTICIPANT_LIST_UNKNOWN_PLAN
      let set = perPlan.get(site.planId);
      if (!set) {
        set = new Set();
        perPlan.set(site.planId, set);
      }
      for (const p of site.participants) {
        const parsed = readNumber(p.orgnr);
        if (!parsed.ok) {
          invalid++;
          continue;
        }
        set.add(parsed.normal);
        let firm = firms.get(parsed.normal);
        if (!firm) {
          firm = { kind: parsed.kind, plans: [] };
          firms.set(parsed.normal, firm);
        }
        if (firm.name === undefined && parsed.kind === 'organisationsnummer' && p.name) firm.name = p.name;
        const label = region === null ? site.planId : `${region}: ${site.planId}`;
        if (!firm.plans.includes(label)) firm.plans.push(label);
      }
    }
    for (const [plan, set] of perPlan)
      plans.push({ region, plan, name: names.get(plan) ?? plan, participants: set.size });
  }
  let organisations = 0;
  let soleTraders = 0;
  const shared: SharedParticipant[] = [];
  for (const [normal, firm] of firms) {
    if (firm.kind === 'organisationsnummer') organisations++;
    else soleTraders++;
    if (firm.plans.length > 1)
      shared.push({
        number: displayNumber(normal),
        kind: firm.kind,
        ...(firm.name !== undefined ? { name: firm.name } : {}),
        plans: firm.plans,
      });
  }
  shared.sort(
    (a, b) => b.plans.length - a.plans.length || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0),
  );
  let sumOfPlans = 0;
  for (const p of plans) sumOfPlans += p.participants;
  return { unique: firms.size, organisations, soleTraders, sumOfPlans, invalid, plans, shared };
}
