/**
 * Unpacking a zip entry's raw-deflate data, with a cap on the output: the
 * workbook reader's one need of a decompressor. Node passes zlib's
 * (`src/node/spreadsheet/inflate.ts`); a browser uses its built-in
 * `DecompressionStream('deflate-raw')` ({@link streamInflate}).
 */
export type Inflate = (data: Uint8Array, maxOutput?: number) => Promise<Uint8Array | 'over' | undefined>;

/**
 * Inflates with the standard `DecompressionStream('deflate-raw')` (Chromium,
 * Firefox, Safari; Node 21.2+): reads the output chunk by chunk and stops as
 * soon as it passes `maxOutput` bytes (`'over'`), so a zip bomb is never
 * unpacked in full. Undefined when the data is not valid deflate.
 */
export const streamInflate: Inflate = async (data, maxOutput = Number.POSITIVE_INFINITY) => {
  const Stream = (globalThis as { DecompressionStream?: typeof DecompressionStream }).DecompressionStream;
  if (Stream === undefined) return undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const output = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new Stream('deflate-raw'));
    reader = output.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxOutput) {
        await reader.cancel().catch(() => undefined);
        return 'over';
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
