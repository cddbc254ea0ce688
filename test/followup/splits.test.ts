import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/followup/index.js';
import { indicatorSplitTables } from '../../src/followup/splits.js';
import { indicatorStatus } from '../../src/followup/status.js';
import type { Document, Indicator } from '../../src/index.js';
import { codeBlocks } from '../docs/markdown.js';
import { loadExample } from './support.js';

// A document of one plan whose one indicator carries the given splits on its latest measurement.
function oneIndicator(indicator: Indicator): Document {
  return {
    formatVersion: 1,
    plans: [
      {
        id: 'p',
        name: 'Plan',
        kind: 'projekt',
        boxes: [{ id: 'b', level: 'prestationer', text: 'Deltagare', indicators: [indicator] }],
      },
    ],
  } as Document;
}

describe('split tables in the follow-up report', () => {
  it('shows one table per dimension of the latest measurement: values, shares, baseline and target parts', async () => {
    const doc = await loadExample('splits-kon.yaml');
    const indicator = doc
      .plans![0]!.boxes.flatMap((b) => b.indicators ?? [])
      .find((i) => i.id === 'antal-deltagare')!;
    const tables = indicatorSplitTables(indicatorStatus(indicator, { asOf: 2025 }), 'sv');
    expect(tables.map((t) => [t.dimension, t.dimensionName, t.complete])).toEqual([
      ['kon', 'kön', true],
      ['kommun', 'kommun', true],
    ]);
    expect(tables[0]!.table).toEqual({
      columns: ['Grupp', 'Värde', 'Andel av totalen (%)', 'Utgångsvärde 2023', 'Målvärde 2026'],
      rows: [
        ['kvinnor', 36, 45, 14, 60],
        ['män', 44, 55, 26, 60],
      ],
    });
    expect(tables[1]!.table.rows).toEqual([
      ['Visby', 50, 62.5],
      ['Hemse', 18, 22.5],
      ['Slite', 12, 15],
    ]);
    expect(tables[1]!.bars).toEqual([0.625, 0.225, 0.15]);
    const en = indicatorSplitTables(indicatorStatus(indicator, { asOf: 2025 }), 'en');
    expect(en[0]!.dimensionName).toBe('gender');
    expect(en[0]!.table.columns).toEqual([
      'Group',
      'Value',
      'Share of total (%)',
      'Baseline 2023',
      'Target 2026',
    ]);
  });

  it('shows percent parts as written, with no share and no sum', async () => {
    const doc = await loadExample('splits-kon.yaml');
    const indicator = doc
      .plans![0]!.boxes.flatMap((b) => b.indicators ?? [])
      .find((i) => i.id === 'andel-startat')!;
    const [t] = indicatorSplitTables(indicatorStatus(indicator), 'sv');
    expect(t!.table).toEqual({
      columns: ['Grupp', 'Värde'],
      rows: [
        ['kvinnor', 25],
        ['män', 34.1],
      ],
    });
    // Bars against the largest part, not a share of the total.
    expect(t!.bars).toEqual([25 / 34.1, 1]);
  });

  it('says when the parts do not cover the whole, and uses a declared dimension’s name', () => {
    const doc = oneIndicator({
      id: 'n',
      name: 'Deltagare',
      kind: 'count',
      measurements: [
        {
          period: 2025,
          value: 10,
          splits: [
            { dimension: 'bakgrund', parts: [{ group: 'född utomlands', value: 4 }], complete: false },
          ],
        },
      ],
    });
    (doc as { dimensions?: unknown }).dimensions = [
      { id: 'bakgrund', name: 'Bakgrund', groups: ['född i Sverige', 'född utomlands'] },
    ];
    const r = buildReport(doc);
    expect(r.markdown).toContain('**Deltagare (n) efter Bakgrund, 2025 (delarna täcker inte hela värdet)**');
    expect(r.markdown).toContain('| född utomlands | 4 | 40 |');
  });

  it('the page shows the report the library writes for the example', async () => {
    const block = codeBlocks('followup.md').find((b) => b.markers.has('splits-report'));
    expect(block).toBeDefined();
    const r = buildReport(await loadExample('splits-kon.yaml'), { asOf: 2025 });
    expect(r.markdown).toContain(block!.text.trimEnd());
  });

  it('the page shows the portfolio split table the library writes for the example', async () => {
    const block = codeBlocks('followup.md').find((b) => b.markers.has('splits-synthesis'));
    expect(block).toBeDefined();
    const r = buildReport(await loadExample('splits-kon.yaml'), { asOf: 2025 });
    expect(r.markdown).toContain(block!.text.trimEnd());
  });

  it('adds nothing to a report without splits', async () => {
    const r = buildReport(await loadExample('kronoberg.yaml'));
    expect(r.markdown).not.toContain('#### Uppdelning');
    expect(r.html).not.toContain('class="split"');
  });

  it('escapes group names, indicator names and dimensions in HTML and Markdown', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (raw) => {
        const group = `<img src=x onerror="a()">${raw}&|`;
        const r = buildReport(
          oneIndicator({
            id: 'n',
            name: '<b>namn</b>',
            kind: 'count',
            measurements: [
              {
                period: 2025,
                value: 3,
                splits: [{ dimension: '<i>d</i>', parts: [{ group, value: 3 }] }],
              },
            ],
          }),
        );
        expect(r.html).not.toContain('<img');
        expect(r.html).not.toContain('<b>namn');
        expect(r.html).not.toContain('<i>d');
        expect(r.html).toContain('&lt;img src=x onerror=&quot;a()&quot;&gt;');
        // One table row per part in Markdown: the pipe in the name does not add a cell.
        const row = r.markdown.split('\n').find((l) => l.includes('img src'))!;
        expect(row.endsWith(' | 3 | 100 |')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('draws a bar per row in the HTML report, as wide as the share', async () => {
    const r = buildReport(await loadExample('splits-kon.yaml'), { asOf: 2025 });
    expect(r.html).toContain('<h4>Uppdelning</h4>');
    const widths = [...r.html.matchAll(/<td class="bar"[^>]*><span style="[^"]*width:([\d.]+)%"/g)].map(
      (m) => m[1],
    );
    expect(widths).toEqual([
      '45',
      '55',
      '62.5',
      '22.5',
      '15',
      String(Math.round((1000 * 25) / 34.1) / 10),
      '100',
    ]);
  });
});
