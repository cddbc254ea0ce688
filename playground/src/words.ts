import type { Language } from 'effektkedja';

/** Every sentence the page itself shows, per language. Findings bring their own words from the library. */
export interface UiWords {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly switchTo: string;
  readonly examples: string;
  readonly chooseExample: string;
  readonly templates: string;
  readonly templatesMissing: string;
  readonly open: string;
  readonly fileLabel: string;
  readonly fileHelp: string;
  readonly xlsxNote: string;
  readonly editorLabel: string;
  readonly editorHelp: string;
  readonly planLabel: string;
  readonly allPlans: string;
  readonly showIndicators: string;
  readonly showAssumptions: string;
  readonly fitDiagram: string;
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomActual: string;
  /** The name of the 1:1 button, for screen readers and as its tooltip. */
  readonly zoomActualName: string;
  readonly zoomHelp: string;
  readonly diagram: string;
  readonly diagramEmpty: string;
  readonly diagramFailed: (reason: string) => string;
  readonly findings: string;
  readonly noFindings: string;
  readonly summary: (errors: number, warnings: number, infos: number) => string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly line: (line: number) => string;
  readonly downloads: string;
  readonly downloadMmd: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly downloadYaml: string;
  readonly downloadJson: string;
  readonly downloadReport: string;
  readonly needsValidPlan: string;
  readonly privacy: string;
  readonly clear: string;
  readonly dropHere: string;
  readonly fileTooLarge: string;
  readonly unreadable: (name: string) => string;
  readonly loaded: (name: string) => string;
  /** Several files of one region read together. */
  readonly joined: (names: readonly string[]) => string;
  readonly skipped: (names: readonly string[]) => string;
  readonly noneReadable: (names: readonly string[]) => string;
  readonly followup: string;
  readonly colIndicator: string;
  readonly colBox: string;
  readonly colStatus: string;
  readonly status: Readonly<Record<string, string>>;
}

const sv: UiWords = {
  title: 'Effektkedja – prova i webbläsaren',
  intro:
    'Klistra in, skriv eller släpp en insatsplan (YAML eller JSON). Kedjan ritas och granskas medan du skriver.',
  language: 'Språk',
  switchTo: 'English',
  examples: 'Exempel',
  chooseExample: 'Öppna ett exempel …',
  templates: 'Börja från en nationell mall',
  templatesMissing: 'Nationella mallar finns inte i den här versionen av biblioteket.',
  open: 'Öppna',
  fileLabel: 'Öppna fil',
  fileHelp:
    'YAML eller JSON. Välj eller släpp flera filer (strategifilen och planfilerna) för att läsa en region tillsammans.',
  xlsxNote:
    'Excel-filer (.xlsx) i kalkylbladsformatet (effektkedja convert) läses också, ensamma eller med strategifilen.',
  editorLabel: 'Dokument (YAML eller JSON)',
  editorHelp: 'Texten sparas bara i din webbläsare.',
  planLabel: 'Plan i diagrammet',
  allPlans: 'Alla planer (portfölj)',
  showIndicators: 'Visa indikatorer',
  showAssumptions: 'Visa antaganden',
  fitDiagram: 'Anpassa till bredden',
  zoom: 'Zoom',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  zoomActual: '1:1',
  zoomActualName: 'Naturlig storlek (1:1)',
  zoomHelp:
    'Dra i diagrammet för att flytta det, zooma med mushjulet eller genom att nypa. Med tangentbordet i diagrammet: + och − zoomar, 0 visar 1:1, F anpassar till bredden och pilarna flyttar.',
  diagram: 'Diagram',
  diagramEmpty: 'Inget att rita ännu.',
  diagramFailed: (reason) => `Diagrammet kunde inte ritas: ${reason}`,
  findings: 'Fynd',
  noFindings: 'Inga fynd. Kedjan håller ihop.',
  summary: (e, w, i) => `${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} info`,
  severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
  line: (n) => `rad ${n}`,
  downloads: 'Ladda ner',
  downloadMmd: 'Diagram (.mmd)',
  downloadSvg: 'Diagram (.svg)',
  downloadPng: 'Diagram (PNG)',
  downloadYaml: 'Plan (YAML)',
  downloadJson: 'Plan (JSON)',
  downloadReport: 'Rapport (.txt)',
  needsValidPlan: 'Rätta felen som hindrar läsning först.',
  privacy:
    'Allt körs i din webbläsare. Ingenting skickas någonstans; texten sparas bara lokalt (localStorage).',
  clear: 'Töm och glöm texten',
  dropHere: 'Släpp filen här',
  fileTooLarge: 'Filen är för stor för att öppnas här i webbläsaren (över 5 MB).',
  unreadable: (name) => `Kunde inte läsa ${name}.`,
  loaded: (name) => `Öppnade ${name}.`,
  joined: (names) => `Läste ${names.length} filer tillsammans som en region: ${names.join(', ')}.`,
  skipped: (names) =>
    `Kunde inte läsa ${names.join(', ')} (Excel-filer kräver Node; YAML och JSON måste vara hela dokument).`,
  noneReadable: (names) => `Ingen av filerna gick att läsa: ${names.join(', ')}.`,
  followup: 'Uppföljning av indikatorer',
  colIndicator: 'Indikator',
  colBox: 'Ruta',
  colStatus: 'Läge',
  status: {
    reached: 'Uppnått',
    'on-track': 'I fas',
    behind: 'Efter',
    missed: 'Ej nått',
    'no-data': 'Saknar data',
    'not-started': 'Ej påbörjad',
  },
};

const en: UiWords = {
  title: 'Effektkedja – playground',
  intro: 'Paste, type or drop an action plan (YAML or JSON). The chain is drawn and checked as you type.',
  language: 'Language',
  switchTo: 'Svenska',
  examples: 'Examples',
  chooseExample: 'Open an example …',
  templates: 'Start from a national template',
  templatesMissing: 'National templates are not in this version of the library.',
  open: 'Open',
  fileLabel: 'Open file',
  fileHelp:
    'YAML or JSON. Pick or drop several files (the strategy file and the plan files) to read a region together.',
  xlsxNote:
    'Excel workbooks (.xlsx) in the spreadsheet layout (effektkedja convert) are read too, alone or with the strategy file.',
  editorLabel: 'Document (YAML or JSON)',
  editorHelp: 'The text is kept in your browser only.',
  planLabel: 'Plan in the diagram',
  allPlans: 'All plans (portfolio)',
  showIndicators: 'Show indicators',
  showAssumptions: 'Show assumptions',
  fitDiagram: 'Fit to width',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomActual: '1:1',
  zoomActualName: 'Actual size (1:1)',
  zoomHelp:
    'Drag the diagram to move it, zoom with the mouse wheel or by pinching. With the keyboard in the diagram: + and − zoom, 0 shows 1:1, F fits to the width and the arrows move.',
  diagram: 'Diagram',
  diagramEmpty: 'Nothing to draw yet.',
  diagramFailed: (reason) => `The diagram could not be drawn: ${reason}`,
  findings: 'Findings',
  noFindings: 'No findings. The chain holds together.',
  summary: (e, w, i) =>
    `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  line: (n) => `line ${n}`,
  downloads: 'Download',
  downloadMmd: 'Diagram (.mmd)',
  downloadSvg: 'Diagram (.svg)',
  downloadPng: 'Diagram (PNG)',
  downloadYaml: 'Plan (YAML)',
  downloadJson: 'Plan (JSON)',
  downloadReport: 'Report (.txt)',
  needsValidPlan: 'Fix the errors that stop reading first.',
  privacy:
    'Everything runs in your browser. Nothing is sent anywhere; the text is kept locally (localStorage).',
  clear: 'Clear and forget the text',
  dropHere: 'Drop the file here',
  fileTooLarge: 'The file is too large for the playground (over 5 MB).',
  unreadable: (name) => `Could not read ${name}.`,
  loaded: (name) => `Opened ${name}.`,
  joined: (names) => `Read ${names.length} files together as one region: ${names.join(', ')}.`,
  skipped: (names) =>
    `Could not read ${names.join(', ')} (Excel files need Node; YAML and JSON must be whole documents).`,
  noneReadable: (names) => `None of the files could be read: ${names.join(', ')}.`,
  followup: 'Indicator follow-up',
  colIndicator: 'Indicator',
  colBox: 'Box',
  colStatus: 'Status',
  status: {
    reached: 'Reached',
    'on-track': 'On track',
    behind: 'Behind',
    missed: 'Missed',
    'no-data': 'No data',
    'not-started': 'Not started',
  },
};

/** The page's words in a language. */
export function uiWords(lang: Language): UiWords {
  return lang === 'en' ? en : sv;
}
