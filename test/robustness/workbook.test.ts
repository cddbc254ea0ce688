import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/spreadsheet/index.js';
import { deepFreeze } from '../support/mutate.js';
import { FUZZ, TEST_TIMEOUT } from './fuzz.js';
import { acceptedHostile, timedAsync, wellFormed } from './modules.js';

// jszip comes with exceljs; the tests use it to damage the parts inside a real workbook.
interface Zip {
  files: Record<string, { dir: boolean }>;
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, data: string): Zip;
  generateAsync(options: { type: 'uint8array'; compression: 'DEFLATE' }): Promise<Uint8Array>;
}
const JSZip = createRequire(import.meta.url)('jszip') as { loadAsync(data: Uint8Array): Promise<Zip> };

const example = new Uint8Array(readFileSync('examples/spreadsheet/kronoberg.xlsx'));
const RUNS = Math.max(10, Math.round(FUZZ.numRuns! / 80));

/** The reader's promise: findings, never an exception; no document without an error saying why. */
async function readsSafely(bytes: Uint8Array, options = {}) {
  const r = await timedAsync(() => readWorkbook(bytes, { file: 'x.xlsx', ...options }), 10_000);
  wellFormed(r.findings);
  if (!r.document) expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
  expect(() => r.locate(r.findings)).not.toThrow();
  return r;
}

/** Text that breaks spreadsheet XML: unclosed tags, bad references, huge numbers, entities. */
const xmlDamage = fc.constantFrom(
  '<c r="A1" t="s"><v>99999</v></c>',
  '<c r="ZZZZ99999999" t="n"><v>1e400</v></c>',
  '<c r="B2" t="inlineStr"><is><t>__proto__</t></is></c>',
  '<row r="0">',
  '</sheetData>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '&b;',
  '<v>NaN</v>',
  '<f>HYPERLINK("http://x")</f>',
  '\u0000',
  '',
);

describe('readWorkbook on damaged bytes', () => {
  it(
    'random bytes, with and without a zip header',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, zip) => {
          const input = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          await readsSafely(input);
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS * 4 },
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'a real workbook with one XML part cut, spliced or replaced',
    async () => {
      const zip = await JSZip.loadAsync(example);
      const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), xmlDamage, async (part, at, cut, damage) => {
          const damaged = await JSZip.loadAsync(example);
          const name = parts[part % parts.length]!;
          const xml = await damaged.file(name)!.async('string');
          const i = at % (xml.length + 1);
          damaged.file(name, xml.slice(0, i) + damage + xml.slice(i + (cut % 64)));
          await readsSafely(await damaged.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT,
  );

  it('refuses a workbook over maxBytes or maxUnpackedBytes with LIMIT_EXCEEDED', async () => {
    const small = await readsSafely(example, { maxBytes: 1000 });
    expect(small.findings.map((f) => [f.code, f.details.limit])).toEqual([['LIMIT_EXCEEDED', 'maxBytes']]);
    const unpacked = await readsSafely(example, { maxUnpackedBytes: 50_000 });
    expect(unpacked.findings.map((f) => [f.code, f.details.limit])).toEqual([
      ['LIMIT_EXCEEDED', 'maxUnpackedBytes'],
    ]);
  });

  it('refuses a zip bomb by its declared size before unpacking it', async () => {
    // One entry of 600 MB of zeros (about 600 kB packed): over the 512 MB default.
    const packed = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
    const bytes = zipOf('xl/worksheets/sheet1.xml', packed, 600 * 1024 * 1024);
    const r = await readsSafely(bytes);
    expect(r.findings.map((f) => f.details.limit)).toEqual(['maxUnpackedBytes']);
  });
});

describe('readWorkbook against a zip whose headers lie', () => {
  // A zip that declares 1 kB for 40 MB of zeros: the reader measures what it inflates and stops at the limit.
  it('refuses an entry that unpacks to more than maxUnpackedBytes whatever its headers say', async () => {
    const packed = deflateRawSync(Buffer.alloc(40 * 1024 * 1024));
    const r = await readsSafely(zipOf('xl/worksheets/sheet1.xml', packed, 1000), {
      maxUnpackedBytes: 1024 * 1024,
    });
    expect(r.findings.map((f) => f.details.limit)).toEqual(['maxUnpackedBytes']);
  });
});

describe('writeWorkbook and readWorkbook on accepted but broken documents', () => {
  it(
    'write never throws or changes the document; without a warning it reads back the same',
    async () => {
      await fc.assert(
        fc.asyncProperty(acceptedHostile, async (input) => {
          const checked = checkDocument(input);
          if (!checked.ok) return;
          const doc = deepFreeze(checked.value);
          const written = await timedAsync(() => writeWorkbook(doc), 10_000);
          wellFormed(written.findings);
          const read = await readsSafely(written.bytes);
          // Notes (info) say what travels as JSON; a warning or error names what a workbook cannot hold.
          if (!written.findings.some((f) => f.severity !== 'info')) expect(read.document).toEqual(doc);
        }),
        { ...FUZZ, verbose: 0, numRuns: RUNS },
      );
    },
    TEST_TIMEOUT,
  );
});

/** A zip archive of one stored-as-deflate entry whose headers declare `size` unpacked bytes. */
function zipOf(name: string, packed: Uint8Array, size: number): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const body = Buffer.concat([local, nameBytes, packed]);
  const dir = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(body.length, 16);
  return new Uint8Array(Buffer.concat([body, dir, end]));
}
