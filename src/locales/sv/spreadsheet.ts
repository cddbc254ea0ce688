import type { spreadsheetCodes } from '../../findings/catalog/spreadsheet.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, q, show } from '../message.js';

const KIND: Record<string, string> = {
  plan: 'Planen',
  box: 'Rutan',
  strategy: 'Strategin',
  goal: 'Målet',
  indicator: 'Indikatorn',
};
const kind = (v: Details[string]) => KIND[String(v)] ?? show(v);

/** What an Extra (JSON) cell holds instead of an object. */
const SV_JSON: Readonly<Record<string, string>> = {
  syntax: 'texten är inte giltig JSON',
  list: 'det är en lista',
  text: 'det är en text',
  number: 'det är ett tal',
  boolean: 'det är sant eller falskt',
  null: 'det är null',
};

/** Swedish messages of the spreadsheet module. */
export const svSpreadsheet: MessageTable<keyof typeof spreadsheetCodes> = {
  SHEET_NO_DATA: {
    text: () => 'Arbetsboken har inget blad som går att läsa som en effektkedja.',
    hint: () =>
      'Bladen ska heta Planer, Rutor, Länkar, Målkopplingar, Indikatorer, Värden, Strategier, Mål … (se docs/spreadsheet.md).',
  },
  SHEET_UNKNOWN_SHEET: {
    text: (d) => `Bladet ${q(d.sheet)} är okänt och läses inte.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : `Kända blad: ${show(d.expected)}.`),
  },
  SHEET_DUPLICATE_SHEET: {
    text: (d) => `Bladet ${q(d.sheet)} är samma sorts blad som ${q(d.first)}; bara det första läses.`,
    hint: () => 'Flytta raderna till det första bladet och ta bort det andra.',
  },
  SHEET_MISSING_COLUMN: {
    text: (d) => `Bladet ${q(d.sheet)} saknar kolumnen ${q(d.column)}.`,
    hint: () => 'Kolumnrubrikerna står på första raden; se docs/spreadsheet.md för bladets kolumner.',
  },
  SHEET_UNKNOWN_COLUMN: {
    text: (d) => `Kolumnen ${q(d.column)} på bladet ${q(d.sheet)} är okänd och läses inte.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Egna uppgifter kan skrivas i kolumnen Extra (JSON), t.ex. {"x-diarienummer": "2024-17"}.',
  },
  SHEET_DUPLICATE_COLUMN: {
    text: (d) => `Kolumnen ${q(d.column)} finns två gånger på bladet ${q(d.sheet)}; bara den första läses.`,
  },
  SHEET_MISSING_VALUE: {
    text: (d) => `Cellen i kolumnen ${q(d.column)} är tom, men här behövs ett värde.`,
    hint: (d) =>
      d.column === 'Plan'
        ? 'Skriv planens id; det kan bara utelämnas när arbetsboken har en enda plan.'
        : 'Fyll i cellen.',
  },
  SHEET_BAD_LEVEL: {
    text: (d) => `${q(d.found)} är ingen nivå i effektkedjan.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : `Välj en av: ${show(d.expected)}.`),
  },
  SHEET_BAD_VALUE: {
    text: (d) =>
      `${q(d.found)} är inte ett tillåtet värde i kolumnen ${q(d.column)}; tillåtna är ${show(d.expected)}.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Välj ett värde i rullgardinslistan.'),
  },
  SHEET_BAD_NUMBER: {
    text: (d) =>
      d.expected === 'integer'
        ? `${q(d.found)} i kolumnen ${q(d.column)} är inte ett heltal.`
        : `${q(d.found)} i kolumnen ${q(d.column)} är inte ett tal.`,
    hint: () => 'Skriv bara siffror, t.ex. 1300000 eller 41,2; enheten hör hemma i kolumnen Enhet.',
  },
  SHEET_BAD_JSON: {
    text: (d) =>
      `Cellen i kolumnen ${q(d.column)} är inte ett JSON-objekt: ${SV_JSON[String(d.reason)] ?? show(d.reason)}.`,
    hint: () => 'Skriv t.ex. {"x-diarienummer": "2024-17"}, eller töm cellen.',
  },
  SHEET_DUPLICATE_ID: {
    text: (d) =>
      `${kind(d.kind)} ${q(d.id)} finns redan på rad ${show(d.firstRow)}; rader som hänvisar till id:t hamnar hos den första.`,
    hint: () => 'Ge varje rad ett eget id.',
  },
  SHEET_UNKNOWN_REFERENCE: {
    text: (d) => `${kind(d.kind)} ${q(d.id)} i kolumnen ${q(d.column)} finns inte i arbetsboken.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : `Lägg till den på bladet ${q(d.target)} eller rätta id:t.`,
  },
  SHEET_BOTH_OWNERS: {
    text: () => 'Raden anger både en ruta och ett mål; en indikator hör till det ena eller det andra.',
    hint: () => 'Töm kolumnerna Plan och Ruta, eller Strategi och Mål.',
  },
  SHEET_SECOND_RUS: {
    text: (d) => `En arbetsbok har en enda RUS; den finns redan på rad ${show(d.firstRow)}.`,
    hint: () => 'Gör raden till en understrategi, eller flytta den andra RUS:en till en egen arbetsbok.',
  },
  SHEET_FORMULA_WITHOUT_RESULT: {
    text: (d) => `Cellen innehåller formeln ${q(d.formula)} men inget beräknat värde.`,
    hint: () => 'Öppna och spara arbetsboken i Excel så att formeln räknas ut, eller skriv värdet direkt.',
  },
  SHEET_CELL_ERROR: {
    text: (d) => `Cellen innehåller felvärdet ${show(d.error)}.`,
    hint: () => 'Rätta formeln eller skriv värdet direkt.',
  },
  SHEET_CARRIED_AS_JSON: {
    text: (d) =>
      `${show(d.count)} värden på bladet ${q(d.sheet)} kan inte stå i vanliga celler och följer med i kolumnen Extra (JSON): ${show(d.keys)}.`,
    hint: () => 'Inget går förlorat; ändra dem i kolumnen Extra (JSON) eller i YAML-filen.',
  },
  SHEET_VALUE_NOT_CARRIED: {
    text: (d) =>
      `Värdet i ${q(d.key)} (${show(d.found)}) kan inte sparas i en arbetsbok och läses tillbaka som ${show(d.becomes)}.`,
    hint: () => 'Behåll dokumentet i YAML eller JSON om värdet måste finnas kvar exakt.',
  },
  SHEET_CELL_TOO_LONG: {
    text: (d) =>
      `En cell på bladet ${q(d.sheet)} får ${show(d.length)} tecken; Excel visar högst ${show(d.max)} och kortar av resten om cellen ändras.`,
    hint: () =>
      'Biblioteket läser hela cellen, men redigera den inte i Excel. Korta texten eller håll dokumentet i YAML.',
  },
};
