// The zip guard: declared sizes are checked before anything is inflated, and not trusted (every inflate is
// capped); DOCTYPE/ENTITY markup is refused wherever it sits in a part; size and CRC mismatches are damage.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ZipLimits } from '../../../electron/core/spreadsheet/limits';
import { SpreadsheetLimitError } from '../../../electron/core/spreadsheet/limits';
import { ZipError } from '../../../electron/core/spreadsheet/zip';
import { declaresEntities, GuardedZip } from '../../../electron/core/spreadsheet/zipGuard';
import { bombPart } from '../../fixtures/hostile/hostileFiles';
import { textPart, zipFile } from '../../fixtures/hostile/zipWriter';

const MiB = 1024 * 1024;
const LIMITS: ZipLimits = { partBytes: 4 * MiB, heldPartBytes: 2 * MiB, totalBytes: 6 * MiB, entries: 50 };

async function drain(zip: GuardedZip, name: string): Promise<number> {
  let size = 0;
  for await (const chunk of zip.chunks(name)) size += chunk.length;
  return size;
}

async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  return 'no error';
}

describe('GuardedZip', () => {
  it('refuses a part whose declared size passes the cap before inflating anything', () => {
    const zip = zipFile([bombPart('xl/worksheets/sheet1.xml', '<worksheet>', 5)]);
    expect(() => new GuardedZip(zip, LIMITS)).toThrow(expect.objectContaining({ kind: 'part-bytes', limit: LIMITS.partBytes, found: 5 * MiB + 11 }));
  });

  it('refuses parts whose declared sizes pass the total together', () => {
    const zip = zipFile([bombPart('a.xml', '', 3), bombPart('b.xml', '', 3), bombPart('c.xml', '', 1)]);
    expect(() => new GuardedZip(zip, LIMITS)).toThrow(expect.objectContaining({ kind: 'total-bytes', found: 7 * MiB }));
  });

  it('does not trust a directory that understates: a streamed part stops at its cap', async () => {
    const zip = new GuardedZip(zipFile([bombPart('xl/worksheets/sheet1.xml', '<worksheet>', 40, true)]), LIMITS);
    const e = await failure(() => drain(zip, 'xl/worksheets/sheet1.xml'));
    expect(e).toBeInstanceOf(SpreadsheetLimitError);
    expect(e).toMatchObject({ kind: 'part-bytes', limit: LIMITS.partBytes });
    // it stopped within one output chunk of the cap, not at the 40 MiB the data holds
    expect((e as SpreadsheetLimitError).found).toBeLessThan(LIMITS.partBytes + MiB);
  });

  it('does not trust it for a part held whole either (zlib maxOutputLength)', () => {
    const zip = new GuardedZip(zipFile([bombPart('xl/styles.xml', '<styleSheet>', 40, true)]), LIMITS);
    expect(() => zip.held('xl/styles.xml')).toThrow(expect.objectContaining({ kind: 'part-bytes', limit: LIMITS.heldPartBytes }));
  });

  it('counts what the parts inflate to against the total, each part once however often it is read', async () => {
    const parts = [bombPart('a.xml', '', 3, true), bombPart('b.xml', '', 4, true)];
    const zip = new GuardedZip(zipFile(parts), LIMITS);
    await expect(drain(zip, 'a.xml')).rejects.toBeInstanceOf(ZipError); // 3 MiB where 40 KB was declared: damaged…
    await expect(drain(zip, 'a.xml')).rejects.toBeInstanceOf(ZipError); // …read twice, still counted once
    await expect(drain(zip, 'b.xml')).rejects.toMatchObject({ kind: 'total-bytes', limit: LIMITS.totalBytes });
  });

  it('reads an honest part in chunks, and the same part again', async () => {
    const text = 'x'.repeat(3 * MiB);
    const zip = new GuardedZip(zipFile([textPart('xl/worksheets/sheet1.xml', text)]), LIMITS);
    expect(await drain(zip, 'xl/worksheets/sheet1.xml')).toBe(text.length);
    expect(await drain(zip, 'xl/worksheets/sheet1.xml')).toBe(text.length);
    expect(zip.declaredSize('xl/worksheets/sheet1.xml')).toBe(text.length);
  });

  it('refuses DOCTYPE or ENTITY markup in a held part and in a streamed one, even split between two chunks', async () => {
    const doctype = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]><sst/>';
    expect(() => new GuardedZip(zipFile([textPart('xl/sharedStrings.xml', doctype)]), LIMITS).held('xl/sharedStrings.xml'))
      .toThrow(expect.objectContaining({ kind: 'xml-entities', where: 'xl/sharedStrings.xml' }));
    // the output chunks are 256 KiB: put the marker across the first boundary
    const split = `${' '.repeat(256 * 1024 - 4)}<!ENTITY a "b">`;
    const zip = new GuardedZip(zipFile([textPart('xl/worksheets/sheet1.xml', split)]), LIMITS);
    await expect(drain(zip, 'xl/worksheets/sheet1.xml')).rejects.toMatchObject({ kind: 'xml-entities' });
    expect(declaresEntities(Buffer.from('<!-- a comment --><![CDATA[x]]><!doctype x>'))).toBe(true);
    expect(declaresEntities(Buffer.from('<!-- a comment --><![CDATA[x]]><row/>'))).toBe(false);
  });

  it('calls a part whose size or CRC differs from the directory damaged', async () => {
    const good = textPart('a.xml', 'hello world');
    const zip = new GuardedZip(zipFile([{ ...good, crc: crc32(Buffer.from('hello')) }, { ...textPart('b.xml', 'abc'), size: 4 }]), LIMITS);
    expect(() => zip.held('a.xml')).toThrow(ZipError);
    await expect(drain(zip, 'b.xml')).rejects.toBeInstanceOf(ZipError);
  });

  it('before a reader with no caps of its own, inflates every part and refuses a workbook past that reader\'s total', async () => {
    const zip = new GuardedZip(zipFile([textPart('a.xml', 'x'.repeat(MiB)), textPart('b.xml', 'y'.repeat(MiB))]), LIMITS);
    await expect(zip.verifyAll(MiB)).rejects.toMatchObject({ kind: 'total-bytes', limit: MiB });
    await expect(zip.verifyAll(3 * MiB)).resolves.toBeUndefined();
    // a directory that understates is no way past it: the total is counted as the parts inflate
    const lying = new GuardedZip(zipFile([bombPart('a.xml', '', 3), bombPart('b.xml', '', 3, true)]), LIMITS);
    await expect(lying.verifyAll(4 * MiB)).rejects.toMatchObject({ kind: 'total-bytes', limit: 4 * MiB });
  });

  it('refuses a zip listing more entries than a workbook has', () => {
    const parts = Array.from({ length: 51 }, (_, i) => textPart(`p${i}.xml`, '<x/>'));
    expect(() => new GuardedZip(zipFile(parts), LIMITS)).toThrow(expect.objectContaining({ kind: 'entries', found: 51 }));
  });
});
