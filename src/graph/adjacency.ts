/**
 * Adjacency lists in compact form: the neighbours of node `i` are
 * `to[start[i]]` up to (not including) `to[start[i + 1]]`, in edge order.
 * Two flat arrays per graph instead of one array per node, which matters when a
 * national document set holds 200,000 boxes whose indexes all stay alive at once.
 */
export interface Adjacency {
  readonly start: readonly number[];
  readonly to: readonly number[];
}

/**
 * Builds the adjacency of `n` nodes from edges given as parallel arrays (edge `e`
 * goes from `tail[e]` to `head[e]`), leaving out edges where `skip[e]` is non-zero.
 * Neighbours keep the order of the edges (a stable counting sort).
 */
export function buildAdjacency(
  n: number,
  tail: readonly number[],
  head: readonly number[],
  skip: ArrayLike<number>,
): Adjacency {
  const start = new Array<number>(n + 1).fill(0);
  let kept = 0;
  for (let e = 0; e < tail.length; e++) {
    if (skip[e]) continue;
    start[tail[e]! + 1]! += 1;
    kept++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const to = new Array<number>(kept).fill(0);
  const next = scratch(n).order;
  for (let i = 0; i < n; i++) next[i] = start[i]!;
  for (let e = 0; e < tail.length; e++) {
    if (skip[e]) continue;
    to[next[tail[e]!]!++] = head[e]!;
  }
  return { start, to };
}

/** The number of neighbours of node `i`. */
export function degree(graph: Adjacency, i: number): number {
  return graph.start[i + 1]! - graph.start[i]!;
}

/** The adjacency as one array of neighbours per node (the form of `successors` and `predecessors`). */
export function toLists(graph: Adjacency): number[][] {
  const lists: number[][] = [];
  for (let i = 0; i + 1 < graph.start.length; i++)
    lists.push(graph.to.slice(graph.start[i], graph.start[i + 1]));
  return lists;
}

/** Every node reachable from the start nodes along the edges (iterative breadth-first, so no depth limit). */
export function reachableIn(starts: readonly number[], graph: Adjacency): Uint8Array {
  const n = graph.start.length - 1;
  return markReachable(starts, starts.length, graph, new Uint8Array(n), new Int32Array(n));
}

/**
 * `reachableIn` from the first `count` of `starts`, into buffers the caller reuses from
 * graph to graph (a rule over every plan of a national set): `seen` and `queue` hold at
 * least one entry per node; `seen`'s first entries are cleared and returned filled. Typed
 * buffers, since emptying a JavaScript array (`length = 0`) drops its storage.
 */
export function markReachable(
  starts: ArrayLike<number>,
  count: number,
  graph: Adjacency,
  seen: Uint8Array,
  queue: Int32Array,
): Uint8Array {
  seen.fill(0, 0, graph.start.length - 1);
  let tail = 0;
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    if (!seen[s]) {
      seen[s] = 1;
      queue[tail++] = s;
    }
  }
  // Each node is queued once at most, so `queue` never needs more than one entry per node.
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let k = graph.start[node]!; k < graph.start[node + 1]!; k++) {
      const to = graph.to[k]!;
      if (!seen[to]) {
        seen[to] = 1;
        queue[tail++] = to;
      }
    }
  }
  return seen;
}

/**
 * Marks the edges that repeat an earlier edge with the same ends: sets `skip[e]`
 * and returns them in edge order. Edges already skipped are left out. Linear:
 * edges are grouped by tail (a counting sort) and each group's heads stamped, so
 * neither a hub node with 100,000 edges nor a huge graph makes it slow.
 */
export function markRepeatedEdges(
  n: number,
  tail: readonly number[],
  head: readonly number[],
  skip: Uint8Array,
): number[] {
  const m = tail.length;
  const { start, order, stamp } = scratch(n, m);
  start.fill(0, 0, n + 1);
  stamp.fill(0, 0, n);
  for (let e = 0; e < m; e++) if (!skip[e]) start[tail[e]! + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  for (let e = 0; e < m; e++) if (!skip[e]) order[start[tail[e]!]!++] = e;
  // `start[i]` now holds the end of group i, so group i runs from start[i - 1] (0 for i = 0).
  const repeated: number[] = [];
  for (let from = 0, pos = 0; from < n; from++) {
    for (; pos < start[from]!; pos++) {
      const e = order[pos]!;
      if (stamp[head[e]!] === from + 1) {
        skip[e] = 1;
        repeated.push(e);
      } else stamp[head[e]!] = from + 1;
    }
  }
  return repeated.sort((a, b) => a - b);
}

// Work arrays shared by all builds: adjacency is built for every plan of a document set.
let work = { start: new Int32Array(65), order: new Int32Array(64), stamp: new Int32Array(64) };
function scratch(n: number, m = 0): typeof work {
  if (work.start.length < n + 1 || work.order.length < m) {
    const size = Math.max(n, m, work.order.length * 2);
    work = { start: new Int32Array(size + 1), order: new Int32Array(size), stamp: new Int32Array(size) };
  }
  return work;
}
