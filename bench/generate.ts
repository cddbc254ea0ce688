import type { Draft } from 'immer';
import type { Box, Document, Indicator, Level, Link, Plan } from '../src/index.js';
import { NATIONAL_TEMPLATES } from '../src/templates/national.js';

/** A small deterministic random generator (mulberry32), so every run measures the same documents. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sizes of a synthetic region. */
export interface RegionShape {
  readonly plans: number;
  /** Share of plans with a seeded defect (0–1). */
  readonly defectRate?: number;
}

const LEVEL_COUNTS: [Level, number][] = [
  ['resurser', 2],
  ['aktiviteter', 4],
  ['prestationer', 4],
  ['utfall', 4],
  ['kortsiktiga', 3],
  ['langsiktiga', 3],
];
const WORDS = [
  'företag',
  'deltagare',
  'nätverk',
  'besöksnäring',
  'kompetens',
  'export',
  'innovation',
  'landsbygd',
  'tillgänglighet',
  'digitalisering',
];
// A plan follows the national template it names, as real plans mostly do: its
// activities use the template's words and its outputs carry the template's
// mandatory indicators. Otherwise nearly every plan would get template findings.
const TEMPLATES = NATIONAL_TEMPLATES.map((t) => ({
  id: t.id,
  keywords: t.keywords ?? [],
  mandatory: t.boxes.flatMap((b) =>
    b.level === 'prestationer' ? (b.indicators ?? []).filter((i) => i.mandatory) : [],
  ),
}));

/**
 * One region's document: a RUS with ~10 goals, 5 understrategier with 5 goals
 * each, and `plans` plans of 20 boxes, ~30 links, 5 indicators and 2 goal links.
 */
export function generateRegion(index: number, shape: RegionShape, seed = 1): Document {
  const rnd = random(seed * 1000 + index);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const rusGoals = Array.from({ length: 10 }, (_, g) => ({
    id: `r${index}-rus-${g}`,
    text: `Mål ${text(6)}`,
  }));
  const understrategier = Array.from({ length: 5 }, (_, u) => ({
    id: `r${index}-us-${u}`,
    name: `Understrategi ${text(3)}`,
    horizon: { from: 2020, to: 2026 },
    goals: Array.from({ length: 5 }, (_, g) => ({
      id: `r${index}-us-${u}-${g}`,
      text: `Delmål ${text(5)}`,
      serves: [rusGoals[(u * 5 + g) % 10]!.id],
    })),
  }));
  const goalIds = understrategier.flatMap((u) => u.goals.map((g) => g.id));
  const plans: Plan[] = [];
  for (let p = 0; p < shape.plans; p++)
    plans.push(generatePlan(`r${index}-p${p}`, rnd, goalIds, shape.defectRate ?? 0.03));
  return {
    formatVersion: 1,
    region: `Region ${index + 1}`,
    strategy: {
      rus: { id: `r${index}-rus`, name: 'RUS', horizon: { from: 2020, to: 2030 }, goals: rusGoals },
      understrategier,
    },
    plans,
  };
}

/** A plan of 20 boxes on all six levels, linked forward, with 5 indicators; sometimes with a seeded defect. */
export function generatePlan(
  id: string,
  rnd: () => number,
  goalIds: readonly string[],
  defectRate: number,
  size = 1,
): Draft<Plan> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const template = pick(TEMPLATES);
  const mandatory = [...template.mandatory];
  const boxes: Draft<Box>[] = [];
  const byLevel: string[][] = [];
  let indicators = 0;
  for (const [level, count] of LEVEL_COUNTS) {
    const ids: string[] = [];
    for (let i = 0; i < count * size; i++) {
      const bid = `${level.slice(0, 1)}${i}`;
      ids.push(bid);
      const box: Draft<Box> = {
        id: bid,
        level,
        text:
          level === 'aktiviteter'
            ? `${pick(template.keywords)} för ${pick(WORDS)}`
            : `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
      };
      const required = level === 'prestationer' ? mandatory.shift() : undefined;
      if (required) {
        indicators++;
        box.indicators = [
          {
            id: required.id,
            name: required.name,
            kind: required.kind,
            baseline: { value: 0, year: 2024 },
            targets: [{ value: Math.floor(rnd() * 100) + 1, year: 2026 }],
            measurements: [{ period: 2025, value: Math.floor(rnd() * 50) }],
          },
        ];
        boxes.push(box);
        continue;
      }
      if ((level === 'prestationer' || (level === 'utfall' && i === 0)) && indicators < 5 * size) {
        indicators++;
        const ind: Draft<Indicator> = {
          id: `${bid}-ind`,
          name: `Antal ${pick(WORDS)}`,
          kind: 'count',
          unit: 'st',
          baseline: { value: 0, year: 2024 },
          targets: [{ value: Math.floor(rnd() * 100) + 1, year: 2026 }],
          measurements: [{ period: 2025, value: Math.floor(rnd() * 50) }],
        };
        box.indicators = [ind];
      }
      boxes.push(box);
    }
    byLevel.push(ids);
  }
  const links: Link[] = [];
  for (let l = 0; l < 5; l++) {
    const here = byLevel[l]!;
    const next = byLevel[l + 1]!;
    here.forEach((from, i) => {
      links.push({ from, to: next[i % next.length]! });
    });
    next.forEach((to, i) => {
      if (i >= here.length) links.push({ from: here[i % here.length]!, to });
    });
  }
  // A set of the links so far, so a plan of 100,000 boxes is generated in linear time.
  const linked = new Set(links.map((x) => `${x.from}\u0000${x.to}`));
  while (links.length < 30 * size) {
    const l = Math.floor(rnd() * 5);
    const from = pick(byLevel[l]!);
    const to = pick(byLevel[l + 1]!);
    const key = `${from}\u0000${to}`;
    if (!linked.has(key)) {
      linked.add(key);
      links.push({ from, to });
    }
  }
  const goalLinks = [
    { from: byLevel[5]![0]!, goal: pick(goalIds) },
    { from: byLevel[4]![0]!, goal: pick(goalIds) },
  ];
  const plan: Draft<Plan> = {
    id,
    name: `Insatsplan ${id}`,
    kind: 'insatsplan',
    period: { from: 2024, to: 2026 },
    template: template.id,
    boxes,
    links,
    goalLinks,
  };
  if (rnd() < defectRate) {
    const defect = Math.floor(rnd() * 3);
    if (defect === 0) links.push({ from: byLevel[3]![0]!, to: byLevel[1]![0]! });
    else if (defect === 1) goalLinks.push({ from: byLevel[5]![0]!, goal: 'saknat-mal' });
    else delete boxes.find((b) => b.level === 'prestationer')!.indicators;
  }
  return plan;
}

/** The national document set: 21 regions of `plansPerRegion` plans each. */
export function generateNation(plansPerRegion: number, seed = 1): Document[] {
  return Array.from({ length: 21 }, (_, i) => generateRegion(i, { plans: plansPerRegion }, seed));
}

/**
 * Adversarial shapes: a single document each, sized by `n`.
 * - `bigPlan`: one plan of `n` boxes (20 per size unit, as `generatePlan`);
 * - `chain`: `n` boxes on one level, each linked to the next and the last back to the first (one long loop);
 * - `sharedGoal`: `n` small plans that all serve the same understrategi goal.
 */
export function adversarial(shape: 'bigPlan' | 'chain' | 'sharedGoal', n: number): Document {
  const strategy = generateRegion(0, { plans: 0 }).strategy!;
  const goal = strategy.understrategier![0]!.goals[0]!.id;
  const base = { formatVersion: 1 as const, region: 'Region Test', strategy };
  if (shape === 'bigPlan') return { ...base, plans: [generatePlan('stor', random(3), [goal], 0, n / 20)] };
  if (shape === 'chain') {
    const boxes: Box[] = Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      level: 'aktiviteter',
      text: 'steg',
    }));
    const links: Link[] = boxes.map((b, i) => ({ from: b.id, to: boxes[(i + 1) % n]!.id }));
    const plan: Plan = { id: 'kedja', name: 'Kedja', kind: 'projekt', boxes, links, goalLinks: [] };
    return { ...base, plans: [plan] };
  }
  const rnd = random(11);
  const plans = Array.from({ length: n }, (_, i) => {
    const plan = generatePlan(`p${i}`, rnd, [goal], 0);
    plan.goalLinks = [{ from: plan.goalLinks![0]!.from, goal }];
    return plan;
  });
  return { ...base, plans };
}

/**
 * A national folder as regions keep it: per region a file with the strategy and one file
 * per plan (YAML or JSON), each a document of its own with `region`. Returns the texts by
 * relative file name, in no particular order; `defectRate` seeds plan defects as `generateRegion`.
 */
export function generateFolder(
  plansPerRegion: number,
  options: { readonly regions?: number; readonly defectRate?: number; readonly seed?: number } = {},
  format: (document: Document) => string = (d) => JSON.stringify(d),
  ext = 'json',
): Map<string, string> {
  const files = new Map<string, string>();
  const regions = options.regions ?? 21;
  for (let r = 0; r < regions; r++) {
    const shape = {
      plans: plansPerRegion,
      ...(options.defectRate === undefined ? {} : { defectRate: options.defectRate }),
    };
    const doc = generateRegion(r, shape, options.seed ?? 1);
    const dir = `region-${String(r + 1).padStart(2, '0')}`;
    files.set(
      `${dir}/strategi.${ext}`,
      format({ formatVersion: 1, region: doc.region!, strategy: doc.strategy!, plans: [] }),
    );
    (doc.plans ?? []).forEach((plan, p) => {
      files.set(
        `${dir}/plan-${String(p).padStart(4, '0')}.${ext}`,
        format({ formatVersion: 1, region: doc.region!, plans: [plan] }),
      );
    });
  }
  return files;
}
