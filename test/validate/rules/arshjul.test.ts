import { describe } from 'vitest';
import { arshjulReferences } from '../../../src/validate/rules/arshjul.js';
import { failsAndPasses } from './support.js';

describe('arshjul', () => {
  failsAndPasses(
    arshjulReferences,
    'ARSHJUL_NO_DATE',
    (d) => void (d.arshjul = { events: [{ id: 'syntes', name: 'Syntes', kind: 'rapport' }] }),
    (d) =>
      void (d.arshjul = { events: [{ id: 'syntes', name: 'Syntes', kind: 'rapport', days: ['03-31'] }] }),
  );
  failsAndPasses(
    arshjulReferences,
    'ARSHJUL_UNKNOWN_REFERENCE',
    (d) =>
      void (d.arshjul = {
        events: [{ id: 'syntes', name: 'Syntes', kind: 'rapport', days: ['03-31'], plans: ['q'] }],
      }),
    (d) =>
      void (d.arshjul = {
        events: [{ id: 'syntes', name: 'Syntes', kind: 'rapport', days: ['03-31'], plans: ['p'] }],
      }),
  );
});
