import { randomBytes } from 'node:crypto';
import type { Document } from '../model/document.js';
import { pseudonymize } from '../participants/pseudonymize.js';
import type { CliIo } from './io.js';

/**
 * `--pseudonymize`: the document with every participant's personnummer replaced by
 * a salted hash. The salt comes from the environment variable EFFEKTKEDJA_SALT (never
 * from the command line, where shell history and process lists would keep it); without
 * it a random salt is drawn, so the pseudonyms join only within this one run.
 */
export function pseudonymizeFor(io: CliIo, document: Document): Document {
  const salt = io.env.EFFEKTKEDJA_SALT || randomBytes(32).toString('hex');
  return pseudonymize(document, { salt });
}
