/**
 * Appends every item to `target` in a loop. `target.push(...items)` passes each
 * item as an argument and overflows the stack past about 120,000 items; this
 * does not, whatever the size. Returns `target`.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `empty` when there are none (`Math.max(...values)` overflows on large arrays). */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let out: number | undefined;
  for (const v of values) if (out === undefined || v > out) out = v;
  return out ?? empty;
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let out: number | undefined;
  for (const v of values) if (out === undefined || v < out) out = v;
  return out ?? empty;
}
