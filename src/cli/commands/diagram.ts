import type { Finding, Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { cliWords } from '../../locales/words.js';
import { exportMermaid, type MermaidExport } from '../../mermaid/export.js';
import { toMarkdown } from '../../mermaid/markdown.js';
import type { MermaidOptions } from '../../mermaid/options.js';
import type { Document } from '../../model/document.js';
import { isLevel, LEVELS, type Level } from '../../model/levels.js';
import { loadRegionSets } from '../../node/files.js';
import { mermaidHtmlPage, renderMermaidPng, renderMermaidSvg } from '../../node/mermaid-render.js';
import { renderMermaidPdf } from '../../node/pdf.js';
import { NATIONAL_TEMPLATES } from '../../templates/national.js';
import { validate } from '../../validate/validate.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseChoice, parseCount, parseJobs, parseLanguage } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { chromiumForPdf } from '../pdf.js';
import { readOptions, startWorkProgress } from '../progress.js';

/** Options of `effektkedja diagram`. */
export interface DiagramCommandOptions {
  readonly plan?: string;
  readonly view?: string;
  readonly template?: string;
  readonly direction?: string;
  readonly lang?: string;
  readonly jobs?: string;
  readonly strategy?: boolean;
  readonly indicators?: boolean;
  readonly assumptions?: boolean;
  readonly findings?: boolean;
  readonly wrap?: string;
  readonly collapse?: string;
  readonly output?: string;
}

const OUTPUTS = ['mmd', 'md', 'html', 'svg', 'png', 'pdf'] as const;
type Ending = (typeof OUTPUTS)[number];

/**
 * `effektkedja diagram <paths…>`: the Mermaid export as .mmd, Markdown, an offline HTML page, SVG,
 * PNG or an A4 PDF. Several files of one region (a strategy file and plan files) are drawn together.
 */
export async function diagramCommand(
  paths: readonly string[],
  options: DiagramCommandOptions,
  io: CliIo,
): Promise<number> {
  const lang: Language = parseLanguage(options.lang);
  const view = parseChoice('--view', options.view, ['plan', 'portfolio', 'template'] as const);
  const direction = parseChoice('--direction', options.direction, ['LR', 'TB'] as const);
  const wrap = parseCount('--wrap', options.wrap);
  const out = options.output;
  const ending = outputEnding(out);
  const collapse = parseLevels(options.collapse);
  // No Chromium: say so before any work is done.
  const chromium = ending === 'pdf' ? chromiumForPdf(io) : undefined;
  await checkOutputFile(out);
  const document = await readRegion(paths, options, io, lang, ending);
  if (typeof document === 'number') return document;
  if (options.strategy === true && document.strategy === undefined) {
    io.stderr(`effektkedja: ${cliWords(lang).strategyMissing}\n`);
  }
  const mermaidOptions: MermaidOptions = {
    lang,
    templates: NATIONAL_TEMPLATES,
    ...(view ? { view } : {}),
    ...(direction ? { direction } : {}),
    ...(wrap !== undefined ? { wrap } : {}),
    ...(collapse.length ? { collapse } : {}),
    ...shownParts(document, options),
  };
  // National templates are known by id, so `--template varor-tjanster-direkt` draws one from any file.
  const result = exportMermaid(document, mermaidOptions);
  // Mermaid's limits and undrawable links are warnings for the user, not part of the diagram.
  if (result.findings.length) io.stderr(`${formatFindings(result.findings, { language: lang })}\n`);
  if (result.findings.some((f) => f.severity === 'error')) return EXIT.findings;
  const markdown = () => toMarkdown(document, mermaidOptions);
  return writeDiagram(ending, result, markdown, { out, lang, chromium }, io);
}

/** The form `-o` asks for, by its file ending (.mmd on standard output); an image needs a file. */
function outputEnding(out: string | undefined): Ending {
  const ending = out === undefined || out === '-' ? 'mmd' : endingOf(out);
  if (!(OUTPUTS as readonly string[]).includes(ending)) {
    throw new UsageError((w) => w.ending('diagram', out));
  }
  if ((ending === 'svg' || ending === 'png' || ending === 'pdf') && (out === undefined || out === '-')) {
    throw new UsageError((w) => w.needsFile(ending, `diagram.${ending}`));
  }
  return ending as Ending;
}

/**
 * The one region the files make, or the exit code when there is none: no files, several
 * regions, or files that cannot be read (their findings are printed).
 */
async function readRegion(
  paths: readonly string[],
  options: DiagramCommandOptions,
  io: CliIo,
  lang: Language,
  ending: Ending,
): Promise<Document | number> {
  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, parseJobs(options.jobs), progress)).finally(
    progress.done,
  );
  if (loaded.files.length === 0) throw new UsageError((w) => w.noDocumentsIn(paths));
  if (loaded.sets.length > 1) {
    const count = loaded.sets.length;
    throw new UsageError((w) => w.manyRegions('diagram', count, ending));
  }
  const problems = loaded.findings.filter((f) => f.severity === 'error');
  if (problems.length || loaded.sets.length === 0) {
    io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
    return loaded.findings.some((f) => f.code === 'FILE_UNREADABLE') ? EXIT.usage : EXIT.findings;
  }
  return loaded.sets[0]!.set.document;
}

/**
 * What the diagram shows besides the boxes: the plan or template asked for, the strategy,
 * indicators, assumptions, and the findings of validating the document (`--findings`).
 */
function shownParts(document: Document, options: DiagramCommandOptions): MermaidOptions {
  const marked: readonly Finding[] = options.findings ? validate(document).findings : [];
  return {
    ...(options.plan ? { plan: options.plan } : {}),
    ...(options.template ? { template: options.template, view: 'template' as const } : {}),
    ...(options.strategy !== undefined ? { strategy: options.strategy } : {}),
    ...(options.indicators ? { showIndicators: true } : {}),
    ...(options.assumptions ? { showAssumptions: true } : {}),
    ...(options.findings ? { findings: marked } : {}),
  };
}

/** Writes the diagram in the form asked for; a page or image that cannot be made is a usage error. */
async function writeDiagram(
  ending: Ending,
  result: MermaidExport,
  markdown: () => string,
  target: {
    readonly out: string | undefined;
    readonly lang: Language;
    readonly chromium: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  const { out, lang, chromium } = target;
  const title = result.title;
  switch (ending) {
    case 'mmd':
      await writeOutput(io, out, result.text);
      break;
    case 'md':
      await writeOutput(io, out, markdown());
      break;
    case 'html': {
      const page = mermaidHtmlPage(result.text, { title, lang });
      if (!page.ok) return reportRenderFailure(page.findings, lang, io);
      await writeOutput(io, out, page.value);
      break;
    }
    case 'svg':
    case 'png': {
      const image =
        ending === 'svg'
          ? await renderMermaidSvg(result.text, { title, lang })
          : await renderMermaidPng(result.text, { title, lang });
      if (!image.ok) return reportRenderFailure(image.findings, lang, io);
      await writeOutput(io, out, image.value);
      break;
    }
    case 'pdf': {
      const pdf = await renderMermaidPdf(result.text, {
        title,
        lang,
        ...(chromium ? { executablePath: chromium } : {}),
      });
      if (!pdf.ok) return reportRenderFailure(pdf.findings, lang, io);
      await writeOutput(io, out, pdf.value);
      break;
    }
  }
  return EXIT.ok;
}

// `--collapse aktiviteter,prestationer`: levels drawn as one box with a count.
function parseLevels(value: string | undefined): Level[] {
  if (value === undefined) return [];
  return value.split(',').map((word) => {
    const level = word.trim();
    if (!isLevel(level)) throw new UsageError((w) => w.collapse(LEVELS, level));
    return level;
  });
}

function reportRenderFailure(findings: readonly Finding[], lang: Language, io: CliIo): number {
  io.stderr(`${formatFindings(findings, { language: lang })}\n`);
  return EXIT.usage;
}
