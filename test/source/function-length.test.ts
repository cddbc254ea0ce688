// A budget on function length (issue 21): a function does one thing, and one thing fits on a screen.
// Functions past the budget are listed with the length they have now; they may shrink, never grow,
// and a new one past the budget fails. src/cli is included since its `program` was split per command.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUDGET = 100;
/** Longer than the budget today: `file:name` → lines. Shrink these; do not add to them. */
const KNOWN: Record<string, number> = {};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) for (const f of sources(p)) out.push(f);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every function in src of more than `min` lines, by `file:name`. */
function longFunctions(min: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of sources(join(ROOT, 'src'))) {
    const name = relative(ROOT, file).split('\\').join('/');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > min) {
          const fn =
            node.name?.getText(source) ??
            (ts.isVariableDeclaration(node.parent)
              ? node.parent.name.getText(source)
              : `<anonymous at ${start + 1}>`);
          out.set(`${name}:${fn}`, Math.max(lines, out.get(`${name}:${fn}`) ?? 0));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('function length', () => {
  const long = longFunctions(BUDGET);

  it(`keeps every function within ${BUDGET} lines, or within its listed length`, () => {
    const over: string[] = [];
    for (const [fn, lines] of long) if (lines > (KNOWN[fn] ?? BUDGET)) over.push(`${fn} (${lines} lines)`);
    expect(over).toEqual([]);
  });

  it('lists no function that is already within the budget (a split one leaves the list)', () => {
    expect(Object.keys(KNOWN).filter((fn) => !long.has(fn))).toEqual([]);
  });

  it('finds a long function when there is one (the scan works)', () => {
    expect(longFunctions(40).size).toBeGreaterThan(10);
  });
});
