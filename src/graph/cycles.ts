import { minOf } from '../collections/append.js';
/**
 * Strongly connected components of a directed graph given as adjacency lists
 * over node indices (Tarjan's algorithm, iterative: no recursion, so a chain of
 * 100,000 boxes cannot overflow the stack). Returns the components that form
 * cycles (more than one node, or a node linked to itself), each in cycle order.
 */
export function findCycles(successors: readonly (readonly number[])[]): number[][] {
  const n = successors.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let next = 0;
  const work: { node: number; edge: number }[] = [];

  for (let start = 0; start < n; start++) {
    if (index[start] !== -1) continue;
    work.push({ node: start, edge: 0 });
    index[start] = low[start] = next++;
    stack.push(start);
    onStack[start] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = successors[frame.node]!;
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (index[to] === -1) {
          index[to] = low[to] = next++;
          stack.push(to);
          onStack[to] = 1;
          work.push({ node: to, edge: 0 });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && edges.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(orderCycle(component, successors));
      }
    }
  }
  return cycles;
}

// Lists a component along one of its cycles so the message reads as a loop (a → b → c → a).
function orderCycle(component: number[], successors: readonly (readonly number[])[]): number[] {
  const members = new Set(component);
  const first = minOf(component);
  const order = [first];
  const seen = new Set([first]);
  let current = first;
  for (;;) {
    const nextNode = successors[current]!.find((s) => members.has(s) && !seen.has(s));
    if (nextNode === undefined) break;
    order.push(nextNode);
    seen.add(nextNode);
    current = nextNode;
  }
  return order;
}

/** Every node reachable from the start nodes along edges given as one array per node (`successors`, `predecessors`); `reachableIn` is the same walk over the compact `forward`/`backward`. */
export function reachable(starts: Iterable<number>, edges: readonly (readonly number[])[]): Uint8Array {
  const seen = new Uint8Array(edges.length);
  const queue: number[] = [];
  for (const s of starts) {
    if (!seen[s]) {
      seen[s] = 1;
      queue.push(s);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const to of edges[queue[head]!]!) {
      if (!seen[to]) {
        seen[to] = 1;
        queue.push(to);
      }
    }
  }
  return seen;
}
