import type { mermaidCodes } from '../../findings/catalog/mermaid.js';
import type { MessageTable } from '../message.js';

/** en messages of the mermaid module. */
export const enMermaid: MessageTable<keyof typeof mermaidCodes> = {};
