import type { z } from 'zod';
import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import { closest } from './suggest.js';

type AnySchema = z.core.$ZodType;

/** Unwraps optional and similar wrappers down to the schema that holds the shape. */
function core(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
      s = def.innerType;
    } else return s;
  }
}

/**
 * Reports keys that the schema does not know. They are kept in the value (objects
 * are loose), so nothing is lost; keys starting with `x-` are the user's own
 * extensions and are not reported.
 */
export function findUnknownKeys(schema: AnySchema, value: unknown): Finding[] {
  const findings: Finding[] = [];
  const stack: { schema: AnySchema; value: unknown; path: PathSegment[] }[] = [{ schema, value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const s = core(item.schema);
    const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && def.shape && isPlainObject(item.value)) {
      const shape = def.shape;
      const known = Object.keys(shape);
      for (const key of Object.keys(item.value)) {
        const child = shape[key];
        if (Object.hasOwn(shape, key) && child) {
          stack.push({ schema: child, value: item.value[key], path: [...item.path, key] });
        } else if (
          !key.startsWith('x-') &&
          key !== '__proto__' &&
          key !== 'constructor' &&
          key !== 'prototype'
        ) {
          const suggestion = closest(key, known);
          findings.push(
            createFinding(
              'UNKNOWN_KEY',
              { path: [...item.path, key] },
              suggestion ? { key, suggestion } : { key },
            ),
          );
        }
      }
    } else if (def.type === 'array' && def.element && Array.isArray(item.value)) {
      const element = def.element;
      item.value.forEach((v, i) => {
        stack.push({ schema: element, value: v, path: [...item.path, i] });
      });
    }
  }
  return findings.reverse();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
