import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The docs folder of the repository. */
export const DOCS = join(import.meta.dirname, '..', '..', 'docs');

/** A fenced code block of a markdown page, with the marker comments right before it. */
export interface CodeBlock {
  readonly page: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  /** Markers from `<!-- key: value -->` comments on the lines just before the fence. */
  readonly markers: ReadonlyMap<string, string>;
}

/** Reads one page of docs/. */
export function readPage(page: string): string {
  return readFileSync(join(DOCS, page), 'utf8');
}

/** The markdown pages of docs/ (not the generated API reference). */
export function docPages(): string[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

const MARKER = /^<!--\s*([a-z-]+)(?::\s*(.*?))?\s*-->$/;

/**
 * The fenced code blocks of a page. Marker comments count if they sit directly
 * above the fence (blank lines between them allowed), so a marker can never
 * drift onto another block unnoticed.
 */
export function codeBlocks(page: string, text = readPage(page)): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  let pending = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,})\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      const close = fence[1]!;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j]!.trimEnd() !== close) body.push(lines[j++]!);
      blocks.push({
        page,
        line: i + 1,
        lang: fence[2] ?? '',
        text: `${body.join('\n')}\n`,
        markers: pending,
      });
      pending = new Map();
      i = j;
      continue;
    }
    const marker = MARKER.exec(line.trim());
    if (marker) pending.set(marker[1]!, marker[2] ?? '');
    else if (line.trim() !== '') pending = new Map();
  }
  return blocks;
}

/**
 * Codes named by `### CODE` headings on a page: headings of one upper-case token.
 * Tokens with an underscore are always codes; single words (`CYCLE`) only if `isCode` says so,
 * so a heading such as `### JSON` is not taken for a code.
 */
export function codeHeadings(text: string, isCode: (token: string) => boolean): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^###\s+`?([A-Z][A-Z0-9_]*)`?\s*$/.exec(line);
    if (m && (m[1]!.includes('_') || isCode(m[1]!))) out.push(m[1]!);
  }
  return out;
}

/** Stand-alone marker comments of a page (not tied to a block), e.g. `<!-- set-expect: a REGION_MISMATCH -->`. */
export function pageMarkers(text: string, key: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = MARKER.exec(line.trim());
    if (m && m[1] === key) out.push(m[2] ?? '');
  }
  return out;
}

/** Splits a marker value into codes: "A, B" → ["A", "B"]. */
export function codeList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A `### CODE` section of a page: its code, its text and the code blocks inside it. */
export interface Section {
  readonly code: string;
  readonly text: string;
  readonly blocks: readonly CodeBlock[];
}

/** Splits a page into its `### CODE` sections (text up to the next heading of level 1–3). */
export function codeSections(page: string, isCode: (token: string) => boolean): Section[] {
  const text = readPage(page);
  const blocks = codeBlocks(page, text);
  const lines = text.split('\n');
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [code] = codeHeadings(lines[i]!, isCode);
    if (code === undefined) continue;
    // The section ends at the next heading outside a code block (YAML comments start with `#` too).
    let end = i + 1;
    let fenced = false;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (/^`{3,}/.test(line)) fenced = !fenced;
      else if (!fenced && /^#{1,3}\s/.test(line)) break;
    }
    sections.push({
      code,
      text: lines.slice(i, end).join('\n'),
      blocks: blocks.filter((b) => b.line > i + 1 && b.line <= end),
    });
  }
  return sections;
}

/** The messages a section quotes, from lines `- sv: *message*` and `- en: *message*`. */
export function quotedMessages(section: Section): { sv: string[]; en: string[] } {
  const sv: string[] = [];
  const en: string[] = [];
  for (const line of section.text.split('\n')) {
    const m = /^- (sv|en): \*(.+?)\*(?: — .*)?$/.exec(line);
    if (m) (m[1] === 'sv' ? sv : en).push(m[2]!);
  }
  return { sv, en };
}

/** The document set a block belongs to (`<!-- set: NAME [FILE] -->`), with the file name it stands for. */
export function setOf(block: CodeBlock): { set: string; file: string } | undefined {
  const value = block.markers.get('set');
  if (value === undefined) return undefined;
  const [set = '', file] = value.split(/\s+/);
  return { set, file: file ?? `${block.page}:${block.line}` };
}
