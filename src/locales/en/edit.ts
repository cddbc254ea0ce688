import type { editCodes } from '../../findings/catalog/edit.js';
import type { MessageTable } from '../message.js';

/** en messages of the edit module. */
export const enEdit: MessageTable<keyof typeof editCodes> = {};
