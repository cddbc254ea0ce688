import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/**
 * Runs an ES-module script in a child Node with its heap capped at `heapMB`, and
 * returns what it printed as JSON. The child must exit 0 with nothing on stderr:
 * a heap out-of-memory or a thrown error fails the test, which is the point.
 */
export function runHeapCapped<T>(heapMB: number, script: string): T {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMB}`, '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      timeout: 180_000,
    },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}
