import type { Indicator, Target } from '../model/indicator.js';
import type { TemplateIndicator } from '../model/template.js';
import { arr, str } from './context.js';

/** An indicator as one line of box text: its name and latest target ("Antal företag: 40 företag (2021)"). */
export function indicatorLine(indicator: Indicator): string {
  const name = str(indicator.name);
  let latest: Target | undefined;
  for (const t of arr<Target>(indicator.targets)) {
    if (t && typeof t.year === 'number' && (!latest || t.year > latest.year)) latest = t;
  }
  if (!latest) return `• ${name}`;
  const unit = str(indicator.unit);
  const value =
    typeof latest.value === 'number' || typeof latest.value === 'string' ? String(latest.value) : '';
  return `• ${name}: ${value}${unit ? (unit === '%' ? unit : ` ${unit}`) : ''} (${latest.year})`;
}

/** A template's indicator as one line of box text, with its mandatory mark. */
export function templateIndicatorLine(indicator: TemplateIndicator, en: boolean, mandatory: string): string {
  const name = (en && str(indicator.nameEn)) || str(indicator.name);
  return `• ${name}${indicator.mandatory === true ? ` (${mandatory})` : ''}`;
}
