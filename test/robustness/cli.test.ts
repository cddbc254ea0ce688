import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type CliRun, cli } from '../cli/harness.js';
import { FUZZ, TEST_TIMEOUT } from './fuzz.js';
import { acceptedHostile, expectOwnTags, hostileInput } from './modules.js';

const dir = mkdtempSync(join(tmpdir(), 'effektkedja-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures = new URL('../fixtures/hostile/', import.meta.url);
// CLI runs read and write files: a modest sample, on top of the fixtures.
const RUNS = Math.max(10, Math.round(FUZZ.numRuns! / 50));
let counter = 0;

/** The CLI handled the input as user input: an exit code for findings or usage, never a crash. */
function handled(run: CliRun, what: string): void {
  expect(run.code, `${what}\n${run.stderr.slice(0, 2000)}`).not.toBe(70);
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr, 'a stack trace').not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(run.stdout).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

/** Text of a hostile value as a file: YAML or JSON, whatever the value is. */
function asText(value: unknown, json: boolean): string {
  if (json) return JSON.stringify(value) ?? 'null';
  try {
    return stringify(value, { aliasDuplicateObjects: false });
  } catch {
    return String(value);
  }
}

/** Every command that reads a document, on one file. */
async function everyCommand(file: string, pick: number): Promise<void> {
  handled(await cli(['validate', file]), `validate ${file}`);
  handled(await cli(['validate', file, '--format', 'json', '--lang', 'en', '--max-warnings', '0']), file);
  const view = (['plan', 'portfolio', 'template'] as const)[pick % 3]!;
  const diagram = await cli(['diagram', file, '--view', view, '--strategy', '--indicators', '--findings']);
  handled(diagram, `diagram ${view} ${file}`);
  if (diagram.code === 0) expect(diagram.stdout.startsWith('flowchart ')).toBe(true);
  const md = join(dir, `out-${counter++}.md`);
  handled(await cli(['diagram', file, '--view', view, '--no-strategy', '--wrap', '0', '-o', md]), file);
  handled(await cli(['report', file, '--lang', pick % 2 ? 'en' : 'sv', '--as-of', '2024']), `report ${file}`);
  const html = join(dir, `out-${counter++}.html`);
  const report = await cli(['report', file, '--no-diagrams', '-o', html]);
  handled(report, `report html ${file}`);
  if (report.code !== 2) expectOwnTags(readFileSync(html, 'utf8'));
}

describe('the CLI on hostile files', () => {
  it('every hostile fixture: validate, diagram and report end with a finding exit code', async () => {
    for (const name of readdirSync(fixtures).filter((f) => f !== 'README.md')) {
      await everyCommand(new URL(name, fixtures).pathname, name.length);
    }
  });

  it(
    'hostile values of any shape written as YAML or JSON files',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileInput, fc.boolean(), fc.nat(), async (value, json, pick) => {
          const file = join(dir, `in-${counter++}.${json ? 'json' : 'yaml'}`);
          writeFileSync(file, asText(value, json));
          await everyCommand(file, pick);
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'accepted but broken documents, and all of them at once as one folder',
    async () => {
      const many = join(dir, 'many');
      await fc.assert(
        fc.asyncProperty(acceptedHostile, fc.boolean(), fc.nat(), async (doc, json, pick) => {
          const file = join(dir, `doc-${counter++}.${json ? 'json' : 'yaml'}`);
          writeFileSync(file, asText(doc, json));
          await everyCommand(file, pick);
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
      // Documents of one region are read together: their ids clash, their references cross.
      rmSync(many, { recursive: true, force: true });
      const { mkdirSync } = await import('node:fs');
      mkdirSync(many);
      fc.sample(acceptedHostile, { seed: Number(FUZZ.seed), numRuns: 8 }).forEach((doc, i) => {
        writeFileSync(join(many, `d${i}.yaml`), asText({ ...doc, region: 'Samma' }, false));
      });
      handled(await cli(['validate', many]), 'validate folder');
      handled(await cli(['report', many]), 'report folder');
    },
    TEST_TIMEOUT,
  );

  it(
    'bytes that are no workbook, in a file named .xlsx',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, zip) => {
          const file = join(dir, `book-${counter++}.xlsx`);
          // Half of them start like a zip archive, so the reader gets past the first check.
          writeFileSync(file, zip ? Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes]) : bytes);
          handled(await cli(['validate', file]), 'validate xlsx');
          handled(await cli(['diagram', file]), 'diagram xlsx');
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT,
  );
});
