import { describe, expect, it } from 'vitest';
import { exportMermaid } from '../../src/mermaid/index.js';
import { renderMermaidSvg } from '../../src/node/mermaid-render.js';
import { bigPlan } from '../mermaid/helpers.js';
import { testChromium } from '../support/chromium.js';

const chromium = testChromium('test/browser big');

describe.skipIf(!chromium)('a plan over Mermaid default limits', () => {
  it('is drawn (our page raises maxTextSize and maxEdges), never as Mermaid error image', async () => {
    const plan = bigPlan(640, (i) => `Ruta ${i} med en längre text som beskriver vad som görs i insatsen`);
    const result = exportMermaid(plan, {});
    // Over both of Mermaid's default limits: other hosts are warned.
    expect(result.findings.map((f) => f.code).sort()).toEqual([
      'MERMAID_TEXT_TOO_LARGE',
      'MERMAID_TOO_MANY_EDGES',
    ]);
    const svg = await renderMermaidSvg(result.text, { timeoutMs: 280_000 });
    if (!svg.ok) throw new Error(JSON.stringify(svg.findings));
    expect(svg.value).not.toMatch(/Maximum text size|Edge limit|Syntax error|aria-roledescription="error"/);
    expect(svg.value.match(/<g class="node default /g)?.length).toBe(640);
  }, 300_000);
});
