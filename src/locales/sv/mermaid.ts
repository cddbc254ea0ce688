import type { mermaidCodes } from '../../findings/catalog/mermaid.js';
import type { MermaidWords } from '../mermaid-words.js';
import { type MessageTable, q, show } from '../message.js';

const SPLIT_HINT =
  'Dela upp diagrammet: en plan i taget (plan; --plan), slå ihop nivåer till antal (collapse; --collapse aktiviteter,prestationer) eller visa färre detaljer (showIndicators: false; utan --indicators).';

/** sv messages of the mermaid module. */
export const svMermaid: MessageTable<keyof typeof mermaidCodes> = {
  MERMAID_INPUT_INVALID: {
    text: (d) => `Det går inte att rita ${show(d.what)}: det är varken en plan, ett dokument eller en mall.`,
    hint: () => 'Läs in dokumentet med parseDocument först; det ger en plan, ett dokument eller en mall.',
  },
  MERMAID_PLAN_NOT_FOUND: {
    text: (d) => `Planen ${q(d.plan)} finns inte i dokumentet.`,
    hint: (d) => `Planer i dokumentet: ${show(d.available)}.`,
  },
  MERMAID_TEMPLATE_NOT_FOUND: {
    text: (d) => `Mallen ${q(d.template)} finns inte.`,
    hint: (d) =>
      d.available
        ? `Kända mallar: ${show(d.available)}.`
        : 'Skicka mallen som indata eller i alternativet templates.',
  },
  MERMAID_FIRST_PLAN_CHOSEN: {
    text: (d) => `Dokumentet har ${show(d.count)} planer; diagrammet visar den första, ${q(d.plan)}.`,
    hint: () =>
      "Välj plan med alternativet plan (--plan på kommandoraden), eller visa alla med view: 'portfolio' (--view portfolio).",
  },
  MERMAID_NOTHING_TO_DRAW: {
    text: () => 'Det finns inga rutor att rita.',
  },
  MERMAID_BOX_SKIPPED: {
    text: (d) => `Rutan ${q(d.box)} har en okänd nivå ${q(d.level)} och ritas inte.`,
    hint: () => 'Kör validate() för att se alla fel i dokumentet.',
  },
  MERMAID_LINK_SKIPPED: {
    text: (d) =>
      d.from === d.to
        ? `Länken ${q(d.from)} → ${q(d.to)} ritas inte: en ruta kan inte bidra till sig själv.`
        : `Länken ${q(d.from)} → ${q(d.to)} ritas inte: ${q(d.missing)} finns inte i diagrammet.`,
    hint: () => 'Kör validate() för att se alla fel i dokumentet.',
  },
  MERMAID_TEXT_TOO_LARGE: {
    text: (d) =>
      `Diagramtexten är ${show(d.length)} tecken, över Mermaids gräns ${show(d.limit)}; Mermaid visar då ett felmeddelande i stället för diagrammet.`,
    hint: () => SPLIT_HINT,
  },
  MERMAID_TOO_MANY_EDGES: {
    text: (d) =>
      `Diagrammet har ${show(d.edges)} pilar, över Mermaids gräns ${show(d.limit)}; Mermaid vägrar då rita det.`,
    hint: () => SPLIT_HINT,
  },
  MERMAID_NOT_INSTALLED: {
    text: (d) => `Paketet ${q(d.package)} behövs för att rita diagram men är inte installerat.`,
    hint: (d) => `Installera det: npm install ${show(d.package)}`,
  },
  MERMAID_CHROMIUM_MISSING: {
    text: () => 'Ingen Chromium hittades; SVG, PNG och PDF ritas i en webbläsare utan fönster.',
    hint: () =>
      'Installera Chromium (Debian/Ubuntu: apt-get install chromium) eller ange sökvägen med executablePath eller EFFEKTKEDJA_CHROMIUM.',
  },
  MERMAID_RENDER_FAILED: {
    text: (d) => `Mermaid kunde inte rita diagrammet: ${show(d.reason)}.`,
  },
};

/** Swedish words in diagrams. */
export const svMermaidWords: MermaidWords = {
  understrategi: (name) => `Understrategi: ${name}`,
  rus: (name) => `RUS: ${name}`,
  template: (name) => `Mall: ${name}`,
  track: (name) => `Spår: ${name}`,
  findings: (n) => `⚠ ${n} fynd`,
  collapsed: (n, level) => `${n} × ${level}`,
  mandatory: 'obligatorisk',
  portfolio: (region, plans) => `${region ? `${region}: ` : ''}${plans} ${plans === 1 ? 'plan' : 'planer'}`,
  describe: (boxes, links, goals) =>
    `Effektkedja med ${boxes} ${boxes === 1 ? 'ruta' : 'rutor'} och ${links} ${links === 1 ? 'länk' : 'länkar'}` +
    (goals ? `, kopplad till ${goals} mål.` : '.'),
  empty: 'Tomt diagram',
  nationalGoal: 'Övergripande mål',
  zoomToolbar: 'Zooma diagrammet',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  zoomFit: 'Anpassa',
  zoomFitLabel: 'Anpassa diagrammet till fönstret, med läsbar text',
  zoomActual: 'Naturlig storlek',
  zoomOpen: 'Öppna i full storlek',
  zoomClose: 'Stäng',
  zoomHint:
    'Diagram: dra för att flytta, rulla eller nyp för att zooma; tangenterna + − 0 och pilarna fungerar också.',
  zoomInlineHint:
    'Diagram: klicka för att öppna i full storlek, dra för att flytta, Ctrl + rullning eller nyp för att zooma.',
};
