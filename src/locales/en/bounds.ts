import type { boundsCodes } from '../../findings/catalog/bounds.js';
import { type MessageTable, show } from '../message.js';

const WHAT: Record<string, string> = {
  anchors: 'YAML anchors or aliases (& and *)',
  tags: 'YAML tags (!)',
  other:
    'a construct only the full YAML reader reads (an explicit key with ?, a directive with %, a tab in the indentation, an empty list item or a null key)',
};

/** English messages of the bounds on reading. */
export const enBounds: MessageTable<keyof typeof boundsCodes> = {
  YAML_TREE_TOO_LARGE: {
    text: (d) =>
      `The text uses ${WHAT[String(d.reason)] ?? show(d.reason)}, which only the full YAML reader reads, and that reader takes at most ${show(d.max)} nodes; this text has about ${show(d.found)}.`,
    hint: (d) =>
      d.reason === 'anchors'
        ? 'Write the shared values out in full instead of anchors and aliases, or split the document. If you trust the source and have the memory (about 1 KB per node), raise the limit with the option limits.maxYamlTreeNodes.'
        : 'Remove the construct at this place, or split the document. If you trust the source and have the memory (about 1 KB per node), raise the limit with the option limits.maxYamlTreeNodes.',
  },
};
