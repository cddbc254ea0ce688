import type { Draft } from 'immer';

/** Replaces (or deletes, for `undefined`) the value at the `pick`-th slot of a deep copy of `doc`. */
export function mutate(doc: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const slots: [Record<string | number, unknown>, string | number][] = [];
  const stack: unknown[] = [copy];
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, Array.isArray(v) ? Number(k) : k]);
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  if (slots.length === 0) return copy;
  const [parent, key] = slots[pick % slots.length]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

/** Freezes a value and everything inside it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return value;
}

/**
 * A deep copy of a document (or any part of one) that a test may change. What the library
 * returns is deeply read-only (`DeepReadonly`); the copy is typed as immer's `Draft`, mutable.
 */
export function editable<T>(value: T): Draft<T> {
  return structuredClone(value) as Draft<T>;
}
