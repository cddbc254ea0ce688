import { describe, expect, it } from 'vitest';
import { EffektkedjaError, LEVEL_INFO, LEVELS, NATIONAL_GOAL, type Plan, validate } from '../../src/index.js';
import { exportMermaid, toMarkdown, toMermaid } from '../../src/mermaid/index.js';
import { parseFlowchart, shownText } from '../setup/mermaid-dom.js';
import { findingData } from '../support/findings.js';
import { deepFreeze, editable } from '../support/mutate.js';
import { bigPlan, example, TEMPLATE } from './helpers.js';

const kronoberg = example('kronoberg');
const gotland = example('gotland-besoksnaring');

/** Shown label texts of the parsed diagram, by vertex id. */
function labels(parsed: Awaited<ReturnType<typeof parseFlowchart>>): Map<string, string> {
  return new Map([...parsed.vertices.values()].map((v) => [v.id, shownText(v.text)]));
}

describe('plan view of the examples', () => {
  for (const [name, doc] of [
    ['kronoberg', kronoberg],
    ['gotland', gotland],
  ] as const) {
    for (const plan of doc.plans ?? []) {
      it(`${name}/${plan.id}: every box, link and lane is in the parsed diagram`, async () => {
        const result = exportMermaid(doc, { plan: plan.id, wrap: 0 });
        expect(result.findings).toEqual([]);
        const parsed = await parseFlowchart(result.text);
        expect(parsed.type).toBe('flowchart-v2');
        const shown = [...labels(parsed).values()].sort();
        expect(shown).toEqual(plan.boxes.map((b) => b.text).sort());
        expect(parsed.edges).toHaveLength(plan.links?.length ?? 0);
        // Lanes in level order, inside the plan's subgraph, titled in Swedish.
        const lanes = parsed.subgraphs.filter((s) => s.id.startsWith('L'));
        const byId = new Map(parsed.subgraphs.map((s) => [s.id, s]));
        const laneTitles = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'].map((id) => shownText(byId.get(id)!.title));
        expect(laneTitles).toEqual(LEVELS.map((l) => LEVEL_INFO[l].sv));
        expect(lanes).toHaveLength(6);
        expect(shownText(byId.get('P1')!.title)).toContain(plan.name);
        expect(shownText(parsed.accTitle)).toBe(plan.name);
        expect(shownText(parsed.accDescription)).toBe(plan.summary?.replace(/\s+/g, ' ').trim());
        // Each box sits in the lane of its level, with its level's class.
        for (const [level, lane] of LEVELS.map((l, i) => [l, byId.get(`L${i + 1}`)!] as const)) {
          const texts = lane.nodes.map((id) => shownText(parsed.vertices.get(id)!.text)).sort();
          expect(texts).toEqual(
            plan.boxes
              .filter((b) => b.level === level)
              .map((b) => b.text)
              .sort(),
          );
          for (const id of lane.nodes) expect(parsed.vertices.get(id)!.classes).toContain(level);
        }
      });
    }
  }

  it('draws the links between the right boxes', async () => {
    const plan = kronoberg.plans![0]!;
    const parsed = await parseFlowchart(toMermaid(plan, { wrap: 0 }));
    const text = labels(parsed);
    const boxText = new Map(plan.boxes.map((b) => [b.id, b.text]));
    const drawn = parsed.edges.map((e) => `${text.get(e.start)} → ${text.get(e.end)}`).sort();
    const expected = (plan.links ?? []).map((l) => `${boxText.get(l.from)} → ${boxText.get(l.to)}`).sort();
    expect(drawn).toEqual(expected);
  });
});

describe('strategy layer', () => {
  it('plan view: the goals the plan reaches, the goal links and serves links', async () => {
    const plan = kronoberg.plans![0]!;
    const result = exportMermaid(kronoberg, { plan: plan.id, strategy: true, wrap: 0 });
    expect(result.findings).toEqual([]);
    const parsed = await parseFlowchart(result.text);
    const text = labels(parsed);
    const goals = [...parsed.vertices.values()].filter((v) => v.id.startsWith('G'));
    expect(goals.map((g) => text.get(g.id)).sort()).toEqual(
      [
        'Främja näringslivets diversifiering',
        'Stärk platsbundna näringar (ex. turismsektorn) i kommuner under omställning',
        'Antalet arbetstillfällen (minst 1 anställd) per 1000 invånare ska öka',
      ].sort(),
    );
    const rus = goals.find((g) => g.classes.includes('rusgoal'))!;
    expect(text.get(rus.id)).toMatch(/^Antalet arbetstillfällen/);
    // 9 box links, 2 goal links, 2 serves links.
    expect(parsed.edges).toHaveLength(13);
    expect(parsed.edges.filter((e) => e.stroke === 'dotted')).toHaveLength(2);
    expect(parsed.edges.filter((e) => e.stroke === 'thick')).toHaveLength(2);
    const titles = parsed.subgraphs.map((s) => shownText(s.title));
    expect(titles).toContain('Understrategi: Näringslivsstrategi');
    expect(titles).toContain('RUS: Regional utvecklingsstrategi för Kronobergs län');
  });

  it('portfolio view: every plan and every goal, shared goals drawn once', async () => {
    const result = exportMermaid(kronoberg, { view: 'portfolio', lang: 'en', wrap: 0 });
    expect(result.findings).toEqual([]);
    const parsed = await parseFlowchart(result.text);
    const plans = kronoberg.plans!;
    const boxes = plans.reduce((n, p) => n + p.boxes.length, 0);
    const goals = [...parsed.vertices.values()].filter((v) => v.id.startsWith('G'));
    expect(parsed.vertices.size).toBe(boxes + 3);
    expect(goals).toHaveLength(3);
    const links = plans.reduce((n, p) => n + (p.links?.length ?? 0) + (p.goalLinks?.length ?? 0), 0);
    expect(parsed.edges).toHaveLength(links + 2);
    const titles = parsed.subgraphs.map((s) => shownText(s.title));
    expect(titles.filter((t) => t === 'Resources')).toHaveLength(2);
    expect(shownText(parsed.accTitle)).toBe('Region Kronoberg: 2 plans');
  });

  it('portfolio view of chosen plans, and an unknown plan as a finding', () => {
    const result = exportMermaid(kronoberg, { view: 'portfolio', plans: ['destination-smaland', 'nej'] });
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_PLAN_NOT_FOUND']);
    expect(result.text).toContain('Destination Småland');
    expect(result.text).not.toContain('Sydostleden');
  });

  it('reports goal links it cannot draw instead of dropping them silently', async () => {
    const doc = editable(kronoberg);
    doc.plans![0]!.goalLinks!.push({ from: 'startar', goal: 'finns-inte' });
    const result = exportMermaid(doc, { plan: 'sydostleden', strategy: true });
    expect(result.findings.map((f) => [f.code, f.details.missing])).toEqual([
      ['MERMAID_LINK_SKIPPED', 'finns-inte'],
    ]);
    await parseFlowchart(result.text);
  });
});

describe('template view', () => {
  it('draws a template with its track, placeholders and mandatory indicators', async () => {
    const result = exportMermaid(TEMPLATE, { showIndicators: true, wrap: 0 });
    expect(result.findings).toEqual([]);
    const parsed = await parseFlowchart(result.text);
    const text = labels(parsed);
    // Six boxes and the national goal the chain ends in, reached from the long-term effect.
    expect(parsed.vertices.size).toBe(7);
    const longTerm = TEMPLATE.boxes.filter((b) => b.level === 'langsiktiga').length;
    expect(parsed.edges).toHaveLength((TEMPLATE.links?.length ?? 0) + longTerm);
    expect([...text.values()]).toContain(`Övergripande mål\n${NATIONAL_GOAL.sv}`);
    expect(planTitle(parsed)).toBe('Utveckling av varor och tjänster, direkt\nSpår: Insatsspår');
    expect([...text.values()]).toContain(
      'Entreprenörer/företag deltar i projekt\n• Antal deltagande företag (obligatorisk)',
    );
    const placeholders = [...parsed.vertices.values()].filter((v) => v.classes.includes('placeholder'));
    expect(placeholders).toHaveLength(2);
  });

  it('in English uses the English texts where the template has them', async () => {
    const parsed = await parseFlowchart(toMermaid(TEMPLATE, { lang: 'en', showIndicators: true, wrap: 0 }));
    const text = [...labels(parsed).values()];
    expect(text).toContain('Project funds');
    expect(text).toContain('Rådgivning till företag');
    expect(text).toContain('Entrepreneurs/firms take part\n• Firms taking part (mandatory)');
    expect(shownText(parsed.accTitle)).toBe('Development of goods and services, direct');
    // The template's description is Swedish only: in English the diagram describes itself by counts.
    const links = TEMPLATE.links?.length ?? 0;
    expect(shownText(parsed.accDescription)).toBe(
      `Results chain with ${TEMPLATE.boxes.length} boxes and ${links} ${links === 1 ? 'link' : 'links'}, linked to 1 goal.`,
    );
  });

  it("a plan's template and track show in its title; template view of a document by id", async () => {
    const plan: Plan = { ...kronoberg.plans![0]!, template: TEMPLATE.id };
    const parsed = await parseFlowchart(toMermaid(plan, { templates: [TEMPLATE], wrap: 0 }));
    expect(planTitle(parsed)).toBe(
      'Sydostleden cykelled och företagande\nMall: Utveckling av varor och tjänster, direkt\nSpår: Insatsspår',
    );
    const doc = { ...kronoberg, templates: [TEMPLATE] };
    expect(exportMermaid(doc, { view: 'template', template: TEMPLATE.id }).nodes).toBe(7);
    expect(exportMermaid(doc, { view: 'template', template: 'nej' }).findings[0]!.code).toBe(
      'MERMAID_TEMPLATE_NOT_FOUND',
    );
  });
});

describe('options', () => {
  const plan = kronoberg.plans![0]!;

  it('direction TB, and LR by default', () => {
    expect(toMermaid(plan).startsWith('flowchart LR\n')).toBe(true);
    expect(toMermaid(plan, { direction: 'TB' }).startsWith('flowchart TB\n')).toBe(true);
  });

  it('indicators show their latest target', async () => {
    const parsed = await parseFlowchart(toMermaid(plan, { showIndicators: true, wrap: 0 }));
    expect([...labels(parsed).values()]).toContain(
      'Deltagare startar företag inom cykelturism\n• Andel av deltagarna som startade företag: 30% (2022)',
    );
  });

  it('wraps long text at spaces within the width', async () => {
    const parsed = await parseFlowchart(toMermaid(plan, { wrap: 20 }));
    for (const text of labels(parsed).values()) {
      for (const line of text.split('\n'))
        if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(20);
    }
  });

  it('marks boxes and goals that have findings, with a count', async () => {
    const doc = editable(kronoberg);
    delete doc.plans![0]!.boxes[4]!.indicators; // an output without indicator
    const { findings } = validate(doc);
    const boxFindings = findings.filter((f) => f.location.plan === 'sydostleden' && f.location.box);
    expect(boxFindings.length).toBeGreaterThan(0);
    const parsed = await parseFlowchart(toMermaid(doc, { plan: 'sydostleden', findings, wrap: 0 }));
    const marked = [...parsed.vertices.values()].filter((v) => v.classes.includes('finding'));
    expect(marked.map((v) => shownText(v.text))).toContain(
      'Entreprenörer deltar i affärsutvecklingsprogrammet\n⚠ 1 fynd',
    );
    const goal = toMermaid(kronoberg, {
      plan: 'sydostleden',
      strategy: true,
      findings: [{ ...boxFindings[0]!, location: { goal: 'diversifiering' } }],
      lang: 'en',
    });
    expect(goal).toMatch(/G1\["[^"]*⚠ 1 finding"\]/);
  });

  it('collapses levels to counts and keeps the links between them', async () => {
    const result = exportMermaid(kronoberg, {
      view: 'portfolio',
      collapse: ['resurser', 'aktiviteter', 'prestationer'],
    });
    const parsed = await parseFlowchart(result.text);
    const text = [...labels(parsed).values()];
    expect(text).toContain('2 × Resurser');
    expect(text).toContain('1 × Resurser');
    // Sydostleden: 3 counts + 3 boxes; Destination Småland: 3 counts + 4 boxes; 3 goals.
    expect(parsed.vertices.size).toBe(6 + 7 + 3);
  });

  it('English lane titles', async () => {
    const parsed = await parseFlowchart(toMermaid(plan, { lang: 'en' }));
    const titles = parsed.subgraphs.filter((s) => s.id.startsWith('L')).map((s) => shownText(s.title));
    expect(titles).toEqual(LEVELS.map((l) => LEVEL_INFO[l].en));
  });

  it('a document with several plans: the first, with a note', () => {
    const result = exportMermaid(kronoberg);
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_FIRST_PLAN_CHOSEN']);
    expect(result.title).toBe('Sydostleden cykelled och företagande');
  });
});

describe('refusals are findings, not crashes', () => {
  it('an unknown plan: exportMermaid reports it, toMermaid throws EffektkedjaError', async () => {
    const result = exportMermaid(kronoberg, { plan: 'nej' });
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_PLAN_NOT_FOUND']);
    expect(result.findings[0]!.details.available).toEqual(['sydostleden', 'destination-smaland']);
    await parseFlowchart(result.text);
    expect(() => toMermaid(kronoberg, { plan: 'nej' })).toThrow(EffektkedjaError);
  });

  it.each([null, 42, 'text', [], { boxes: 'no' }])('input %j', async (input) => {
    const result = exportMermaid(input as never);
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_INPUT_INVALID']);
    await parseFlowchart(result.text);
  });

  it('boxes with unknown levels and links to missing boxes are skipped with findings', async () => {
    const plan = {
      id: 'p',
      name: 'P',
      kind: 'projekt',
      boxes: [
        { id: 'a', level: 'aktiviteter', text: 'A' },
        { id: 'x', level: '__proto__', text: 'X' },
        { id: 'y', level: 'constructor', text: 'Y' },
        'not a box',
      ],
      links: [{ from: 'a', to: 'x' }, null],
    } as unknown as Plan;
    const result = exportMermaid(plan);
    expect(result.findings.map((f) => f.code)).toEqual([
      'MERMAID_BOX_SKIPPED',
      'MERMAID_BOX_SKIPPED',
      'MERMAID_BOX_SKIPPED',
      'MERMAID_LINK_SKIPPED',
      'MERMAID_LINK_SKIPPED',
    ]);
    expect((await parseFlowchart(result.text)).vertices.size).toBe(1);
  });

  it('hostile template and track ids are shown as text', async () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const text = toMermaid({ ...TEMPLATE, track: id });
      expect(text).toContain(`Spår: ${id}`);
      await parseFlowchart(text);
    }
  });

  it('an empty plan draws empty lanes and says so', async () => {
    const result = exportMermaid({ id: 'p', name: '', kind: 'projekt', boxes: [] });
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_NOTHING_TO_DRAW']);
    expect((await parseFlowchart(result.text)).subgraphs).toHaveLength(7);
  });
});

describe('determinism, immutability, speed and limits', () => {
  it('the same input gives byte-identical text and does not change the input', () => {
    const doc = deepFreeze(editable(kronoberg));
    const options = { view: 'portfolio', showIndicators: true } as const;
    const first = toMermaid(doc, options);
    expect(toMermaid(editable(kronoberg), options)).toBe(first);
    expect(doc).toEqual(kronoberg);
  });

  it('exports a 1,000-box plan: every box drawn once, every link once', () => {
    // Its speed (the ≤ 50 ms bar) is measured by the benchmark, not here.
    const plan = bigPlan(1000);
    const r = exportMermaid(plan, { limits: { maxEdges: 1e9, maxTextSize: 1e9 } });
    expect(r.nodes).toBe(plan.boxes.length);
    expect(r.edges).toBe(plan.links?.length ?? 0);
  });

  it('500 arrows are within the limit and parse; 501 give MERMAID_TOO_MANY_EDGES', async () => {
    const plan = bigPlan(700);
    const links = plan.links!;
    const at = (n: number): Plan => ({ ...plan, links: links.slice(0, n) });
    const ok = exportMermaid(at(500));
    expect(ok.edges).toBe(500);
    expect(ok.findings).toEqual([]);
    await parseFlowchart(ok.text);
    const over = exportMermaid(at(501));
    expect(over.findings.map((f) => [f.code, f.details.edges, f.details.limit])).toEqual([
      ['MERMAID_TOO_MANY_EDGES', 501, 500],
    ]);
    await expect(parseFlowchart(over.text)).rejects.toThrow(/Edge limit exceeded/);
    expect(exportMermaid(at(501), { limits: { maxEdges: 1000 } }).findings).toEqual([]);
  });

  it('text over 50,000 characters gives MERMAID_TEXT_TOO_LARGE', () => {
    const result = exportMermaid(bigPlan(100, () => 'x'.repeat(600)));
    expect(result.text.length).toBeGreaterThan(50_000);
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_TEXT_TOO_LARGE']);
    expect(result.findings[0]!.details.length).toBe(result.text.length);
    expect(findingData(result.findings[0]!)).toEqual({
      code: 'MERMAID_TEXT_TOO_LARGE',
      details: { length: result.text.length, limit: 50000 },
      location: {},
      severity: 'warning',
    });
  });
});

describe('markdown', () => {
  it('a heading and a mermaid block', () => {
    const plan = kronoberg.plans![0]!;
    const md = toMarkdown(plan);
    expect(md).toBe(`## Sydostleden cykelled och företagande\n\n\`\`\`mermaid\n${toMermaid(plan)}\`\`\`\n`);
    expect(toMarkdown(plan, { heading: false }).startsWith('```mermaid\n')).toBe(true);
  });

  it('user text cannot break out of the heading or the fence', () => {
    const plan: Plan = {
      id: 'p',
      name: '<img src=x onerror=alert(1)> [a](javascript:x) *b*\n# c',
      kind: 'projekt',
      boxes: [{ id: 'a', level: 'resurser', text: '```\n<script>x</script>\n```' }],
    };
    const md = toMarkdown(plan, { headingLevel: 3 });
    const [heading, ...rest] = md.split('\n');
    expect(heading).toBe('### \\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(javascript:x\\) \\*b\\* \\# c');
    const body = rest.join('\n');
    expect(body.match(/```/g)).toHaveLength(2);
    expect(body).not.toContain('<script');
  });
});

describe('the way from a box or goal to its node', () => {
  it('names the generated node of every box and goal, and that node shows the box’s text', async () => {
    const r = exportMermaid(kronoberg, { view: 'portfolio', strategy: true, wrap: 0 });
    const parsed = await parseFlowchart(r.text);
    for (const plan of kronoberg.plans ?? []) {
      const nodes = r.boxNodes.get(plan.id);
      expect(nodes?.size, plan.id).toBe(plan.boxes.length);
      for (const box of plan.boxes) {
        const node = parsed.vertices.get(nodes?.get(box.id) ?? '');
        expect(shownText(node?.text ?? ''), box.id).toContain(box.text);
      }
    }
    const goals = [
      ...(kronoberg.strategy?.rus?.goals ?? []),
      ...(kronoberg.strategy?.understrategier ?? []).flatMap((u) => u.goals),
    ];
    for (const goal of goals) expect(parsed.vertices.has(r.goalNodes.get(goal.id) ?? ''), goal.id).toBe(true);
  });
});

describe('links that cannot be drawn', () => {
  it('a box linked to itself is reported, not dropped in silence', () => {
    const plan: Plan = {
      id: 'p',
      name: 'Plan',
      kind: 'projekt',
      boxes: [
        { id: 'a', level: 'aktiviteter', text: 'A' },
        { id: 'b', level: 'prestationer', text: 'B' },
      ],
      links: [
        { from: 'a', to: 'a' },
        { from: 'a', to: 'b' },
      ],
    };
    const r = exportMermaid(plan);
    expect(r.edges).toBe(1);
    expect(r.findings.map((f) => [f.code, f.details.from, f.details.to])).toEqual([
      ['MERMAID_LINK_SKIPPED', 'a', 'a'],
    ]);
    expect(findingData(r.findings[0]!)).toEqual({
      code: 'MERMAID_LINK_SKIPPED',
      details: { from: 'a', missing: 'a', to: 'a' },
      location: { link: { from: 'a', to: 'a' }, plan: 'p' },
      severity: 'warning',
    });
  });
});

describe('assumptions on the arrows', () => {
  it('writes each link’s assumption on its arrow when asked, and nothing otherwise', async () => {
    const plan = kronoberg.plans!.find((p) => p.id === 'sydostleden')!;
    const withLabels = exportMermaid(plan, { showAssumptions: true, wrap: 0 });
    const parsed = await parseFlowchart(withLabels.text);
    const nodes = withLabels.boxNodes.get(plan.id)!;
    const expected = (plan.links ?? [])
      .filter((l) => l.assumption)
      .map((l) => [nodes.get(l.from), nodes.get(l.to), l.assumption]);
    expect(expected.length).toBeGreaterThan(0);
    const shown = parsed.edges.filter((e) => e.text).map((e) => [e.start, e.end, shownText(e.text)]);
    expect(shown).toEqual(expected);
    const plain = await parseFlowchart(toMermaid(plan, { wrap: 0 }));
    expect(plain.edges.filter((e) => e.text)).toEqual([]);
  });
});

/** The plan's title: P1's title, then the lines of its nested title subgraphs (T1, T2 …), one per line. */
function planTitle(parsed: Awaited<ReturnType<typeof parseFlowchart>>): string {
  const lines = [shownText(parsed.subgraphs.find((s) => s.id === 'P1')!.title)];
  const nested = parsed.subgraphs.filter((s) => /^T\d+$/.test(s.id));
  nested.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  for (const s of nested) lines.push(shownText(s.title));
  return lines.join('\n');
}
