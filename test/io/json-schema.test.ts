import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { documentJsonSchema } from '../../src/index.js';

it('ships the JSON Schema generated from the zod schemas (run `npm run schema` after changing the model)', () => {
  const shipped = JSON.parse(
    readFileSync(new URL('../../docs/effektkedja.schema.json', import.meta.url), 'utf8'),
  );
  expect(shipped).toEqual(documentJsonSchema());
  expect(Object.keys(shipped.properties)).toEqual([
    'formatVersion',
    'region',
    'strategy',
    'plans',
    'templates',
    'arshjul',
    'participantLists',
    'dataClasses',
    'dimensions',
    'vocabularies',
  ]);
});
