import { inflateRawSync } from 'node:zlib';
import type { Inflate } from '../../spreadsheet/inflate.js';

/** The workbook reader's inflater in Node: zlib's, stopping at `maxOutput` bytes. */
export const zlibInflate: Inflate = async (data, maxOutput) => {
  try {
    const out = inflateRawSync(data, maxOutput === undefined ? {} : { maxOutputLength: maxOutput });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return undefined;
  }
};
