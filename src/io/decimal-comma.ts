import { isMap, isPair, isScalar, visit, type Document as YamlDocument } from 'yaml';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { LineIndex } from './position.js';

/**
 * Finds Swedish decimal commas that YAML split inside `{ }`: in
 * `{ value: 5,5, year: 2025 }` the comma separates entries, so YAML reads
 * `value: 5` and an empty key `5`. That is never what a person meant, and
 * guessing is not safe either (`{ a: 5,5 }` could be two entries), so each
 * one is an error that shows how to write the number. Outside `{ }` the
 * text `5,5` stays text and is read as the number 5.5 (see check-numbers).
 */
export function findDecimalCommas(doc: YamlDocument, text: string, index: LineIndex): Finding[] {
  const found: Finding[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map) || !map.flow) return;
      const items = map.items;
      for (let i = 1; i < items.length; i++) {
        const prev = items[i - 1]!;
        const item = items[i]!;
        if (!isPair(prev) || !isPair(item)) continue;
        const k = item.key;
        const v = prev.value;
        const emptyValue = item.value === null || (isScalar(item.value) && item.value.source === '');
        if (!isScalar(k) || !isScalar(v) || !emptyValue) continue;
        if (k.type !== 'PLAIN' || v.type !== 'PLAIN' || !k.range || !v.range) continue;
        if (typeof v.value !== 'number' || !/^\d+$/.test(text.slice(k.range[0], k.range[1]))) continue;
        const whole = text.slice(v.range[0], v.range[1]);
        if (!/^[+-]?\d+$/.test(whole) || text.slice(v.range[1], k.range[0]) !== ',') continue;
        const digits = text.slice(k.range[0], k.range[1]);
        const key = isScalar(prev.key) ? String(prev.key.value) : '?';
        found.push(
          createFinding('DECIMAL_COMMA', index.position(v.range[0]), {
            key,
            found: `${whole},${digits}`,
            number: `${whole}.${digits}`,
          }),
        );
      }
    },
  });
  return found;
}

/**
 * A `%YAML 1.1` directive would switch the parser to YAML 1.1, where `1:30` is 90,
 * `0b11111101000` is 2024, dates become objects and `<<` merges mappings. The
 * format is YAML 1.2 core whatever the file says: the directive lines are turned
 * into comments of the same length, so every line and column stays where it was.
 */
export function ignoreYamlDirective(text: string): string {
  if (!/^%YAML/m.test(text)) return text;
  const end = /^---/m.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  return head.replace(/^%YAML/gm, '#YAML') + text.slice(head.length);
}
