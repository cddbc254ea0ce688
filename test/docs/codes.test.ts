import { describe, expect, it } from 'vitest';
import { parseCodes } from '../../src/findings/catalog/parse.js';
import { ruleCodes } from '../../src/findings/catalog/rules.js';
import { CODES, isKnownCode } from '../../src/index.js';
import { codeHeadings, docPages, readPage } from './markdown.js';

// Every code is documented under a `### CODE` heading, so docs and catalogue cannot drift apart.
const headingsOf = (page: string) => codeHeadings(readPage(page), isKnownCode);

/** Codes that open a row of a Markdown table: `| \`CODE\` | severity | … |`. */
function tableCodes(text: string): string[] {
  return [...text.matchAll(/^\|\s*`?([A-Z][A-Z0-9_]+)`?\s*\|/gm)].map((m) => m[1] as string);
}

describe('finding codes in docs', () => {
  it('documents every parse code in docs/format.md', () => {
    const documented = new Set(headingsOf('format.md'));
    const missing = Object.keys(parseCodes).filter((c) => !documented.has(c));
    expect(missing).toEqual([]);
  });

  it('documents every rule code in docs/rules.md', () => {
    const documented = new Set(headingsOf('rules.md'));
    const missing = Object.keys(ruleCodes).filter((c) => !documented.has(c));
    expect(missing).toEqual([]);
  });

  it('gives each code of format.md and rules.md exactly one heading', () => {
    const all = [...headingsOf('format.md'), ...headingsOf('rules.md')];
    const twice = all.filter((c, i) => all.indexOf(c) !== i);
    expect(twice).toEqual([]);
  });

  it('documents every code of the library somewhere in docs/*.md', () => {
    // A `### CODE` heading, or a table row that starts with the code (the module pages' code tables).
    const documented = new Set(
      docPages().flatMap((page) => [...headingsOf(page), ...tableCodes(readPage(page))]),
    );
    const missing = Object.keys(CODES).filter((c) => !documented.has(c));
    expect(missing).toEqual([]);
  });

  it('names no code that does not exist', () => {
    const unknown = docPages().flatMap((page) =>
      [...headingsOf(page), ...tableCodes(readPage(page)).filter((c) => c.includes('_'))]
        .filter((c) => !isKnownCode(c))
        .map((c) => `${page}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('finds headings the way the pages write them', () => {
    const text = '### CYCLE\n### `LINK_BACKWARDS`\n### JSON\n## EMPTY_DOCUMENT\n### NOT_A_CODE_X\n';
    expect(codeHeadings(text, isKnownCode)).toEqual(['CYCLE', 'LINK_BACKWARDS', 'NOT_A_CODE_X']);
  });
});
