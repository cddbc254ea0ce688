import type { convertCodes } from '../../findings/catalog/convert.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, show } from '../message.js';

const FORMAT: Record<string, string> = {
  json: 'JSON',
  xlsx: 'an Excel workbook',
  yaml: 'YAML without the original text',
};
const to = (d: Details) => FORMAT[String(d.to)] ?? show(d.to);
const list = (v: Details[string]) => (Array.isArray(v) ? v.join(', ') : show(v));
const first = (v: Details[string], total: number) =>
  Array.isArray(v) && v.length < total ? `first on lines ${list(v)}` : `on lines ${list(v)}`;

/** English messages of converting between formats. */
export const enConvert: MessageTable<keyof typeof convertCodes> = {
  CONVERT_COMMENTS_DROPPED: {
    text: (d) =>
      `${show(d.count)} ${d.count === 1 ? 'comment is' : 'comments are'} not written, since ${to(d)} cannot hold comments (${first(d.lines, Number(d.count))}).`,
    hint: () => 'Keep the YAML file as the original, or convert to YAML, which keeps comments.',
  },
  CONVERT_ANCHORS_DROPPED: {
    text: (d) =>
      `${show(d.anchors)} YAML ${d.anchors === 1 ? 'anchor' : 'anchors'} (&) and ${show(d.aliases)} ${d.aliases === 1 ? 'alias' : 'aliases'} (*) are written out as copies in ${to(d)} (${first(d.lines, Number(d.anchors) + Number(d.aliases))}).`,
    hint: () =>
      'The values are the same; only the sharing is gone. Editing one copy no longer changes the others.',
  },
  CONVERT_NONFINITE_DROPPED: {
    text: (d) =>
      `${show(d.count)} ${d.count === 1 ? 'number is' : 'numbers are'} not finite (.nan, .inf or too large, such as 1e400) and ${d.count === 1 ? 'becomes' : 'become'} null in JSON: ${list(d.paths)}.`,
    hint: () => 'Write the value as a finite number, or leave it out.',
  },
};
