import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import type { Participant } from '../model/participants.js';
import type { Plan } from '../model/plan.js';
import { isPseudonym, maskNumber, type NumberKind, type ParsedNumber, parseNumber } from './number.js';

/** A participant list as found in a document: where it sits and whose it is. */
export interface ParticipantListSite {
  readonly planId: string;
  /** The plan, when the document has it (a separate list may name one it does not). */
  readonly plan?: Plan;
  readonly planAt?: number;
  readonly indicatorId?: string;
  readonly indicator?: Indicator;
  /** The path of the indicator in the document, when it has it. */
  readonly indicatorPath?: readonly (string | number)[];
  readonly participants: readonly Participant[];
  /** The path of the list in the document. */
  readonly path: readonly (string | number)[];
  /** For a separate list (`participantLists`): its position. */
  readonly listAt?: number;
}

/**
 * Every participant list of a document: on plans, on indicators, and kept apart
 * in `participantLists` (joined to their plan and indicator by id), in that order.
 */
export function participantLists(document: Document): ParticipantListSite[] {
  const out: ParticipantListSite[] = [];
  const plans = document.plans ?? [];
  // Plain loops: validate runs this over every box of a national set, most without a list.
  for (let pi = 0; pi < plans.length; pi++) {
    const plan = plans[pi]!;
    if (plan.participants)
      out.push({
        planId: plan.id,
        plan,
        planAt: pi,
        participants: plan.participants,
        path: ['plans', pi, 'participants'],
      });
    for (let bi = 0; bi < plan.boxes.length; bi++) {
      const indicators = plan.boxes[bi]!.indicators;
      if (!indicators) continue;
      for (let ii = 0; ii < indicators.length; ii++) {
        const indicator = indicators[ii]!;
        if (!indicator.participants) continue;
        out.push({
          planId: plan.id,
          plan,
          planAt: pi,
          indicatorId: indicator.id,
          indicator,
          indicatorPath: ['plans', pi, 'boxes', bi, 'indicators', ii],
          participants: indicator.participants,
          path: ['plans', pi, 'boxes', bi, 'indicators', ii, 'participants'],
        });
      }
    }
  }
  const lists = document.participantLists;
  if (!lists) return out;
  // The first plan with each id, for the separate lists.
  const byId = new Map<string, number>();
  for (let pi = 0; pi < plans.length; pi++) if (!byId.has(plans[pi]!.id)) byId.set(plans[pi]!.id, pi);
  lists.forEach((list, li) => {
    const pi = byId.get(list.plan);
    const plan = pi === undefined ? undefined : plans[pi];
    const at = plan && list.indicator !== undefined ? findIndicator(plan, list.indicator) : undefined;
    out.push({
      planId: list.plan,
      ...(plan ? { plan, planAt: pi! } : {}),
      ...(list.indicator !== undefined ? { indicatorId: list.indicator } : {}),
      ...(at
        ? { indicator: at.indicator, indicatorPath: ['plans', pi!, 'boxes', at.box, 'indicators', at.index] }
        : {}),
      participants: list.participants,
      path: ['participantLists', li, 'participants'],
      listAt: li,
    });
  });
  return out;
}

/** The first indicator of a plan with an id, and where it sits. */
export function findIndicator(
  plan: Plan,
  id: string,
): { indicator: Indicator; box: number; index: number } | undefined {
  for (const [box, b] of plan.boxes.entries()) {
    const list = b.indicators ?? [];
    for (let index = 0; index < list.length; index++)
      if (list[index]!.id === id) return { indicator: list[index]!, box, index };
  }
  return undefined;
}

/** Reads a participant's number; a pseudonym (`pn:…`) counts as a valid personnummer. */
export function readNumber(text: string): ParsedNumber {
  if (isPseudonym(text)) return { ok: true, kind: 'personnummer', normal: text };
  return parseNumber(text);
}

/**
 * A participant's number as reports, tables and findings may show it: an
 * organisationsnummer in full, a pseudonym as it is, anything else masked.
 */
export function displayNumber(text: string): string {
  return isPseudonym(text) ? text : maskNumber(text);
}

/** The kind of a number, or undefined when it is not valid. */
export function kindOf(text: string): NumberKind | undefined {
  const p = readNumber(text);
  return p.ok ? p.kind : undefined;
}
