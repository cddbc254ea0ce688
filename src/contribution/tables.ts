import type { Language } from '../findings/finding.js';
import type { PlanStatus } from '../followup/status.js';
import type { ContributionWords } from '../locales/contribution-words.js';
import { enContributionWords } from '../locales/en/contribution.js';
import { svContributionWords } from '../locales/sv/contribution.js';
import { claimOf, isBuiltInDataClass } from '../model/contribution.js';
import type { Document } from '../model/document.js';
import type { DataCell, DataTable } from '../text/table.js';

/** The contribution words of a language. */
export function contributionWords(language: Language): ContributionWords {
  return language === 'en' ? enContributionWords : svContributionWords;
}

/**
 * A data class as a table shows it: the library's own in words, a region's own
 * by its declared name, anything else as written.
 */
export function dataClassLabel(
  dataClass: string | undefined,
  language: Language,
  document?: Document,
): string | null {
  if (dataClass === undefined) return null;
  if (isBuiltInDataClass(dataClass)) return contributionWords(language).dataClass[dataClass];
  for (const d of document?.dataClasses ?? []) if (d.id === dataClass) return d.name;
  return dataClass;
}

/**
 * A status table (`statusTable` of the same plans) with two more columns: each
 * indicator's data class and what a report may claim from its box's level
 * (levererat, uppnått, bidrag). The follow-up report shows its plans so.
 */
export function withClaims(
  table: DataTable,
  plans: readonly PlanStatus[],
  language: Language = 'sv',
  document?: Document,
): DataTable {
  const w = contributionWords(language);
  const extra: DataCell[][] = [];
  for (const p of plans)
    for (const s of p.indicators)
      extra.push([dataClassLabel(s.indicator.dataClass, language, document), w.claim[claimOf(s.level)]]);
  return {
    columns: [...table.columns, w.column.dataClass, w.column.claim],
    rows: table.rows.map((row, i) => [...row, ...(extra[i] ?? [null, null])]),
  };
}
