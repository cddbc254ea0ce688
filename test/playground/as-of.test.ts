import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attachLocations,
  compareFindings,
  documentStatus,
  parseDocument,
  validate,
} from '../../src/index.js';
import { openPlayground, type Playground } from '../support/playground.js';

const gotland = readFileSync(new URL('../../examples/gotland-besoksnaring.yaml', import.meta.url), 'utf8');
const today = (): string => new Date().toISOString().slice(0, 10);

// The Gotland årshjul asks for the plan's 2024 values on 2025-01-01 (lägesrapport to
// regionstyrelsen) and for its slutrapport three months after the plan ends, on 2026-03-31.
const BEFORE = '2024-12-31';
const AFTER = '2026-04-01';
const DUE = ['MEASUREMENT_DUE', 'PLAN_REPORT_DUE'];

/** The codes the library gives for the Gotland example as of a date, in the page's order. */
function libraryCodes(asOf: string): string[] {
  const parsed = parseDocument(gotland);
  if (!parsed.ok) throw new Error('the Gotland example does not parse');
  const source = parsed.source;
  return validate(parsed.value, { asOf, locate: (f) => attachLocations(f, source) })
    .findings.slice()
    .sort(compareFindings)
    .map((f) => f.code);
}

/** The statuses the library gives the Gotland indicators as of a date. */
function libraryStatuses(asOf: string): string[] {
  const parsed = parseDocument(gotland);
  if (!parsed.ok) throw new Error('the Gotland example does not parse');
  return documentStatus(parsed.value, { asOf }).plans.flatMap((p) => p.indicators.map((i) => i.status));
}

async function pageCodes(page: Page): Promise<string[]> {
  return page.$$eval('#findings-list .ek-finding', (els) =>
    els.map((e) => (e as HTMLElement).dataset.code ?? ''),
  );
}

/** Types a date into the field and waits until the follow-up heading carries it. */
async function pickDate(page: Page, date: string): Promise<void> {
  await page.fill('#as-of', date);
  await page.dispatchEvent('#as-of', 'change');
  await page.waitForFunction(
    (d) => document.querySelector('#followup-heading')?.textContent?.includes(d),
    date,
  );
}

describe('playground follow-up date in headless Chromium', () => {
  let site: Playground;
  let page: Page;

  beforeAll(async () => {
    site = await openPlayground('served', { viewport: { width: 1400, height: 900 } });
    page = site.page;
    await page.selectOption('#source-select', 'example:gotland-besoksnaring');
    await page.click('#source-open');
    await page.waitForFunction(() => !document.querySelector('#followup')?.hasAttribute('hidden'));
  }, 300_000);

  afterAll(async () => {
    await site?.close();
  });

  it('shows the date, today by default, labelled in Swedish, and prints it in the follow-up heading', async () => {
    expect(await page.textContent('label[for="as-of"]')).toBe('Uppföljningsdatum');
    expect(await page.getAttribute('#as-of', 'type')).toBe('date');
    expect(await page.inputValue('#as-of')).toBe(today());
    expect(await page.textContent('#followup-heading')).toBe(
      `Uppföljning av indikatorer per ${today()} (i dag)`,
    );
    expect(await pageCodes(page)).toEqual(libraryCodes(today()));
  });

  it('shows no due measurement or report before the årshjul asks for them', async () => {
    await pickDate(page, BEFORE);
    await page.waitForFunction(() => !document.querySelector('[data-code="MEASUREMENT_DUE"]'));
    const codes = await pageCodes(page);
    expect(codes.filter((c) => DUE.includes(c))).toEqual([]);
    expect(codes).toEqual(libraryCodes(BEFORE));
    expect(await page.textContent('#followup-heading')).toBe(`Uppföljning av indikatorer per ${BEFORE}`);
  });

  it('shows MEASUREMENT_DUE and PLAN_REPORT_DUE after their due dates, and the statuses at that date', async () => {
    const before = await page.$$eval('#followup-body tr', (rows) => rows.map((r) => r.className));
    expect(before).toEqual(libraryStatuses(BEFORE).map((s) => `status-${s}`));
    await pickDate(page, AFTER);
    await page.locator('#findings-list .ek-finding[data-code="PLAN_REPORT_DUE"]').waitFor();
    const codes = await pageCodes(page);
    expect(codes).toContain('MEASUREMENT_DUE');
    expect(codes).toContain('PLAN_REPORT_DUE');
    expect(codes).toEqual(libraryCodes(AFTER));
    const due = page.locator('#findings-list .ek-finding[data-code="PLAN_REPORT_DUE"] .msg');
    expect(await due.textContent()).toContain('2026-03-31');
    const after = await page.$$eval('#followup-body tr', (rows) => rows.map((r) => r.className));
    expect(after).toEqual(libraryStatuses(AFTER).map((s) => `status-${s}`));
    // The plan's 2025 targets have passed without a 2025 value: the table says so now.
    expect(after).not.toEqual(before);
  });

  it('remembers a chosen date across a reload, and goes back to today on request', async () => {
    await page.reload();
    await page.locator('#findings-list .ek-finding[data-code="PLAN_REPORT_DUE"]').waitFor();
    expect(await page.inputValue('#as-of')).toBe(AFTER);
    await page.click('#as-of-today');
    await page.waitForFunction(
      (d) => document.querySelector('#followup-heading')?.textContent?.includes(d),
      today(),
    );
    expect(await page.inputValue('#as-of')).toBe(today());
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('#followup')?.hasAttribute('hidden'));
    expect(await page.inputValue('#as-of')).toBe(today());
  });

  it('speaks English when asked, and falls back to today when the field is cleared', async () => {
    await pickDate(page, BEFORE);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('label[for="as-of"]')).toBe('Follow-up date');
    expect(await page.textContent('#followup-heading')).toBe(`Indicator follow-up as of ${BEFORE}`);
    await page.fill('#as-of', '');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(
      (d) => document.querySelector('#followup-heading')?.textContent?.includes(d),
      today(),
    );
    expect(await page.inputValue('#as-of')).toBe(today());
    expect(site.errors).toEqual([]);
  });
});
