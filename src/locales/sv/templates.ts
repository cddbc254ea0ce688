import type { templatesCodes } from '../../findings/catalog/templates.js';
import type { MessageTable } from '../message.js';

/** sv messages of the templates module. */
export const svTemplates: MessageTable<keyof typeof templatesCodes> = {};
