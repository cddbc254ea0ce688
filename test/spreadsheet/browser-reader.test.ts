import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWorkbook as readInNode } from '../../src/node/spreadsheet/index.js';
import { zlibInflate } from '../../src/node/spreadsheet/inflate.js';
import { readWorkbook, streamInflate } from '../../src/spreadsheet/index.js';

// The browser-safe reader (effektkedja/spreadsheet) unpacks with DecompressionStream, which Node
// has too: the same workbook gives the same document and findings, and the same limits hold.
const example = new Uint8Array(readFileSync('examples/spreadsheet/kronoberg.xlsx'));

describe('the browser-safe workbook reader', () => {
  it('reads the Kronoberg workbook to the same document and findings as the Node reader', async () => {
    const browser = await readWorkbook(example, { file: 'kronoberg.xlsx' });
    const node = await readInNode(example, { file: 'kronoberg.xlsx' });
    expect(browser.document).toBeDefined();
    expect(browser.document?.plans?.map((p) => p.id)).toEqual(['sydostleden', 'destination-smaland']);
    expect(browser.document).toEqual(node.document);
    expect(browser.findings).toEqual(node.findings);
  });

  it('inflates as zlib does, and stops at the cap', async () => {
    const text = new TextEncoder().encode('<c r="A1"/>'.repeat(10_000));
    const packed = new Uint8Array(deflateRawSync(text));
    expect(await streamInflate(packed)).toEqual(text);
    expect(await zlibInflate(packed)).toEqual(text);
    expect(await streamInflate(packed, 1000)).toBe('over');
    expect(await zlibInflate(packed, 1000)).toBe('over');
    expect(await streamInflate(new Uint8Array([0xff, 0xff, 0xff, 0x00]))).toBeUndefined();
    expect(await zlibInflate(new Uint8Array([0xff, 0xff, 0xff, 0x00]))).toBeUndefined();
  });

  it('refuses an entry that unpacks past maxUnpackedBytes whatever its headers say', async () => {
    // 40 MB of zeros declared as 1 kB: measured while inflating, stopped at the limit.
    const packed = new Uint8Array(deflateRawSync(Buffer.alloc(40 * 1024 * 1024)));
    const r = await readWorkbook(zipOf('xl/worksheets/sheet1.xml', packed, 1000), {
      maxUnpackedBytes: 1024 * 1024,
    });
    expect(r.document).toBeUndefined();
    expect(r.findings.map((f) => [f.code, f.details.limit])).toEqual([
      ['LIMIT_EXCEEDED', 'maxUnpackedBytes'],
    ]);
  });

  it('counts cells and merged cells before exceljs reads them', async () => {
    const sheet = new TextEncoder().encode(
      '<worksheet><sheetData><row r="1"><c r="A1"/><c r="B1"/></row></sheetData>' +
        '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells></worksheet>',
    );
    const bytes = zipOf('xl/worksheets/sheet1.xml', new Uint8Array(deflateRawSync(sheet)), sheet.length);
    const merged = await readWorkbook(bytes);
    expect(merged.findings.map((f) => [f.code, f.details.limit])).toEqual([
      ['LIMIT_EXCEEDED', 'maxMergedCells'],
    ]);
    const cells = await readWorkbook(bytes, { maxCells: 1 });
    expect(cells.findings.map((f) => [f.code, f.details.limit, f.details.found])).toEqual([
      ['LIMIT_EXCEEDED', 'maxCells', 2],
    ]);
  });

  it('says a damaged entry is a damaged zip', async () => {
    const bytes = zipOf('xl/worksheets/sheet1.xml', new Uint8Array([0xff, 0xff, 0xff, 0x00]), 10);
    const r = await readWorkbook(bytes, { file: 'trasig.xlsx' });
    expect(r.findings.map((f) => [f.code, f.details.reason])).toEqual([['FILE_UNREADABLE', 'damaged-zip']]);
  });
});

/** A zip archive of one deflated entry whose headers declare `size` unpacked bytes. */
function zipOf(name: string, packed: Uint8Array, size: number): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
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
