import type { Draft } from 'immer';
import { describe } from 'vitest';
import type { Document } from '../../../src/index.js';
import { contributionRule } from '../../../src/validate/rules/contribution.js';
import { box, failsAndPasses } from './support.js';

const indicator = (d: Draft<Document>) => box(d, 'o').indicators![0]!;

describe('contribution', () => {
  failsAndPasses(
    contributionRule,
    'DATA_CLASS_UNKNOWN',
    (d) => void (indicator(d).dataClass = 'egna-data'),
    (d) => {
      d.dataClasses = [{ id: 'kommunernas-uppgifter', name: 'Uppgifter från kommunernas näringslivskontor' }];
      indicator(d).dataClass = 'kommunernas-uppgifter';
    },
  );
});
