import type { Language } from '../findings/finding.js';
import { enParticipantWords } from '../locales/en/participants.js';
import type { ParticipantWords } from '../locales/participants-words.js';
import { svParticipantWords } from '../locales/sv/participants.js';
import type { Document } from '../model/document.js';
import type { DataTable } from '../text/table.js';
import { displayNumber, participantLists, readNumber } from './collect.js';
import type { ParticipantSummary } from './summary.js';

/** The participant words of a language. */
export function participantWords(language: Language): ParticipantWords {
  return language === 'en' ? enParticipantWords : svParticipantWords;
}

/** Unique participants per plan. */
export function planParticipantsTable(summary: ParticipantSummary, language: Language = 'sv'): DataTable {
  const c = participantWords(language).column;
  return {
    columns: [c.region, c.plan, c.name, c.participants],
    rows: summary.plans.map((p) => [p.region, p.plan, p.name, p.participants]),
  };
}

/** The firms and organisations that take part in more than one plan. */
export function sharedParticipantsTable(summary: ParticipantSummary, language: Language = 'sv'): DataTable {
  const w = participantWords(language);
  const c = w.column;
  return {
    columns: [c.number, c.kind, c.name, c.plans, c.planList],
    rows: summary.shared.map((s) => [
      s.number,
      w.kind[s.kind],
      s.name ?? null,
      s.plans.length,
      s.plans.join('; '),
    ]),
  };
}

/**
 * Every entry of every participant list, as it may leave the organisation: a
 * personnummer masked (or its pseudonym, after `pseudonymize`) and a sole
 * trader's firm name left out.
 */
export function participantListTable(document: Document, language: Language = 'sv'): DataTable {
  const w = participantWords(language);
  const c = w.column;
  const rows: (string | number | null)[][] = [];
  for (const site of participantLists(document)) {
    for (const p of site.participants) {
      const parsed = readNumber(p.orgnr);
      const organisation = parsed.ok && parsed.kind === 'organisationsnummer';
      rows.push([
        document.region ?? null,
        site.planId,
        site.indicatorId ?? null,
        displayNumber(p.orgnr),
        parsed.ok ? w.kind[parsed.kind] : null,
        organisation ? (p.name ?? null) : null,
        p.kommun ?? null,
        p.period ? String(p.period.from) : null,
        p.period ? String(p.period.to) : null,
      ]);
    }
  }
  return {
    columns: [c.region, c.plan, c.indicator, c.number, c.kind, c.name, c.kommun, c.from, c.to],
    rows,
  };
}
