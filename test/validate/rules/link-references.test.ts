import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/index.js';
import { linkReferences } from '../../../src/validate/rules/link-references.js';
import { change, plan, ruleCases } from './support.js';

describe('link-references', () => {
  ruleCases(linkReferences, [
    [
      'LINK_UNKNOWN_BOX',
      (d) => void (plan(d).links![4]!.to = 'll'),
      ['LINK_UNKNOWN_BOX', 'ISOLATED_BOX', 'ACTIVITY_WITHOUT_EFFECT'],
    ],
    ['DUPLICATE_LINK', (d) => void plan(d).links!.push({ from: 'r', to: 'a' }), ['DUPLICATE_LINK']],
  ]);

  it('suggests the box id a link probably meant', () => {
    const doc = change((d) => void (plan(d).links![4]!.to = 'll'));
    const f = validate(doc).findings.find((x) => x.code === 'LINK_UNKNOWN_BOX')!;
    expect(f.details.suggestion).toBe('l');
    expect(f.location).toMatchObject({
      plan: 'p',
      path: ['plans', 0, 'links', 4],
      link: { from: 'k', to: 'll' },
    });
  });
});
