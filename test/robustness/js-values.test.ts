import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  checkDocument,
  type Document,
  EDIT_OPERATIONS,
  type Edit,
  parseDocument,
  writeDocument,
} from '../../src/index.js';
import { FUZZ, TEST_TIMEOUT } from './fuzz.js';
import { timed, wellFormed } from './modules.js';

// Values no JSON or YAML text can hold, which a JavaScript caller can still pass.
const throwing = () => {
  throw new Error('hostile');
};
const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: throwing,
      ownKeys: throwing,
      getOwnPropertyDescriptor: throwing,
      getPrototypeOf: throwing,
      has: throwing,
    },
  );
const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwingGetter = () => Object.defineProperty({}, 'text', { enumerable: true, get: throwing });
const cycle = () => {
  const a: Record<string, unknown> = { id: 'a' };
  a.self = { back: a };
  return a;
};
const deep = (n: number, array: boolean) => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = array ? [v] : { k: v };
  return v;
};
const shared = (levels: number) => {
  let v: unknown = { x: 1 };
  for (let i = 0; i < levels; i++) v = { a: v, b: v };
  return v;
};
const sparse = () => {
  const a: unknown[] = [];
  a[3] = 'x';
  return a;
};
const hugeSparse = () => {
  const a: unknown[] = [];
  a.length = 2 ** 31;
  return a;
};
const nullProto = () => Object.assign(Object.create(null), { id: 'c', level: 'utfall', text: 'C' });

const named: Record<string, () => unknown> = {
  function: () => () => 1,
  symbol: () => Symbol('s'),
  bigint: () => 10n,
  throwingProxy,
  revokedProxy,
  throwingGetter,
  cycle,
  deepArrays: () => deep(10_000, true),
  deepObjects: () => deep(10_000, false),
  shared: () => shared(60),
  sparse,
  hugeSparse,
  nullProto,
  date: () => new Date(0),
  map: () => new Map([[1, 2]]),
  classInstance: () =>
    new (class Box {
      text = 'x';
    })(),
  protoKey: () => JSON.parse('{"__proto__": {"polluted": 1}, "text": "t"}'),
  nan: () => Number.NaN,
  longText: () => 'x'.repeat(200_000),
};

/**
 * Any JavaScript value: fast-check's own `anything` (bigints, maps, sets, dates, null
 * prototypes, sparse and typed arrays, boxed values) with the hostile kinds above
 * anywhere inside. Those are built inside the property (fast-check itself would trip
 * over a proxy that throws), from markers the arbitrary places.
 */
const HOSTILE = Symbol('hostile');
type Recipe = unknown;
const recipe: fc.Arbitrary<Recipe> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
    fc.constantFrom(...Object.keys(named)).map((name) => ({ [HOSTILE]: name })),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('id', 'text', 'level', 'x-data', '__proto__')),
      tie('value'),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

function build(r: Recipe): unknown {
  if (r === null || typeof r !== 'object') return r;
  const name = (r as { [HOSTILE]?: string })[HOSTILE];
  if (name !== undefined) return named[name]!();
  if (Array.isArray(r) && Object.getPrototypeOf(r) === Array.prototype) return r.map(build);
  const proto = Object.getPrototypeOf(r);
  if (proto !== Object.prototype && proto !== null) return r;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    Object.defineProperty(out, key, {
      value: build((r as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const BASE = checkDocument({
  formatVersion: 1,
  plans: [
    {
      id: 'p',
      name: 'P',
      kind: 'projekt',
      boxes: [
        { id: 'a', level: 'aktiviteter', text: 'A', indicators: [{ id: 'i', name: 'I', kind: 'count' }] },
        { id: 'b', level: 'utfall', text: 'B' },
      ],
    },
  ],
});
if (!BASE.ok) throw new Error('base document');
const doc: Document = BASE.value;

/** Every way the value can reach an edit: as the whole edit, its fields, a box, the changes, the options. */
function edits(v: unknown): [Edit, unknown][] {
  const box = { id: 'c', level: 'utfall', text: 'C' };
  return [
    [v as Edit, undefined],
    [{ op: 'updateBox', plan: 'p', box: 'a', changes: v } as Edit, undefined],
    [{ op: 'updateBox', plan: 'p', box: 'a', changes: { text: v, description: v } } as Edit, undefined],
    [{ op: 'addBox', plan: 'p', box: v } as Edit, undefined],
    [{ op: 'addBox', plan: 'p', box: { ...box, 'x-data': v } } as Edit, undefined],
    [{ op: 'connect', plan: 'p', from: v, to: 'b', assumption: v } as Edit, undefined],
    [{ op: 'connect', plan: 'p', from: 'a', to: 'b' } as Edit, { log: v }],
    [{ op: 'connect', plan: 'p', from: 'a', to: 'b' } as Edit, v],
    [{ op: 'setTarget', plan: 'p', indicator: 'i', target: v, reason: 'r' } as Edit, undefined],
    [{ op: 'recordMeasurement', plan: 'p', indicator: 'i', measurement: v } as Edit, undefined],
    [{ op: 'renameId', kind: v, plan: 'p', from: 'a', to: v } as Edit, undefined],
    [{ op: 'setClassification', plan: 'p', classification: v } as Edit, undefined],
  ];
}

/** The value goes through checkDocument and every edit: findings, never an exception, and what is accepted is data. */
function exercise(v: unknown): void {
  for (const raw of [
    v,
    { formatVersion: 1, plans: v },
    {
      formatVersion: 1,
      plans: [{ id: 'p', name: 'P', kind: 'projekt', boxes: [{ id: 'a', level: 'utfall', text: v }] }],
    },
    { formatVersion: 1, 'x-data': v },
  ]) {
    const r = timed(() => checkDocument(raw));
    wellFormed(r.findings);
    if (r.ok) {
      // What is accepted is a document of its own that writes and reads back.
      const back = parseDocument(writeDocument(r.value, { format: 'json' }));
      expect(back.ok, JSON.stringify(back.findings.slice(0, 2))).toBe(true);
    } else expect(r.findings.length).toBeGreaterThan(0);
  }
  for (const [edit, options] of edits(v)) {
    const r = timed(() => applyEdit(doc, edit, options as never));
    wellFormed(r.findings);
    if (r.ok) {
      const yaml = parseDocument(writeDocument(r.document));
      expect(yaml.ok, JSON.stringify(yaml.findings.slice(0, 2))).toBe(true);
    } else expect(r.findings.length).toBeGreaterThan(0);
  }
  for (const operation of Object.values(EDIT_OPERATIONS)) {
    const r = timed(() =>
      (operation as unknown as (d: Document, i: unknown) => { findings: unknown[] })(doc, v),
    );
    wellFormed(r.findings as never);
  }
}

describe('checkDocument and the edit API on any JavaScript value', () => {
  it.each(Object.keys(named))('%s: findings, never an exception', (name) => {
    exercise(named[name]!());
  });

  it(
    'any value at all (fast-check) gives findings, never an exception',
    () => {
      fc.assert(
        fc.property(recipe, (r) => exercise(build(r))),
        { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns! / 10) },
      );
    },
    TEST_TIMEOUT,
  );

  it('names what is wrong and where', () => {
    const codes = (v: unknown) =>
      checkDocument({
        formatVersion: 1,
        plans: [{ id: 'p', name: 'P', kind: 'projekt', boxes: [{ id: 'a', level: 'utfall', text: v }] }],
      }).findings.map((f) => [f.code, f.details.limit ?? f.details.found, f.location.path?.join('.')]);
    const at = 'plans.0.boxes.0.text';
    expect(codes(() => 1)).toEqual([['INVALID_TYPE', 'function', at]]);
    expect(codes(Symbol('s'))).toEqual([['INVALID_TYPE', 'symbol', at]]);
    expect(codes(1n)).toEqual([['INVALID_TYPE', 'bigint', at]]);
    expect(codes(throwingProxy())).toEqual([['INVALID_TYPE', 'unreadable', at]]);
    expect(codes(throwingGetter())).toEqual([['INVALID_TYPE', 'unreadable', at]]);
    expect(codes(cycle())).toEqual([['INVALID_TYPE', 'cycle', `${at}.self.back`]]);
    expect(codes(new Date(0))).toEqual([['INVALID_TYPE', 'date-object', at]]);
    expect(codes(new Map())).toEqual([['INVALID_TYPE', 'instance', at]]);
    expect(codes(deep(10_000, true))[0]?.[1]).toBe('maxDepth');
    expect(codes(shared(40))).toEqual([['LIMIT_EXCEEDED', 'maxValues', '']]);
    expect(codes(hugeSparse())).toEqual([['LIMIT_EXCEEDED', 'maxValues', at]]);
    expect(codes(JSON.parse('{"__proto__": 1}'))).toEqual([['FORBIDDEN_KEY', undefined, `${at}.__proto__`]]);
    // A null-prototype object is plain data; the holes of a sparse array are missing values.
    expect(checkDocument(Object.assign(Object.create(null), { formatVersion: 1 })).ok).toBe(true);
  });

  it('shared sub-objects are read once: a 2^60-value tree is refused at once, a modest sharing accepted', () => {
    const t = performance.now();
    const r = checkDocument({ formatVersion: 1, 'x-data': shared(60) });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.findings[0]?.details.limit).toBe('maxValues');
    expect(r.findings[0]?.details.found).toBeGreaterThan(2 ** 60);
    // The same measurement object used by many indicators is fine (copied as a tree, as JSON would).
    const m = { period: '2024', value: 1 };
    const boxes = Array.from({ length: 100 }, (_, i) => ({
      id: `b${i}`,
      level: 'utfall',
      text: 'x',
      indicators: [{ id: `i${i}`, name: 'I', kind: 'count', measurements: [m] }],
    }));
    const ok = checkDocument({ formatVersion: 1, plans: [{ id: 'p', name: 'P', kind: 'projekt', boxes }] });
    expect(ok.ok, JSON.stringify(ok.findings.slice(0, 2))).toBe(true);
  });

  it('an edit refuses the hostile part by its field, and the document is left as it was', () => {
    const r = applyEdit(doc, {
      op: 'updateBox',
      plan: 'p',
      box: 'a',
      changes: { description: cycle() },
    } as never);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.details.field, f.details.problem, f.details.found])).toEqual([
      ['EDIT_INVALID_VALUE', 'changes.description.self.back', 'INVALID_TYPE', 'cycle'],
    ]);
    const own = applyEdit(
      doc,
      JSON.parse('{"op":"updateBox","plan":"p","box":"a","changes":{"__proto__":{"x":1}}}'),
    );
    expect(own.findings.map((f) => [f.code, f.details.problem, f.details.field])).toEqual([
      ['EDIT_INVALID_VALUE', 'FORBIDDEN_KEY', 'changes.__proto__'],
    ]);
    const fn = applyEdit(doc, {
      op: 'addBox',
      plan: 'p',
      box: { id: 'c', level: 'utfall', text: 'C', 'x-f': () => 1 },
    } as never);
    expect(fn.findings.map((f) => [f.details.field, f.details.found])).toEqual([['box.x-f', 'function']]);
  });
});
