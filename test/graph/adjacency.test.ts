// The compact adjacency's walks, as the rules and custom rules use them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAdjacency, markReachable, reachableIn } from '../../src/graph/adjacency.js';

// Reachability the plain way: a fixed point over the edge list.
function reachableByHand(n: number, edges: readonly [number, number][], starts: readonly number[]): number[] {
  const seen = new Array<number>(n).fill(0);
  for (const s of starts) seen[s] = 1;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of edges)
      if (seen[a] && !seen[b]) {
        seen[b] = 1;
        changed = true;
      }
  }
  return seen;
}

const graph = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
    starts: fc.array(fc.nat(n - 1), { maxLength: 6 }),
  }),
);

describe('reachability over the compact adjacency', () => {
  it('finds every node reachable from the starts, and no other (property)', () => {
    fc.assert(
      fc.property(graph, ({ n, edges, starts }) => {
        const adjacency = buildAdjacency(
          n,
          edges.map((e) => e[0]),
          edges.map((e) => e[1]),
          new Uint8Array(edges.length),
        );
        expect([...reachableIn(starts, adjacency)]).toEqual(reachableByHand(n, edges, starts));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answer into buffers reused from graph to graph, whatever they held before (property)', () => {
    // As the reachability rule reuses them over every plan: larger graphs first leave marks behind.
    const seen = new Uint8Array(64);
    const queue = new Int32Array(64);
    fc.assert(
      fc.property(fc.array(graph, { minLength: 1, maxLength: 5 }), (graphs) => {
        for (const { n, edges, starts } of graphs) {
          const adjacency = buildAdjacency(
            n,
            edges.map((e) => e[0]),
            edges.map((e) => e[1]),
            new Uint8Array(edges.length),
          );
          // Nodes past `count` in the start list (as stale entries of a reused list) are not starts.
          const marked = markReachable([...starts, 0, n - 1], starts.length, adjacency, seen, queue);
          expect([...marked.subarray(0, n)]).toEqual(reachableByHand(n, edges, starts));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
