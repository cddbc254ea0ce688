/**
 * Reads a number typed by a person in Swedish or English: spaces as thousands
 * separators (`1 500`), a decimal comma (`5,5`), a Unicode minus and a trailing
 * `%` (`12 %` is 12, the number shown) are accepted. Returns undefined for any
 * other text, and for text that is ambiguous (`1.500,5`, `1,500,000`).
 * The xlsx reader and the YAML/JSON reader use the same rules.
 */
export function parseNumber(text: string): number | undefined {
  let t = text.replace(/[\s\u00A0\u202F\u2009]/g, '').replace(/\u2212/g, '-');
  if (t.endsWith('%')) t = t.slice(0, -1);
  if (t.includes(',') && !t.includes('.') && t.indexOf(',') === t.lastIndexOf(',')) t = t.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
