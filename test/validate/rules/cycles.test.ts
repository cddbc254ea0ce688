import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/index.js';
import { cycles } from '../../../src/validate/rules/cycles.js';
import { findingData } from '../../support/findings.js';
import { change, plan, ruleCases } from './support.js';

describe('cycles', () => {
  ruleCases(cycles, [
    ['CYCLE', (d) => void plan(d).links!.push({ from: 'u', to: 'a' }), ['LINK_BACKWARDS', 'CYCLE']],
  ]);

  it('names the boxes of a cycle in order', () => {
    const doc = change((d) => void plan(d).links!.push({ from: 'u', to: 'a' }));
    const cycle = validate(doc).findings.find((f) => f.code === 'CYCLE')!;
    expect(cycle.details.boxes).toEqual(['a', 'o', 'u']);
    expect(findingData(cycle)).toEqual({
      code: 'CYCLE',
      details: { boxes: ['a', 'o', 'u'] },
      location: { box: 'a', path: ['plans', 0, 'boxes', 1], plan: 'p' },
      severity: 'error',
    });
  });
});
