// Validation of the national set with a three-tier strategy ladder against the same set
// with one tier (`node --expose-gc --import tsx bench/ladder.ts`): the ladder must not make
// validation slower. CPU time, median of 7 runs, measured twice each way.

import { type Document, validate } from '../src/index.js';
import { generateNation } from './generate.js';

// The national set (476 plans × 21 regions) as generated, and the same with a
// three-tier ladder: RUS → program → handlingsplan → the generated understrategier.
function laddered(d: Document): Document {
  const s = structuredClone(d.strategy!);
  const rusGoals = s.rus!.goals.map((g) => g.id);
  const program = {
    id: 'program',
    name: 'Program',
    tier: 't1',
    goals: rusGoals.map((g, i) => ({ id: `prog-${i}`, text: 'P', serves: [g] })),
  };
  const plan = {
    id: 'hplan',
    name: 'Handlingsplan',
    tier: 't2',
    goals: rusGoals.map((_, i) => ({ id: `hp-${i}`, text: 'H', serves: [`prog-${i}`] })),
  };
  const index = new Map(rusGoals.map((g, i) => [g, i]));
  const lower = s.understrategier!.map((u) => ({
    ...u,
    tier: 't3',
    goals: u.goals.map((g) => ({ ...g, serves: (g.serves ?? []).map((x) => `hp-${index.get(x) ?? 0}`) })),
  }));
  return {
    ...d,
    strategy: {
      ...s,
      tiers: [
        { id: 't1', name: 'Program' },
        { id: 't2', name: 'Handlingsplan' },
        { id: 't3', name: 'Delstrategi' },
      ],
      understrategier: [program, plan, ...lower],
    },
  };
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function time(docs: Document[]): number {
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    globalThis.gc?.();
    const t = cpu();
    for (const d of docs) validate(d);
    runs.push(cpu() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[3]!;
}
const flat = generateNation(476);
const ladder = flat.map(laddered);
const sample = validate(ladder[0]!).findings.map((f) => f.code);
const flatCodes = validate(flat[0]!).findings.map((f) => f.code);
console.log(
  'findings region 0: flat',
  flatCodes.length,
  'laddered',
  sample.length,
  [...new Set(sample)].join(' '),
);
const a = time(flat);
const b = time(ladder);
const c = time(flat);
const d = time(ladder);
console.log(
  `validate, national set, CPU ms (median of 7): one tier ${a.toFixed(0)}/${c.toFixed(0)}, three-tier ladder ${b.toFixed(0)}/${d.toFixed(0)}, ratio ${((b + d) / (a + c)).toFixed(3)}`,
);
