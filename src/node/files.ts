import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { Limits } from '../io/limits.js';
import { type DocumentPart, type DocumentSet, mergeDocuments } from '../io/merge.js';
import { type ParseResult, parseDocument } from '../io/parse.js';

/** File endings read as documents. */
export const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Options for reading files. */
export interface ReadOptions {
  readonly limits?: Partial<Limits>;
  /** Base folder for the file names shown in findings (default: the working directory). */
  readonly cwd?: string;
}

/** Reads and parses one document file (YAML or JSON by its ending). Never throws on a bad file. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<ParseResult> {
  const file = displayName(path, options.cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, findings: [unreadable(file, error)] };
  }
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
  return parseDocument(text, {
    file,
    ...(format ? { format } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/** Expands files and folders (recursively) into the document files they hold, sorted. */
export async function findDocumentFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        if (
          e.isFile() &&
          (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())
        ) {
          out.push(join(e.parentPath ?? path, e.name));
        }
      }
    } else {
      out.push(path);
    }
  }
  return [...new Set(out)].sort();
}

/** A region's files read together: the merged set, and the findings of files that could not be read. */
export interface LoadedSet {
  readonly set: DocumentSet;
  /** Findings from reading the files (syntax, schema, unreadable), located in their files. */
  readonly findings: readonly Finding[];
  readonly files: readonly string[];
}

/**
 * Reads files and folders and merges the documents that could be read into one
 * set, so references across files resolve. Files that cannot be read are
 * reported; the others are still merged.
 */
export async function loadDocumentSet(
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<LoadedSet> {
  const files = await findDocumentFiles(paths);
  const parts: DocumentPart[] = [];
  const findings: Finding[] = [];
  for (const path of files) {
    const r = await readDocumentFile(path, options);
    findings.push(...r.findings);
    if (r.ok)
      parts.push({
        document: r.value,
        file: displayName(path, options.cwd),
        ...(r.source ? { source: r.source } : {}),
      });
  }
  const set = mergeDocuments(parts);
  return {
    set,
    findings: [...findings, ...set.findings],
    files: files.map((f) => displayName(f, options.cwd)),
  };
}

function displayName(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

function unreadable(file: string, error: unknown): Finding {
  const reason =
    error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  return createFinding('FILE_UNREADABLE', { file }, { file, reason });
}
