import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';

/** The six levels of an effektkedja, in chain order (resources first). */
export const LEVELS = [
  'resurser',
  'aktiviteter',
  'prestationer',
  'utfall',
  'kortsiktiga',
  'langsiktiga',
] as const;

/** A level of the chain, identified by its lower-case Swedish word. */
export const Level = z.enum(LEVELS);
/** A level of the chain, identified by its lower-case Swedish word. */
export type Level = DeepReadonly<z.infer<typeof Level>>;

/** What a level holds, as shown to users. */
export interface LevelInfo {
  readonly index: number;
  readonly sv: string;
  readonly en: string;
  /** Typical horizon in Swedish, as the Reglab deck gives it. */
  readonly horizon: string;
}

/** Labels and order of each level. */
export const LEVEL_INFO = {
  resurser: { index: 0, sv: 'Resurser', en: 'Resources', horizon: '—' },
  aktiviteter: { index: 1, sv: 'Aktiviteter', en: 'Activities', horizon: 'under projekttiden' },
  prestationer: { index: 2, sv: 'Prestationer', en: 'Outputs', horizon: 'under projekttiden' },
  utfall: { index: 3, sv: 'Utfall', en: 'Outcomes', horizon: 'vid projektets slut' },
  kortsiktiga: {
    index: 4,
    sv: 'Kortsiktiga samhällseffekter',
    en: 'Short-term societal effects',
    horizon: '0–2 år (upp till ~5)',
  },
  langsiktiga: {
    index: 5,
    sv: 'Långsiktiga samhällseffekter',
    en: 'Long-term societal effects',
    horizon: '1–10 år',
  },
} as const satisfies Record<Level, LevelInfo>;

/** Position of a level in the chain: 0 for resurser, 5 for långsiktiga. */
/** True if `value` is one of the six levels' ids. */
export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function levelIndex(level: Level): number {
  return LEVEL_INFO[level].index;
}

/** True for utfall and the two effect levels: where a goal link should start. */
export function isEffectLevel(level: Level): boolean {
  return levelIndex(level) >= LEVEL_INFO.utfall.index;
}

/** The national goal that every chain ultimately serves (context, not a level). */
export const NATIONAL_GOAL = {
  sv: 'Utvecklingskraft i alla delar av landet med stärkt lokal och regional konkurrenskraft',
  en: 'Capacity for development in all parts of the country with strengthened local and regional competitiveness',
} as const;
