import type { Location, PathSegment } from '../findings/finding.js';

/** Adds the plan and box ids to a location whose path points inside a plan, when the raw data has them. */
export function withDomainLocation(location: Location, raw: unknown): Location {
  const path = location.path;
  if (path?.[0] !== 'plans' || typeof path[1] !== 'number') return location;
  const plan = at(raw, ['plans', path[1]]);
  const planId = idOf(plan);
  let out: Location =
    planId === undefined || location.plan !== undefined ? location : { ...location, plan: planId };
  if (path[2] === 'boxes' && typeof path[3] === 'number' && location.box === undefined) {
    const boxId = idOf(at(plan, ['boxes', path[3]]));
    if (boxId !== undefined) out = { ...out, box: boxId };
  }
  return out;
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

function at(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, seg) ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  }
  return v;
}
