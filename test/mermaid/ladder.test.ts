import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Document, parseDocument } from '../../src/index.js';
import { exportMermaid } from '../../src/mermaid/index.js';
import { parseFlowchart, shownText } from '../setup/mermaid-dom.js';
import { example } from './helpers.js';

function fixture(name: string): Document {
  const result = parseDocument(
    readFileSync(new URL(`../fixtures/ladder/${name}.yaml`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(`fixture ${name} does not parse`);
  return result.value;
}

type Parsed = Awaited<ReturnType<typeof parseFlowchart>>;

/** Titles of the strategy lanes (subgraphs S…), in the order of the text, title lines joined. */
function strategyLanes(parsed: Parsed, text: string): string[] {
  const byId = new Map(parsed.subgraphs.map((s) => [s.id, s]));
  const ids = [...text.matchAll(/subgraph (S\d+)\[/g)].map((m) => m[1]!);
  return ids.map((id) => {
    // A wrapped title goes on in nested title subgraphs T… (see DiagramWriter.subgraph).
    const parts = [shownText(byId.get(id)!.title)];
    let inner = byId.get(id)!.nodes.find((n) => n.startsWith('T'));
    while (inner) {
      parts.push(shownText(byId.get(inner)!.title));
      inner = byId.get(inner)!.nodes.find((n) => n.startsWith('T'));
    }
    return parts.join(' ');
  });
}

/** The goal texts inside a strategy lane (looking through its title subgraphs). */
function laneGoals(parsed: Parsed, id: string): string[] {
  const byId = new Map(parsed.subgraphs.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const n of byId.get(id)!.nodes) {
    if (byId.has(n)) out.push(...laneGoals(parsed, n));
    else out.push(shownText(parsed.vertices.get(n)!.text));
  }
  return out;
}

describe('strategy lanes of a ladder', () => {
  const gotland = example('gotland-besoksnaring');

  it('Gotland: three lanes in ladder order, RUS first, each tier named, each holding its own goals', async () => {
    const result = exportMermaid(gotland, { view: 'portfolio', wrap: 0 });
    expect(result.findings).toEqual([]);
    const parsed = await parseFlowchart(result.text);
    expect(strategyLanes(parsed, result.text)).toEqual([
      'RUS: Vårt Gotland 2040 – regional utvecklingsstrategi',
      'Tillväxtprogram',
      'Programplan',
    ]);
    expect(laneGoals(parsed, 'S1')).toEqual([
      'Gotland har en hållbar tillväxt med fler arbetstillfällen i hela länet',
    ]);
    expect(laneGoals(parsed, 'S2')).toEqual([
      'En besöksnäring som är lönsam året runt',
      'Fler och växande företag i besöksnäringen',
    ]);
    expect(laneGoals(parsed, 'S3')).toEqual([
      'Besöksnäring: fler besök och fler bokningsbara upplevelser under lågsäsong',
      'Besöksnäring: fler företag med verksamhet året runt',
    ]);
    // The programplan's goals serve the tillväxtprogram's, which serve the RUS's: thick arrows.
    const served = parsed.edges.filter((e) => e.stroke === 'thick').map((e) => `${e.start}>${e.end}`);
    expect(served.sort()).toEqual(['G2>G1', 'G3>G1', 'G4>G2', 'G5>G3']);
  });

  it('the plan view draws only the rungs the plan reaches, still in ladder order, in English too', async () => {
    const result = exportMermaid(gotland, { strategy: true, lang: 'en', wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    expect(strategyLanes(parsed, result.text)).toEqual([
      'RUS: Vårt Gotland 2040 – regional utvecklingsstrategi',
      'Tillväxtprogram',
      'Programplan',
    ]);
  });

  it('three tiers under the RUS: four lanes in ladder order', async () => {
    const doc = fixture('three-tiers');
    const result = exportMermaid(doc, { view: 'portfolio', wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    expect(strategyLanes(parsed, result.text)).toEqual([
      'RUS: Regional utvecklingsstrategi 2040',
      'Program',
      'Handlingsplan',
      'Agenda',
    ]);
  });

  it('an understrategi naming a tier the ladder lacks keeps a lane of its own after the tiers', async () => {
    const doc = fixture('three-tiers');
    const [first, second, third] = doc.strategy!.understrategier!;
    const strayed: Document = {
      ...doc,
      strategy: { ...doc.strategy!, understrategier: [first!, { ...third!, tier: 'agendan' }, second!] },
    };
    const result = exportMermaid(strayed, { view: 'portfolio', wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    expect(strategyLanes(parsed, result.text)).toEqual([
      'RUS: Regional utvecklingsstrategi 2040',
      'Program',
      'Handlingsplan',
      'Understrategi: Agenda för besöksnäringen',
    ]);
  });

  it('without tiers: a lane per understrategi, then the RUS (as before ladders)', async () => {
    const kronoberg = example('kronoberg');
    const result = exportMermaid(kronoberg, { view: 'portfolio', wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    const lanes = strategyLanes(parsed, result.text);
    expect(lanes.at(-1)).toMatch(/^RUS: /);
    expect(lanes.slice(0, -1).every((t) => t.startsWith('Understrategi: '))).toBe(true);
  });
});

describe('plan families', () => {
  it('a ramprojekt holds its delprojekt as nested subgraphs; a loop and an unknown parent are drawn flat', async () => {
    const doc = fixture('families');
    const result = exportMermaid(doc, { view: 'portfolio', wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    const plans = parsed.subgraphs.filter((s) => /^P\d+$/.test(s.id));
    const title = new Map(plans.map((s) => [s.id, shownText(s.title)]));
    const idOf = (name: string) => [...title].find(([, t]) => t === name)![0];
    const ram = parsed.subgraphs.find((s) => s.id === idOf('Ramprojekt Starta eget'))!;
    const nested = ram.nodes.filter((n) => /^P\d+$/.test(n)).map((n) => title.get(n));
    expect(nested.sort()).toEqual([
      'Delprojekt Norra länet',
      'Delprojekt Västra länet',
      'Delprojekt Östra länet',
    ]);
    // Each delprojekt keeps its six level lanes.
    for (const name of nested) {
      const sub = parsed.subgraphs.find((s) => s.id === idOf(name!))!;
      expect(sub.nodes.filter((n) => n.startsWith('L'))).toHaveLength(6);
    }
    // Top level: the ramprojekt, the delprojekt whose ramprojekt does not exist, the loop, the lone project.
    const inside = new Set(parsed.subgraphs.flatMap((s) => s.nodes));
    const top = plans.filter((s) => !inside.has(s.id)).map((s) => title.get(s.id));
    expect(top).toEqual([
      'Ramprojekt Starta eget',
      'Delprojekt Södra länet',
      'Projekt A',
      'Projekt B',
      'Projekt utan delprojekt',
    ]);
    // Every box of every plan is drawn once, with its links and goal links.
    const boxes = (doc.plans ?? []).reduce((n, p) => n + p.boxes.length, 0);
    expect([...parsed.vertices.keys()].filter((v) => v.startsWith('N'))).toHaveLength(boxes);
    expect(result.boxNodes.size).toBe(doc.plans!.length);
  });

  it('a delprojekt drawn without its ramprojekt is drawn on its own', async () => {
    const doc = fixture('families');
    const result = exportMermaid(doc, { view: 'portfolio', plans: ['ost', 'ensam'], wrap: 0 });
    const parsed = await parseFlowchart(result.text);
    const inside = new Set(parsed.subgraphs.flatMap((s) => s.nodes));
    expect(parsed.subgraphs.filter((s) => /^P\d+$/.test(s.id) && !inside.has(s.id))).toHaveLength(2);
  });
});
