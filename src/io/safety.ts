import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Limits } from './limits.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks raw parsed data once, iteratively, before any schema sees it: keys that
 * could alter prototypes, nesting deeper than the limit, text longer than the limit.
 */
export function checkSafety(root: unknown, limits: Limits): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  let depthReported = false;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > limits.maxTextLength) {
        findings.push(
          createFinding(
            'LIMIT_EXCEEDED',
            { path },
            { limit: 'maxTextLength', max: limits.maxTextLength, found: value.length },
          ),
        );
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limits.maxDepth) {
      if (!depthReported) {
        findings.push(
          createFinding(
            'LIMIT_EXCEEDED',
            { path },
            { limit: 'maxDepth', max: limits.maxDepth, found: path.length + 1 },
          ),
        );
        depthReported = true;
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN.has(key)) {
        findings.push(createFinding('FORBIDDEN_KEY', { path: [...path, key] }, { key }));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return findings;
}
