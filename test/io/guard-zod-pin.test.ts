import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileGuard } from '../../src/io/guard.js';
import { parseDocument } from '../../src/io/parse.js';
import { pathKey } from '../../src/io/position.js';
import { Document } from '../../src/model/document.js';

// The fast guard reads zod 4's schema definitions (`schema._zod.def`), which are
// not a documented API. These tests pin every part of them it reads, so a zod
// upgrade that changes them fails here rather than silently dropping to the slow path.
const def = (s: z.core.$ZodType) => s._zod.def as unknown as Record<string, unknown>;
const checkDef = (s: z.core.$ZodType, i = 0) =>
  (def(s).checks as { _zod: { def: Record<string, unknown> } }[])[i]!._zod.def;

describe('the fast guard and zod’s definitions', () => {
  it('compiles a guard for the whole document schema', () => {
    expect(compileGuard(Document)).toBeTypeOf('function');
  });

  it('finds the definition fields it reads where it reads them', () => {
    const shape = { a: z.string() };
    expect(def(z.object(shape))).toMatchObject({ type: 'object', shape });
    expect(def(z.object(shape).catchall(z.unknown())).catchall).toBeDefined();
    expect(def(z.array(z.number()))).toMatchObject({ type: 'array' });
    expect(def(def(z.array(z.number())).element as z.core.$ZodType).type).toBe('number');
    expect(def(z.string().optional())).toMatchObject({ type: 'optional' });
    expect(def(def(z.string().optional()).innerType as z.core.$ZodType).type).toBe('string');
    expect(def(z.enum(['a', 'b']))).toMatchObject({ type: 'enum', entries: { a: 'a', b: 'b' } });
    expect(def(z.literal(1))).toMatchObject({ type: 'literal', values: [1] });
    expect((def(z.union([z.string(), z.number()])).options as unknown[]).length).toBe(2);
    expect(def(z.number().int())).toMatchObject({ type: 'number' });
    expect(checkDef(z.string().min(1))).toMatchObject({ check: 'min_length', minimum: 1 });
    expect(checkDef(z.string().max(9))).toMatchObject({ check: 'max_length', maximum: 9 });
    expect(checkDef(z.string().regex(/x/))).toMatchObject({ check: 'string_format', format: 'regex' });
    expect(checkDef(z.string().refine(() => true))).toMatchObject({ check: 'custom' });
    expect(checkDef(z.string().refine(() => true)).fn).toBeTypeOf('function');
    const int = z.number().int();
    const format = def(int).format ?? (def(int).checks ? checkDef(int).format : undefined);
    expect(format).toBe('safeint');
    expect(checkDef(z.number().min(2))).toMatchObject({ check: 'greater_than', value: 2, inclusive: true });
    expect(checkDef(z.number().max(3))).toMatchObject({ check: 'less_than', value: 3, inclusive: true });
  });
});

describe('pathKey', () => {
  it('tells the root from a top-level empty key', () => {
    expect(pathKey([])).not.toBe(pathKey(['']));
  });

  it('locates MISSING_KEY formatVersion at 1:1 in a JSON document with an empty key', () => {
    const r = parseDocument('{\n  "plans": [],\n  "": 1\n}', { format: 'json' });
    const missing = r.findings.find((f) => f.code === 'MISSING_KEY');
    expect(missing?.details.key).toBe('formatVersion');
    expect([missing?.location.line, missing?.location.column]).toEqual([1, 1]);
    const unknown = r.findings.find((f) => f.code === 'UNKNOWN_KEY');
    expect([unknown?.location.line, unknown?.location.column]).toEqual([3, 3]);
  });
});
