import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, Template } from '../../src/index.js';
import {
  createTemplateRegistry,
  instantiate,
  NATIONAL_TEMPLATES,
  suggestTemplate,
} from '../../src/templates/index.js';

const plan = (boxes: Plan['boxes']): Plan => ({ id: 'p', name: 'P', kind: 'projekt', boxes });

describe('suggestTemplate', () => {
  it.each([
    [
      'investeringar-infrastruktur',
      'direktspar',
      [
        { id: 'a1', level: 'aktiviteter', text: 'Utbyggnad av bredbandsnät till 300 hushåll' },
        { id: 'u1', level: 'utfall', text: 'Ökad tillgänglighet för företag och boende' },
      ],
      { box: 'a1', word: 'bredband' },
    ],
    [
      'kunskap-strategier',
      'utvecklings-och-samverkansspar',
      [
        { id: 'a1', level: 'aktiviteter', text: 'Kartläggning av kompetensbehovet i länet' },
        { id: 'o1', level: 'prestationer', text: 'En ny näringslivsstrategi tas fram' },
      ],
      { box: 'o1', word: 'strategi' },
    ],
    [
      'varor-tjanster-indirekt',
      'utvecklings-och-samverkansspar',
      [
        {
          id: 'a1',
          level: 'aktiviteter',
          text: 'Företagsfrämjarna i länet utvecklar ett gemensamt arbetssätt',
        },
        { id: 'o1', level: 'prestationer', text: 'Klusterorganisationer deltar' },
      ],
      { box: 'a1', word: 'företagsfrämjarna' },
    ],
    [
      'varor-tjanster-direkt',
      'insatsspar',
      [
        { id: 'a1', level: 'aktiviteter', text: 'Rådgivning och coachning för turistföretagen' },
        { id: 'o1', level: 'prestationer', text: 'Entreprenörer deltar i programmet' },
      ],
      { box: 'a1', word: 'rådgivning' },
    ],
  ] as const)('picks %s (%s) for a clear case and says why', (template, track, boxes, reason) => {
    const [best] = suggestTemplate(plan(boxes.map((b) => ({ ...b }))));
    expect(best?.template).toBe(template);
    expect(best?.track).toBe(track);
    expect(best?.reasons.find((r) => r.box === reason.box)?.words).toContain(reason.word);
  });

  it('ranks by where the effect arises: firms taking part outweigh one mention of infrastructure', () => {
    const suggestions = suggestTemplate(
      plan([
        { id: 'a', level: 'aktiviteter', text: 'Affärsrådgivning till företag om digital infrastruktur' },
        { id: 'o', level: 'prestationer', text: 'Företag deltar' },
      ]),
    );
    expect(suggestions.map((s) => s.template)).toEqual([
      'varor-tjanster-direkt',
      'investeringar-infrastruktur',
    ]);
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score);
  });

  it('does not count "företag" inside "företagsfrämjare", placeholders, or resources', () => {
    const s = suggestTemplate(
      plan([
        { id: 'r', level: 'resurser', text: 'Medel till företag' },
        { id: 'a', level: 'aktiviteter', text: 'Nätverk för företagsfrämjare', placeholder: false },
        { id: 'x', level: 'aktiviteter', text: 'Bredband', placeholder: true },
      ]),
    );
    expect(s.map((x) => x.template)).toEqual(['varor-tjanster-indirekt']);
  });

  it('returns nothing when nothing points to a template', () => {
    expect(suggestTemplate(plan([{ id: 'a', level: 'aktiviteter', text: 'Möten' }]))).toEqual([]);
  });

  it('suggests each national template for the plan made from it', () => {
    for (const t of NATIONAL_TEMPLATES) {
      expect(suggestTemplate(instantiate(t, { planId: 'p', name: 'P' }))[0]?.template).toBe(t.id);
    }
  });

  it('uses a region’s own keywords from its registry', () => {
    const own: Template = {
      id: 'gotland-besoksnaring',
      name: 'Besöksnäring',
      keywords: ['lågsäsong'],
      boxes: [{ id: 'a', level: 'aktiviteter', text: 'Insats' }],
    };
    const registry = createTemplateRegistry({ templates: [own] });
    const s = suggestTemplate(
      plan([{ id: 'a', level: 'aktiviteter', text: 'Upplevelser under lågsäsongen' }]),
      {
        registry,
      },
    );
    expect(s.map((x) => [x.template, x.reasons[0]?.words])).toEqual([
      ['gotland-besoksnaring', ['lågsäsong']],
    ]);
  });

  it('never throws and scores only matched boxes, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 6 }), (texts) => {
        const s = suggestTemplate(
          plan(texts.map((text, i) => ({ id: `b${i}`, level: 'aktiviteter', text }))),
        );
        for (const x of s) {
          expect(x.score).toBe(x.reasons.reduce((sum, r) => sum + r.points, 0));
          expect(x.reasons.every((r) => r.words.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
