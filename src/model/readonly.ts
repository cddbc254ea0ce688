/** A value that is deeply not a container: kept as it is by {@link DeepReadonly}. */
type Atom = string | number | boolean | bigint | symbol | null | undefined | Date | RegExp;

/**
 * `T` read-only all the way down: every property `readonly`, every array a `readonly` array
 * (a tuple stays a tuple), a `Map` a `ReadonlyMap`, a `Set` a `ReadonlySet`; functions, dates and
 * regular expressions stay as they are. The model's types (`Document`, `Plan`, `Box` …) are
 * deeply read-only, so what the library returns cannot be changed by mistake (an edit's document
 * and the templates are frozen at run time too; a parsed document is not) and a read-only value
 * can be passed wherever the library takes one. The same type as immer's `Immutable<T>`:
 * immer's `produce` gives a mutable draft of it.
 */
export type DeepReadonly<T> = unknown extends T
  ? T
  : T extends Atom
    ? T
    : T extends (...args: never[]) => unknown
      ? T
      : T extends ReadonlyMap<infer K, infer V>
        ? ReadonlyMap<DeepReadonly<K>, DeepReadonly<V>>
        : T extends ReadonlySet<infer V>
          ? ReadonlySet<DeepReadonly<V>>
          : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/** `T` with its own properties writable (one level deep), for code that builds a value field by field. Internal. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
