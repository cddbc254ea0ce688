/**
 * Turns user text into Mermaid label text that parses, renders as the same
 * text, and carries no markup, directive or markdown. Mermaid replaces
 * `#name;` / `#123;` with HTML entities when it renders, so every character
 * with a meaning to Mermaid, HTML or its own preprocessing is written that way.
 */

// Characters that Mermaid, its preprocessing or HTML would read as syntax.
const ENTITY: Readonly<Record<string, string>> = {
  '#': '#35;',
  '&': '#amp;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '%': '#37;',
  '`': '#96;',
  '|': '#124;',
  // Mermaid reads a backslash and n as a line break: `C:\new` stays as typed.
  '\\': '#92;',
  // Mermaid's own placeholders for entities (ﬂ°…¶ß, undone over the whole SVG): raw ones could forge or eat one.
  '\uFB02': '#64258;',
  '\u00B6': '#182;',
};

/** A line break in a label. Mermaid turns it into a line break in the box. */
export const BR = '<br>';

/** True for code points that are written as entity codes so the .mmd text shows them (bidi, zero-width). */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0x061c ||
    cp === 0xfeff ||
    cp === 0x00ad
  );
}

/** True for control characters (C0 except tab and line breaks, DEL, C1), which are dropped. */
function isControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09) || (cp >= 0x7f && cp <= 0x9f && cp !== 0x85);
}

/**
 * The text a label will show: line breaks as `\n`, control characters removed,
 * tabs as spaces, lone surrogates as U+FFFD, surrounding whitespace trimmed.
 * Exported so tests and callers can compare a rendered label with its source.
 */
export function normalizeLabelText(text: string): string {
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else if (c === 0x0d) {
      out += '\n';
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029) out += '\n';
    else if (c === 0x09) out += ' ';
    else if (!isControl(c)) out += text[i]!;
  }
  return out.trim();
}

/**
 * Wraps text at spaces so no line is longer than `width` characters (a word
 * longer than `width` keeps its own line). `width` 0 or less leaves the text as is.
 */
export function wrapText(text: string, width: number): string {
  if (width <= 0 || text.length <= width) return text;
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    let currentLength = 0;
    for (const word of line.split(' ')) {
      const wordLength = codePointLength(word);
      if (currentLength === 0 && current === '') {
        current = word;
        currentLength = wordLength;
      } else if (currentLength + 1 + wordLength <= width) {
        current += ` ${word}`;
        currentLength += 1 + wordLength;
      } else {
        lines.push(current);
        current = word;
        currentLength = wordLength;
      }
    }
    lines.push(current);
  }
  return lines.join('\n');
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Encodes normalized text for the inside of `["…"]`: syntax characters as
 * entity codes, line breaks as `<br>`. Mermaid's preprocessing strips the last
 * `;` of any line that holds `style…:…#…;` or `classDef…:…#…;`, so a label that
 * holds those words has its colons encoded too.
 */
export function encodeLabel(normalized: string): string {
  let out = '';
  for (const ch of normalized) {
    const mapped = ENTITY[ch];
    if (mapped !== undefined) out += mapped;
    else if (ch === '\n') out += BR;
    else {
      const cp = ch.codePointAt(0)!;
      out += isInvisible(cp) ? `#${cp};` : ch;
    }
  }
  if (out.includes('style') || out.includes('classDef')) out = out.replaceAll(':', '#58;');
  return out;
}

/** Label text of an empty label: Mermaid cannot parse `[""]` or `[" "]`. */
export const EMPTY_LABEL = '#32;';

/** User text as Mermaid label text: normalized, wrapped at `wrap` characters, encoded; never empty. */
export function escapeLabel(text: string, wrap = 0): string {
  return encodeLabel(wrapText(normalizeLabelText(text), wrap)) || EMPTY_LABEL;
}

/** User text for a one-line field (accTitle, accDescr): line breaks become spaces. */
export function escapeLine(text: string): string {
  return encodeLabel(normalizeLabelText(text).replace(/\n+/g, ' '));
}
