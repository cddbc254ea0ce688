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
  // Only sections and lists go on the stack: a text is checked where it is found, so a list of a
  // million values costs no million stack entries and paths (issue 19).
  const text = (value: string, path: readonly PathSegment[], step: PathSegment) => {
    if (value.length > limits.maxTextLength) {
      findings.push(
        createFinding(
          'LIMIT_EXCEEDED',
          { path: [...path, step] },
          { limit: 'maxTextLength', max: limits.maxTextLength, found: value.length },
        ),
      );
    }
  };
  if (typeof root === 'string' && root.length > limits.maxTextLength) {
    findings.push(
      createFinding(
        'LIMIT_EXCEEDED',
        { path: [] },
        { limit: 'maxTextLength', max: limits.maxTextLength, found: root.length },
      ),
    );
  }
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
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
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') text(item, path, i);
      }
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, i] });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN.has(key)) {
        findings.push(createFinding('FORBIDDEN_KEY', { path: [...path, key] }, { key }));
        continue;
      }
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'string') text(item, path, key);
      else if (item !== null && typeof item === 'object') stack.push({ value: item, path: [...path, key] });
    }
  }
  return findings;
}
