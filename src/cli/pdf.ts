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
      throw new UsageError(
        `a PDF is printed by Chromium, but EFFEKTKEDJA_CHROMIUM=${own} is not a program that can be run`,
      );
    }
  }
  const found = findChromium({ PATH: io.env.PATH });
  if (!found) {
    throw new UsageError(
      'a PDF is printed by Chromium, and none was found: install it (Debian/Ubuntu: apt-get install chromium) or set EFFEKTKEDJA_CHROMIUM to its path',
    );
  }
  return found;
}
