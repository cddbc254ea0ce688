import type { mermaidCodes } from '../../findings/catalog/mermaid.js';
import type { MessageTable } from '../message.js';

/** sv messages of the mermaid module. */
export const svMermaid: MessageTable<keyof typeof mermaidCodes> = {};
