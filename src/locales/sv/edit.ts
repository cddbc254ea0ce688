import type { editCodes } from '../../findings/catalog/edit.js';
import type { MessageTable } from '../message.js';

/** sv messages of the edit module. */
export const svEdit: MessageTable<keyof typeof editCodes> = {};
