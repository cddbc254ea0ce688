import {
  type Document,
  type DocumentPart,
  type Finding,
  formatFindings,
  type Language,
  mergeDocuments,
  parseDocument,
  pseudonymize,
  writeDocument,
} from 'effektkedja';
import { type Analysis, analyse } from './analyse.js';
import { asOfControl } from './as-of.js';
import { findNode, highlight, renderDiagram } from './diagram.js';
import { pngFile, saveFile, svgFile } from './download.js';
import { createEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import { renderFindings } from './findings-view.js';
import {
  type Diagram,
  documentFromTemplate,
  exportDiagram,
  followupRows,
  nationalTemplates,
} from './library.js';
import { forgetText, loadLanguage, loadText, saveLanguage, saveText } from './storage.js';
import { type UiWords, uiWords } from './words.js';
import { isWorkbook, readWorkbookFile, workbookStatus } from './workbook.js';
import { diagramView } from './zoom.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEBOUNCE_MS = 300;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el as T;
}

const ui = {
  langToggle: byId<HTMLButtonElement>('lang-toggle'),
  sourceSelect: byId<HTMLSelectElement>('source-select'),
  sourceOpen: byId<HTMLButtonElement>('source-open'),
  fileInput: byId<HTMLInputElement>('file-input'),
  status: byId<HTMLParagraphElement>('status'),
  textarea: byId<HTMLTextAreaElement>('editor'),
  gutter: byId<HTMLPreElement>('gutter'),
  dropZone: byId<HTMLDivElement>('drop-zone'),
  clear: byId<HTMLButtonElement>('clear'),
  planField: byId<HTMLDivElement>('plan-field'),
  planSelect: byId<HTMLSelectElement>('plan-select'),
  indicators: byId<HTMLInputElement>('show-indicators'),
  assumptions: byId<HTMLInputElement>('show-assumptions'),
  diagram: byId<HTMLDivElement>('diagram'),
  stage: byId<HTMLDivElement>('diagram-stage'),
  zoomActual: byId<HTMLButtonElement>('zoom-actual'),
  diagramNote: byId<HTMLParagraphElement>('diagram-note'),
  mermaidSource: byId<HTMLPreElement>('mermaid-source'),
  summary: byId<HTMLParagraphElement>('findings-summary'),
  findings: byId<HTMLOListElement>('findings-list'),
  followup: byId<HTMLDivElement>('followup'),
  followupBody: byId<HTMLTableSectionElement>('followup-body'),
  followupHeading: byId<HTMLHeadingElement>('followup-heading'),
};

interface State {
  lang: Language;
  analysis: Analysis;
  diagram: Diagram | undefined;
  svg: SVGSVGElement | undefined;
  /** The plan drawn (the first one until the user picks another). */
  plan: string | undefined;
  /** Draw every plan (the portfolio view) instead of one. */
  all: boolean;
}

const state: State = {
  lang: loadLanguage() ?? 'sv',
  analysis: { findings: [] },
  diagram: undefined,
  svg: undefined,
  plan: undefined,
  all: false,
};

const words = (): UiWords => uiWords(state.lang);

const view = diagramView(ui.diagram, ui.stage, {
  zoomIn: byId<HTMLButtonElement>('zoom-in'),
  zoomOut: byId<HTMLButtonElement>('zoom-out'),
  fit: byId<HTMLButtonElement>('zoom-fit'),
  actual: ui.zoomActual,
  level: byId<HTMLOutputElement>('zoom-level'),
});

const asOf = asOfControl(
  {
    input: byId<HTMLInputElement>('as-of'),
    label: byId<HTMLLabelElement>('as-of-label'),
    today: byId<HTMLButtonElement>('as-of-today'),
    help: byId<HTMLParagraphElement>('as-of-help'),
  },
  () => update(),
);

let timer: ReturnType<typeof setTimeout> | undefined;
const editor = createEditor(ui.textarea, ui.gutter, () => {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
});

// ---------------------------------------------------------------- words

function applyWords(): void {
  const w = words();
  document.documentElement.lang = state.lang;
  document.title = w.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const value = (w as unknown as Record<string, unknown>)[el.dataset.w ?? ''];
    if (typeof value === 'string') el.textContent = value;
  }
  ui.langToggle.textContent = w.switchTo;
  ui.langToggle.lang = state.lang === 'sv' ? 'en' : 'sv';
  ui.langToggle.setAttribute('aria-label', `${w.language}: ${w.switchTo}`);
  ui.zoomActual.setAttribute('aria-label', w.zoomActualName);
  ui.zoomActual.title = w.zoomActualName;
  asOf.setLanguage(state.lang);
  fillSources();
}

function fillSources(): void {
  const w = words();
  const keep = ui.sourceSelect.value;
  ui.sourceSelect.replaceChildren();
  const examples = document.createElement('optgroup');
  examples.label = w.examples;
  for (const e of EXAMPLES) examples.append(new Option(e.name, `example:${e.id}`));
  ui.sourceSelect.append(examples);
  const templates = nationalTemplates();
  const group = document.createElement('optgroup');
  group.label = w.templates;
  for (const t of templates) {
    group.append(new Option(state.lang === 'en' ? (t.nameEn ?? t.name) : t.name, `template:${t.id}`));
  }
  if (templates.length === 0) {
    const none = new Option(w.templatesMissing, '');
    none.disabled = true;
    group.append(none);
  }
  ui.sourceSelect.append(group);
  if (keep) ui.sourceSelect.value = keep;
}

// ---------------------------------------------------------------- analysis and views

function update(): void {
  clearTimeout(timer);
  saveText(ui.textarea.value);
  state.analysis = analyse(ui.textarea.value, asOf.value());
  showFindings();
  showPlans();
  showFollowup();
  void showDiagram();
}

function showFindings(): void {
  const w = words();
  const { findings } = state.analysis;
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  ui.summary.textContent =
    findings.length === 0 ? w.noFindings : w.summary(count('error'), count('warning'), count('info'));
  renderFindings(ui.findings, findings, state.lang, w, pickFinding);
}

function showPlans(): void {
  const plans = state.analysis.document?.plans ?? [];
  if (!plans.some((p) => p.id === state.plan)) state.plan = plans[0]?.id;
  ui.planField.hidden = plans.length < 2;
  ui.planSelect.replaceChildren(
    ...plans.map((p) => new Option(p.name, p.id)),
    new Option(words().allPlans, ''),
  );
  ui.planSelect.value = state.all ? '' : (state.plan ?? '');
}

function showFollowup(): void {
  const doc = state.analysis.document;
  const rows = doc ? followupRows(doc, asOf.value()) : undefined;
  ui.followup.hidden = !rows || rows.length === 0;
  if (!rows) return;
  const w = words();
  ui.followupHeading.textContent = asOf.heading(state.lang, w.followup);
  ui.followupBody.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      tr.className = `status-${r.status}`;
      for (const text of [r.name, r.box, w.status[r.status] ?? r.status]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
}

let drawing = 0;
async function showDiagram(): Promise<void> {
  const doc = state.analysis.document;
  const w = words();
  // While the text cannot be read, the last good diagram stays, marked as old.
  ui.diagram.classList.toggle('stale', !doc);
  if (!doc) return;
  const plan = state.all ? undefined : state.plan;
  const options = {
    ...(plan !== undefined ? { plan } : {}),
    lang: state.lang,
    findings: state.analysis.findings,
    indicators: ui.indicators.checked,
    assumptions: ui.assumptions.checked,
  };
  const diagram: Diagram = exportDiagram(doc, options);
  const notes = diagram.findings.map((f) => f.message[state.lang]);
  ui.diagramNote.hidden = notes.length === 0;
  ui.diagramNote.textContent = notes.join(' ');
  const turn = ++drawing;
  try {
    const svg = await renderDiagram(ui.stage, diagram.text, w.diagram);
    if (turn !== drawing) return;
    state.diagram = diagram;
    state.svg = svg;
    ui.mermaidSource.textContent = diagram.text;
    ui.diagram.dataset.rendered = String(turn);
  } catch (error) {
    if (turn !== drawing) return;
    ui.diagramNote.hidden = false;
    ui.diagramNote.textContent = w.diagramFailed(error instanceof Error ? error.message : String(error));
  }
}

function pickFinding(finding: Finding, button: HTMLButtonElement): void {
  for (const b of ui.findings.querySelectorAll('.ek-finding.picked')) b.classList.remove('picked');
  button.classList.add('picked');
  const { line, box, link, plan } = finding.location;
  if (state.svg && state.diagram) {
    const boxes = box !== undefined ? [box] : link ? [link.from, link.to] : [];
    const plans = state.analysis.document?.plans ?? [];
    const nodes = boxes.flatMap((id) => {
      const owner = plans.find((p) => p.id === plan) ?? plans.find((p) => p.boxes.some((b) => b.id === id));
      const text = owner?.boxes.find((b) => b.id === id)?.text;
      const nodeId = owner ? state.diagram!.boxNodes.get(owner.id)?.get(id) : undefined;
      const node = findNode(state.svg!, nodeId, text);
      return node ? [node] : [];
    });
    highlight(state.svg, nodes);
    if (nodes[0]) view.reveal(nodes[0]);
  }
  if (line !== undefined) editor.selectLine(line);
}

// ---------------------------------------------------------------- opening text

function open(text: string, name: string): void {
  // Another document: its diagram is fitted anew.
  view.reset();
  editor.setText(text);
  update();
  ui.status.textContent = words().loaded(name);
}

function openSource(): void {
  const [kind, id] = ui.sourceSelect.value.split(':');
  if (kind === 'example') {
    const example = EXAMPLES.find((e) => e.id === id);
    if (example) open(example.text, example.name);
  } else if (kind === 'template') {
    const template = nationalTemplates().find((t) => t.id === id);
    const doc = template && documentFromTemplate(template, state.lang);
    if (template && doc) open(writeDocument(doc, { format: 'yaml' }), template.name);
  }
}

async function openFile(file: File): Promise<void> {
  const w = words();
  if (isWorkbook(file)) return openWorkbook(file);
  if (file.size > MAX_FILE_BYTES) {
    ui.status.textContent = w.fileTooLarge;
    return;
  }
  try {
    open(await file.text(), file.name);
  } catch {
    ui.status.textContent = w.unreadable(file.name);
  }
}

/** A workbook on its own: its document in the text area as YAML, what the reader said in the status line. */
async function openWorkbook(file: File): Promise<void> {
  try {
    const read = await readWorkbookFile(file);
    if (read.document) {
      view.reset();
      editor.setText(writeDocument(read.document, { format: 'yaml' }));
      update();
    }
    ui.status.textContent = workbookStatus(read, state.lang);
  } catch {
    ui.status.textContent = words().unreadable(file.name);
  }
}

/**
 * Several files at once (by the picker or a drop): the files of one region, a strategy file and
 * plan files, read together as `effektkedja validate strategi.yaml planer/` reads them, so the
 * plans' goal links find the strategy's goals. The joined document is put in the text area as
 * YAML; files that cannot be read are named in the status line.
 */
async function openFiles(files: readonly File[]): Promise<void> {
  const [only] = files;
  if (!only) return;
  if (files.length === 1) return openFile(only);
  const w = words();
  const parts: DocumentPart[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (isWorkbook(file)) {
      const read = await readWorkbookFile(file).catch(() => undefined);
      if (read?.document) parts.push({ document: read.document, file: file.name });
      else skipped.push(file.name);
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      skipped.push(file.name);
      continue;
    }
    try {
      const parsed = parseDocument(await file.text(), { file: file.name });
      if (parsed.ok) parts.push({ document: parsed.value, file: file.name });
      else skipped.push(file.name);
    } catch {
      skipped.push(file.name);
    }
  }
  if (parts.length === 0) {
    ui.status.textContent = w.noneReadable(skipped);
    return;
  }
  const set = mergeDocuments(parts);
  view.reset();
  editor.setText(writeDocument(set.document, { format: 'yaml' }));
  update();
  const conflicts = set.findings.map((f) => f.message[state.lang]);
  ui.status.textContent = [
    w.joined(parts.map((p) => p.file ?? '')),
    ...(skipped.length ? [w.skipped(skipped)] : []),
    ...conflicts,
  ].join(' ');
}

// ---------------------------------------------------------------- downloads

function baseName(): string {
  const doc = state.analysis.document;
  const plan = state.all || (doc?.plans?.length ?? 0) === 0 ? undefined : state.plan;
  return plan ?? 'effektkedja';
}

function needDocument(): boolean {
  if (state.analysis.document) return true;
  ui.status.textContent = words().needsValidPlan;
  return false;
}

// Downloads leave the page: every participant's personnummer is replaced by a hash under a salt
// drawn once per page (docs/followup.md); the file the user opened is never changed.
let downloadSalt: string | undefined;
function forDownload(doc: Document): Document {
  if (!downloadSalt) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    downloadSalt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return pseudonymize(doc, { salt: downloadSalt });
}

function wireDownloads(): void {
  byId('dl-mmd').addEventListener('click', () => {
    if (state.diagram) saveFile(`${baseName()}.mmd`, state.diagram.text);
  });
  byId('dl-svg').addEventListener('click', () => {
    if (state.svg) saveFile(`${baseName()}.svg`, svgFile(state.svg), 'image/svg+xml');
  });
  byId('dl-png').addEventListener('click', async () => {
    if (!state.svg) return;
    try {
      saveFile(`${baseName()}.png`, await pngFile(state.svg));
    } catch (error) {
      ui.status.textContent = words().diagramFailed(error instanceof Error ? error.message : String(error));
    }
  });
  byId('dl-yaml').addEventListener('click', () => {
    const doc = state.analysis.document;
    if (needDocument() && doc)
      saveFile(`${baseName()}.yaml`, writeDocument(forDownload(doc), { format: 'yaml' }));
  });
  byId('dl-json').addEventListener('click', () => {
    const doc = state.analysis.document;
    if (needDocument() && doc) {
      saveFile(`${baseName()}.json`, writeDocument(forDownload(doc), { format: 'json' }), 'application/json');
    }
  });
  byId('dl-report').addEventListener('click', () => {
    const text = formatFindings(state.analysis.findings, { language: state.lang });
    saveFile(`${baseName()}-rapport.txt`, text ? `${text}\n` : `${words().noFindings}\n`);
  });
}

// ---------------------------------------------------------------- start

function start(): void {
  applyWords();
  ui.langToggle.addEventListener('click', () => {
    state.lang = state.lang === 'sv' ? 'en' : 'sv';
    saveLanguage(state.lang);
    applyWords();
    update();
  });
  ui.sourceOpen.addEventListener('click', openSource);
  ui.fileInput.addEventListener('change', () => {
    void openFiles([...(ui.fileInput.files ?? [])]).finally(() => {
      ui.fileInput.value = '';
    });
  });
  ui.dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.dropZone.classList.add('dragging');
  });
  ui.dropZone.addEventListener('dragleave', () => ui.dropZone.classList.remove('dragging'));
  ui.dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.dropZone.classList.remove('dragging');
    void openFiles([...(event.dataTransfer?.files ?? [])]);
  });
  ui.planSelect.addEventListener('change', () => {
    state.all = ui.planSelect.value === '';
    if (!state.all) state.plan = ui.planSelect.value;
    view.reset();
    void showDiagram();
  });
  ui.indicators.addEventListener('change', () => void showDiagram());
  ui.assumptions.addEventListener('change', () => void showDiagram());
  ui.clear.addEventListener('click', () => {
    forgetText();
    editor.setText('');
    update();
  });
  wireDownloads();
  const saved = loadText();
  editor.setText(saved ?? EXAMPLES[0]?.text ?? '');
  update();
}

start();
