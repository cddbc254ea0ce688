import { readFileSync } from 'node:fs';
import { type Document, LEVELS, type Plan, parseDocument, type Template } from '../../src/index.js';

/** An example document of the repository, parsed. */
export function example(name: 'kronoberg' | 'gotland-besoksnaring'): Document {
  const result = parseDocument(readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`example ${name} does not parse`);
  return result.value;
}

/** A template like the national "direkt" chain, with a placeholder box and a mandatory indicator. */
export const TEMPLATE: Template = {
  id: 'utveckling-direkt',
  name: 'Utveckling av varor och tjänster, direkt',
  nameEn: 'Development of goods and services, direct',
  track: 'insatsspar',
  boxes: [
    { id: 'r', level: 'resurser', text: 'Projektmedel', textEn: 'Project funds', placeholder: true },
    { id: 'a', level: 'aktiviteter', text: 'Rådgivning till företag', placeholder: true },
    {
      id: 'p',
      level: 'prestationer',
      text: 'Entreprenörer/företag deltar i projekt',
      textEn: 'Entrepreneurs/firms take part',
      indicators: [
        {
          id: 'foretag',
          name: 'Antal deltagande företag',
          nameEn: 'Firms taking part',
          kind: 'count',
          mandatory: true,
        },
      ],
    },
    { id: 'u', level: 'utfall', text: 'Ökad förmåga' },
    { id: 'k', level: 'kortsiktiga', text: 'Förändrat beteende' },
    { id: 'l', level: 'langsiktiga', text: 'Effekter av förändrat beteende (konkurrenskraft)' },
  ],
  links: [
    { from: 'r', to: 'a' },
    { from: 'a', to: 'p' },
    { from: 'p', to: 'u' },
    { from: 'u', to: 'k' },
    { from: 'k', to: 'l' },
  ],
};

/** A plan of `n` boxes spread over the six levels, each box linked to one on the next level. */
export function bigPlan(n: number, text = (i: number) => `Ruta ${i} med lite text`): Plan {
  const boxes = Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    level: LEVELS[Math.floor((i * 6) / n)]!,
    text: text(i),
  }));
  const links = [];
  for (let i = 0; i < n; i++) {
    const next = boxes.findIndex((b, j) => j > i && b.level !== boxes[i]!.level);
    if (next > 0)
      links.push({ from: `b${i}`, to: `b${next + (i % 3 === 0 ? 0 : Math.min(i % 5, n - next - 1))}` });
  }
  return { id: 'stor', name: 'Stor plan', kind: 'insatsplan', boxes, links };
}
