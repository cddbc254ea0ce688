import type { cliCodes } from '../../findings/catalog/cli.js';
import type { MessageTable } from '../message.js';

/** en messages of the cli module. */
export const enCli: MessageTable<keyof typeof cliCodes> = {};
