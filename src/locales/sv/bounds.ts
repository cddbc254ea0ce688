import type { boundsCodes } from '../../findings/catalog/bounds.js';
import { type MessageTable, show } from '../message.js';

const WHAT: Record<string, string> = {
  anchors: 'YAML-ankare eller alias (& och *)',
  tags: 'YAML-taggar (!)',
  other:
    'något som bara den fullständiga YAML-läsaren läser (en uttrycklig nyckel med ?, ett direktiv med %, tabb i indraget, en tom listrad eller en tom nyckel)',
};

/** Svenska meddelanden för gränserna vid läsning. */
export const svBounds: MessageTable<keyof typeof boundsCodes> = {
  YAML_TREE_TOO_LARGE: {
    text: (d) =>
      `Texten använder ${WHAT[String(d.reason)] ?? show(d.reason)}, som bara den fullständiga YAML-läsaren läser, och den läser högst ${show(d.max)} noder; texten har omkring ${show(d.found)}.`,
    hint: (d) =>
      d.reason === 'anchors'
        ? 'Skriv ut de delade värdena i stället för ankare och alias, eller dela upp dokumentet. Om du litar på källan och har minne nog (omkring 1 kB per nod) kan du höja gränsen med alternativet limits.maxYamlTreeNodes.'
        : 'Ta bort det som står på det här stället, eller dela upp dokumentet. Om du litar på källan och har minne nog (omkring 1 kB per nod) kan du höja gränsen med alternativet limits.maxYamlTreeNodes.',
  },
};
