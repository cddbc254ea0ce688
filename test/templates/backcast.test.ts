import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backcast,
  type Document,
  EffektkedjaError,
  KUNSKAP_STRATEGIER,
  NATIONAL_TEMPLATES,
  parseDocument,
  safeBackcast,
  VAROR_TJANSTER_DIREKT,
  validate,
} from '../../src/index.js';
import { cli } from '../cli/harness.js';

const gotland = (): Document => {
  const r = parseDocument(
    readFileSync(new URL('../../examples/gotland-besoksnaring.yaml', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error('the example does not parse');
  return r.value;
};
const options = { planId: 'upplevelser', name: 'Upplevelser under lågsäsong' };

describe('backcasting: a plan built backwards from a goal', () => {
  it('links the chain’s last level to the goal and leaves every box to fill in', () => {
    const plan = backcast(gotland(), 'pp-lagsasong', VAROR_TJANSTER_DIREKT, options);
    expect(plan.goalLinks).toEqual([{ from: 'upplevelser-langsiktig', goal: 'pp-lagsasong' }]);
    expect(plan.boxes.every((b) => b.placeholder === true)).toBe(true);
    expect(plan.template).toBe('varor-tjanster-direkt');
    // The period is the horizon of the goal's understrategi (the programplan, 2023–2026).
    expect(plan.period).toEqual({ from: 2023, to: 2026 });
    expect(
      backcast(gotland(), 'pp-lagsasong', VAROR_TJANSTER_DIREKT, {
        ...options,
        period: { from: 2024, to: 2025 },
      }).period,
    ).toEqual({
      from: 2024,
      to: 2025,
    });
  });

  it('reaches the RUS at once: the findings are only the to-do list', () => {
    for (const template of NATIONAL_TEMPLATES) {
      const document = gotland();
      const plan = backcast(document, 'pp-lagsasong', template, options);
      const codes = new Set(
        validate({ ...document, plans: [...document.plans!, plan] }).findings.map((f) => f.code),
      );
      for (const c of codes)
        expect(['PLACEHOLDER_LEFT', 'INDICATOR_WITHOUT_BASELINE', 'INDICATOR_WITHOUT_TARGET']).toContain(c);
      expect(codes.has('PLACEHOLDER_LEFT')).toBe(true);
    }
  });

  it('refuses a goal that is not in the strategy, with a suggestion', () => {
    const r = safeBackcast(gotland(), 'pp-lagsasng', KUNSKAP_STRATEGIER, options);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.details])).toEqual([
      ['BACKCAST_UNKNOWN_GOAL', { goal: 'pp-lagsasng', suggestion: 'pp-lagsasong' }],
    ]);
    expect(() => backcast(gotland(), 'nowhere', KUNSKAP_STRATEGIER, options)).toThrow(EffektkedjaError);
  });

  it('effektkedja templates new --from-goal writes the plan; the validator gives the to-do list', async () => {
    const made = await cli([
      'templates',
      'new',
      'varor-tjanster-direkt',
      '--from',
      'examples/gotland-besoksnaring.yaml',
      '--from-goal',
      'pp-lagsasong',
      '--id',
      'upplevelser',
      '--name',
      'Upplevelser under lågsäsong',
    ]);
    expect(made.code).toBe(0);
    const written = parseDocument(made.stdout);
    if (!written.ok) throw new Error('the written plan does not parse');
    expect(written.value.plans![0]!.goalLinks).toEqual([
      { from: 'upplevelser-langsiktig', goal: 'pp-lagsasong' },
    ]);

    const refused = await cli(['templates', 'new', 'varor-tjanster-direkt', '--from-goal', 'pp-lagsasong']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--from');
    const unknown = await cli([
      'templates',
      'new',
      'varor-tjanster-direkt',
      '--from',
      'examples/gotland-besoksnaring.yaml',
      '--from-goal',
      'pp-lagsasng',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('BACKCAST_UNKNOWN_GOAL');
  });
});
