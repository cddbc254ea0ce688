import type { templatesCodes } from '../../findings/catalog/templates.js';
import type { MessageTable } from '../message.js';

/** en messages of the templates module. */
export const enTemplates: MessageTable<keyof typeof templatesCodes> = {};
