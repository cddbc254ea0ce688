import type { cliCodes } from '../../findings/catalog/cli.js';
import type { MessageTable } from '../message.js';

/** sv messages of the cli module. */
export const svCli: MessageTable<keyof typeof cliCodes> = {};
