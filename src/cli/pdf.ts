import { accessSync, constants } from 'node:fs';
import { findChromium } from '../node/mermaid-render.js';
import { type CliIo, UsageError } from './io.js';

/**
 * The Chromium a PDF is printed with, found before any work is done: the path in
 * EFFEKTKEDJA_CHROMIUM (which must then be a program), else `chromium` and
 * friends on PATH, else common install paths. None is a usage error (exit 2).
 */
export function chromiumForPdf(io: CliIo): string {
  const own = io.env.EFFEKTKEDJA_CHROMIUM;
  if (own) {
    try {
      accessSync(own, constants.X_OK);
      return own;
    } catch {
      throw new UsageError((w) => w.chromiumNotProgram(own));
    }
  }
  const found = findChromium({ PATH: io.env.PATH });
  if (!found) {
    throw new UsageError((w) => w.chromiumMissing);
  }
  return found;
}
