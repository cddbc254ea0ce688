/**
 * Whether `JSON.parse(JSON.stringify(value))` gives back what a structured clone of `value`
 * would: plain objects (prototype `Object.prototype` or none), dense arrays, strings, booleans,
 * `null` and finite numbers other than `-0`. JSON has no `-0`, `NaN`, `±Infinity` or
 * `undefined`, and no holes: a value holding one of them is not exact. A value that holds
 * one object in two places is exact only in shape: JSON gives two copies, a structured clone
 * one; the caller answers for that (a worker sends JSON only for a text without aliases).
 *
 * A read worker sends a result this way when it can: `JSON.parse` takes a document in about
 * twice as fast as deserialising its structured clone, on the thread that must take in every
 * document (docs/performance.md).
 * @internal
 */
export function jsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        // A hole reads as undefined, which is not exact either.
        for (let i = 0; i < value.length; i++) if (!jsonExact(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!jsonExact((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
