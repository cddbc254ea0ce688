import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import type { Participant } from '../model/participants.js';
import { isPseudonym, maskNumber, parseNumber } from './number.js';
import { hmacSha256Hex } from './sha256.js';

/** Options of `pseudonymize`. */
export interface PseudonymizeOptions {
  /**
   * The secret salt (HMAC key). The same salt gives the same pseudonym for the same
   * personnummer, so lists from several files and years can still be joined.
   */
  readonly salt: string;
}

/** The pseudonym of a valid personnummer under a salt: `pn:` and 16 hex digits of HMAC-SHA-256. */
export function pseudonymOf(personnummer: string, salt: string): string {
  const p = parseNumber(personnummer);
  const key = p.ok ? p.normal.replace('-', '') : personnummer.replace(/\D/g, '');
  return `pn:${hmacSha256Hex(salt, key).slice(0, 16)}`;
}

function participant(p: Participant, salt: string): Participant {
  if (isPseudonym(p.orgnr)) return p;
  const parsed = parseNumber(p.orgnr);
  if (parsed.ok && parsed.kind === 'organisationsnummer') return p;
  // A sole trader's firm name is often the owner's own name: it goes with the number.
  const { name: _name, ...rest } = p;
  // A number that is not valid keeps its finding: it is masked, not hashed.
  return { ...rest, orgnr: parsed.ok ? pseudonymOf(p.orgnr, salt) : maskNumber(p.orgnr) };
}

function list(ps: readonly Participant[] | undefined, salt: string): Participant[] | undefined {
  return ps?.map((p) => participant(p, salt));
}

/**
 * A copy of the document in which every personnummer of a participant is replaced
 * by a salted hash (and the sole trader's firm name left out), and every number
 * that is not valid is masked. Organisationsnummer are kept. Run it before a
 * document, report or table leaves the organisation (see docs/followup.md).
 */
export function pseudonymize(document: Document, options: PseudonymizeOptions): Document {
  const { salt } = options;
  if (!salt) throw new TypeError('pseudonymize: salt must not be empty');
  const indicator = (i: Indicator): Indicator =>
    i.participants ? { ...i, participants: list(i.participants, salt)! } : i;
  return {
    ...document,
    ...(document.plans
      ? {
          plans: document.plans.map((plan) => ({
            ...plan,
            ...(plan.participants ? { participants: list(plan.participants, salt)! } : {}),
            boxes: plan.boxes.map((box) =>
              box.indicators ? { ...box, indicators: box.indicators.map(indicator) } : box,
            ),
          })),
        }
      : {}),
    ...(document.participantLists
      ? {
          participantLists: document.participantLists.map((l) => ({
            ...l,
            participants: list(l.participants, salt)!,
          })),
        }
      : {}),
  };
}
