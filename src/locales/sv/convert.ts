import type { convertCodes } from '../../findings/catalog/convert.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, show } from '../message.js';

const FORMAT: Record<string, string> = {
  json: 'JSON',
  xlsx: 'en Excelbok',
  yaml: 'YAML utan originaltexten',
};
const to = (d: Details) => FORMAT[String(d.to)] ?? show(d.to);
const list = (v: Details[string]) => (Array.isArray(v) ? v.join(', ') : show(v));
const first = (v: Details[string], total: number) =>
  Array.isArray(v) && v.length < total ? `först på raderna ${list(v)}` : `på raderna ${list(v)}`;

/** Svenska meddelanden för konvertering mellan format. */
export const svConvert: MessageTable<keyof typeof convertCodes> = {
  CONVERT_COMMENTS_DROPPED: {
    text: (d) =>
      `${show(d.count)} ${d.count === 1 ? 'kommentar följer' : 'kommentarer följer'} inte med, eftersom ${to(d)} inte kan innehålla kommentarer (${first(d.lines, Number(d.count))}).`,
    hint: () => 'Behåll YAML-filen som original, eller konvertera till YAML, som behåller kommentarerna.',
  },
  CONVERT_ANCHORS_DROPPED: {
    text: (d) =>
      `${show(d.anchors)} YAML-ankare (&) och ${show(d.aliases)} ${d.aliases === 1 ? 'hänvisning' : 'hänvisningar'} (*) blir kopior av värdena i ${to(d)} (${first(d.lines, Number(d.anchors) + Number(d.aliases))}).`,
    hint: () =>
      'Värdena är desamma; bara delningen försvinner. Att ändra en kopia ändrar inte längre de andra.',
  },
  CONVERT_NONFINITE_DROPPED: {
    text: (d) =>
      `${show(d.count)} ${d.count === 1 ? 'tal är inte ändligt' : 'tal är inte ändliga'} (.nan, .inf eller för stora, som 1e400) och blir null i JSON: ${list(d.paths)}.`,
    hint: () => 'Skriv värdet som ett ändligt tal, eller ta bort det.',
  },
};
