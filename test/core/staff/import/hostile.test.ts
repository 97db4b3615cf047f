// Files made to hurt the reader: bombs and entity expansion get their own true message (not "damaged"), by
// either reader (the exceljs fallback is guarded before it runs); the limits no real OPD reaches are refused
// with a message that names the limit; a wide sheet is read in bounded chunks, so a cancel is honoured.
import { describe, expect, it } from 'vitest';
import type { ParseOptions } from '../../../../electron/core/staff/import';
import { parseRosterFile } from '../../../../electron/core/staff/import';
import {
  entityBomb, entitySheet, longCell, lyingZipBomb, millionRows, prefixedSheet, stringsBomb, unreferencedSheet, wideSheet, zipBomb,
} from '../../../fixtures/hostile/hostileFiles';

const READERS: NonNullable<ParseOptions['xlsxReader']>[] = ['fast', 'exceljs'];

async function refusal(bytes: Uint8Array, reader: ParseOptions['xlsxReader'] = 'fast', name = 'daftar.xlsx'): Promise<{ code: string; message: string }> {
  try {
    await parseRosterFile(bytes, name, { xlsxReader: reader });
  } catch (e) {
    return { code: (e as { code?: string }).code ?? String(e), message: (e as Error).message };
  }
  return { code: 'accepted', message: '' };
}

describe.each(READERS)('bombs read by the %s reader', (reader) => {
  it.each([
    ['a zip bomb whose directory tells the truth', () => zipBomb(300)],
    ['a zip bomb whose directory lies', () => lyingZipBomb(300)],
    ['shared strings that inflate to 300 MB', () => stringsBomb(300)],
    ['shared strings that inflate to 100 MB behind a lying directory', () => stringsBomb(100, true)],
  ])('%s: "terlalu besar atau tidak wajar", not "rusak"', async (_, make) => {
    const r = await refusal(make(), reader);
    expect(r.code).toBe('file-unpacks-too-large');
    expect(r.message).toContain('terlalu besar atau tidak wajar');
    expect(r.message).not.toMatch(/rusak|terpotong/);
  });

  it.each([
    ['in the shared strings', entityBomb],
    ['in a sheet', entitySheet],
  ])('entity expansion %s: its own message', async (_, make) => {
    const r = await refusal(make(), reader);
    expect(r.code).toBe('file-xml-entities');
    expect(r.message).toContain('DOCTYPE/ENTITY');
  });
});

describe('the exceljs fallback', () => {
  it('is guarded: a workbook the fast path declines gets exceljs only when all of it is small', async () => {
    const big = await refusal(unreferencedSheet(200_000));
    expect(big).toMatchObject({ code: 'file-unpacks-too-large', message: expect.stringContaining('24,0 MB') });
    expect((await refusal(unreferencedSheet(3))).code).not.toBe('file-unpacks-too-large');
  });

  it('is not needed for prefixed element names (<x:row>): the fast path reads them', async () => {
    expect((await parseRosterFile(prefixedSheet(3), 'x.xlsx')).rows.map((p) => p.name)).toEqual(['Pegawai 1', 'Pegawai 2', 'Pegawai 3']);
  });
});

describe('limits no real OPD reaches', () => {
  it('50,000 staff rows are read; one more and the file is refused, saying the limit', async () => {
    expect((await parseRosterFile(millionRows(50_000), 'a.xlsx')).rows).toHaveLength(50_000);
    const r = await refusal(millionRows(50_001));
    expect(r.code).toBe('roster-too-many-rows');
    expect(r.message).toContain('lebih dari 50.000 baris');
  });

  it('a sheet reaching Excel\'s last column (XFD, the 16,384th) is refused with the cell; one column less is read', async () => {
    const r = await refusal(wideSheet(16_384));
    expect(r.code).toBe('roster-too-many-columns');
    expect(r.message).toContain('kolom XFD2 (kolom ke-16.384)');
    expect((await parseRosterFile(wideSheet(16_383), 'b.xlsx')).rows).toHaveLength(19);
  });

  it('a cell of more than 2,000 characters is refused with its reference, inline or shared; 2,000 are read', async () => {
    for (const shared of [false, true]) {
      const r = await refusal(longCell(2_001, shared));
      expect(r.code).toBe('roster-cell-too-long');
      expect(r.message).toContain('Sel B3 di lembar "Pegawai"');
      expect(r.message).toContain('2.001 karakter; satu sel paling banyak 2.000');
      expect((await parseRosterFile(longCell(2_000, shared), 'c.xlsx')).rows.map((p) => p.name)).toEqual(['Ahmad', 'Budi']);
    }
  });

  it('a CSV is held to the same limits', async () => {
    const wide = `Nama${';'.repeat(16_383)}x\nAhmad\n`;
    expect((await refusal(Buffer.from(wide), 'fast', 'lebar.csv')).code).toBe('roster-too-many-columns');
    const long = `Nama;Keterangan\nAhmad;${'y'.repeat(2_001)}\n`;
    expect(await refusal(Buffer.from(long), 'fast', 'panjang.csv')).toMatchObject({ code: 'roster-cell-too-long', message: expect.stringContaining('Sel B2') });
  });

  it('a name longer than the edit form allows (200) is refused on its row; 200 characters are read', async () => {
    const name = (n: number) => `Dr. ${'A'.repeat(n - 4)}`;
    const roster = await parseRosterFile(Buffer.from(`Nama;Jabatan\n${name(200)};Staf\n${name(201)};Staf\n`), 'nama.csv');
    expect(roster.rows.map((r) => r.name.length)).toEqual([200]);
    expect(roster.refused).toEqual([expect.objectContaining({ row: 3, code: 'name-too-long', message: expect.stringContaining('201 karakter; paling banyak 200') })]);
  });
});

describe('rows below a table', () => {
  it('are listed up to a few hundred, and all counted', async () => {
    const lines = ['Nama;Jabatan', 'Ahmad;Staf', 'Keterangan:', ...Array.from({ length: 300 }, (_, i) => `${i + 1}. catatan;`)];
    const roster = await parseRosterFile(Buffer.from(lines.join('\n')), 'catatan.csv');
    expect(roster.rows.map((r) => r.name)).toEqual(['Ahmad']);
    expect(roster.notStaff).toHaveLength(200);
    expect(roster.sheets[0]?.notStaffCount).toBe(301);
  });
});

describe('a wide sheet (19 people × 16,000 number columns)', () => {
  it('is read in bounded chunks: a cancel at the first progress report stops the reading there', async () => {
    const controller = new AbortController();
    const reports: number[] = [];
    const parsing = parseRosterFile(wideSheet(16_000), 'lebar.xlsx', {
      signal: controller.signal,
      onProgress: (done) => { reports.push(done); controller.abort(); },
    });
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toBeLessThan(19);
  });

  it('reports progress as its rows are read, and reads them all', async () => {
    const reports: number[] = [];
    const roster = await parseRosterFile(wideSheet(16_000), 'lebar.xlsx', { onProgress: (done) => reports.push(done) });
    expect(roster.rows).toHaveLength(19);
    expect(reports.length).toBeGreaterThan(5);
  });
});
