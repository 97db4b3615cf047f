// Issue 8, the reader's side: blocks below the table are not staff (and are listed), every sheet with a
// roster is read (the sheet's name gives the employment, a sheet can be left out, refused rows name their
// sheet), more of what Excel does to NIPs, the words real files use, and the messages for .xls and for a
// workbook with a password. Fixtures written by openpyxl and LibreOffice (and exceljs), read by both readers.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedRoster, ParseOptions } from '../../../../electron/core/staff/import';
import { parseRosterFile } from '../../../../electron/core/staff/import';
import { combineSheets } from '../../../../electron/core/staff/import/read/combine';
import { classifyHeader } from '../../../../electron/core/staff/import/table/headerFields';
import type { RosterFixtures, Writer } from '../../../fixtures/roster/makeRosterFixtures';
import { writeRosterFixtures } from '../../../fixtures/roster/makeRosterFixtures';
import { writeWithOpenpyxl } from '../../../fixtures/roster/writers';
import { makeTempDir } from '../../../helpers/tempDir';

const TODAY = new Date('2025-06-01T00:00:00Z');
const WRITERS: Writer[] = ['openpyxl', 'libreoffice', 'exceljs'];
const READERS: NonNullable<ParseOptions['xlsxReader']>[] = ['fast', 'exceljs'];
const CASES = WRITERS.flatMap((writer) => READERS.map((reader) => ({ writer, reader })));

let fx: RosterFixtures;
const dir = makeTempDir('roster-sheets');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  fx = await writeRosterFixtures(dir);
});

function parse(file: string, opts: ParseOptions = {}): Promise<ParsedRoster> {
  return parseRosterFile(readFileSync(file), file, { today: TODAY, ...opts });
}

async function refusal(file: string, opts: ParseOptions = {}): Promise<{ code: string; message: string }> {
  return parse(file, opts).then(() => ({ code: 'accepted', message: '' }), (e: Error & { code: string }) => ({ code: e.code, message: e.message }));
}

describe.each(CASES)('a DUK written by $writer, read by $reader', ({ writer, reader }) => {
  it('reads the staff, not the signature block or the notes, and lists those rows as not staff', async () => {
    const roster = await parse(fx.xlsx.duk[writer], { xlsxReader: reader });
    expect(roster.rows.map((r) => [r.excelRow, r.name, r.nip])).toEqual([
      [6, 'dr. Hj. Siti Aminah, M.Kes.', '197003121995032004'],
      [7, 'Drs. Moh. Hasan, M.Si.', '196805231998031005'],
      [8, 'Rina Marlina, S.KM.', '198507142010012003'],
      [9, 'Ahmad Fauzi, A.Md.Kep.', '199001012015031002'],
    ]);
    expect(roster.refused).toEqual([]);
    expect(roster.notStaff).toEqual([
      { sheet: 'DUK 2024', row: 11, text: 'Mengetahui, · Pamekasan, 2 Januari 2024' },
      { sheet: 'DUK 2024', row: 12, text: 'Sekretaris Daerah · KEPALA DINAS KESEHATAN' },
      { sheet: 'DUK 2024', row: 13, text: 'Kabupaten Pamekasan · KABUPATEN PAMEKASAN' },
      { sheet: 'DUK 2024', row: 16, text: 'Drs. H. Totok Hartono, M.Si. · dr. Hj. Siti Aminah, M.Kes.' },
      { sheet: 'DUK 2024', row: 17, text: 'Pembina Utama Madya · Pembina Utama Muda' },
      { sheet: 'DUK 2024', row: 18, text: 'NIP. 19650101 198803 1 010 · NIP. 19700312 199503 2 004' },
      { sheet: 'DUK 2024', row: 20, text: 'Keterangan:' },
      { sheet: 'DUK 2024', row: 21, text: '1. Data per 1 Januari 2024.' },
      { sheet: 'DUK 2024', row: 22, text: '2. PPPK dan tenaga honorer dicatat pada daftar tersendiri.' },
    ]);
  });
});

describe.each(CASES)('a workbook with PNS, PPPK and Honorer tabs written by $writer, read by $reader', ({ writer, reader }) => {
  it('reads every tab; with no employment column, the tab\'s name gives the employment', async () => {
    const roster = await parse(fx.xlsx.threeTabs[writer], { xlsxReader: reader });
    expect(roster.sheets.map((s) => [s.name, s.skipped, s.employment, s.headerRow])).toEqual([
      ['PNS', null, 'PNS', 1], ['PPPK', null, 'PPPK', 1], ['Honorer', null, 'NON_ASN', 1],
    ]);
    expect(roster.rows.map((r) => [r.sheet, r.excelRow, r.name, r.employment, r.position])).toEqual([
      ['PNS', 2, 'Hendra Gunawan, S.T.', 'PNS', 'Kepala Seksi Sarana Kesehatan'],
      ['PNS', 3, 'Nur Hasanah, S.Kep.', 'PNS', 'Perawat Ahli Pertama'],
      ['PPPK', 2, 'Rudi Hartono', 'PPPK', 'Perawat Ahli Pertama'],
      ['PPPK', 3, 'Dewi Lestari, A.Md.Keb.', 'PPPK', 'Bidan Terampil'],
      ['Honorer', 2, 'Yuli Astuti', 'NON_ASN', 'Pramu Kantor'],
      ['Honorer', 3, 'Imam Syafii', 'NON_ASN', 'Pengemudi'],
    ]);
  });

  it('refuses a row whose NIP contradicts its tab, naming the tab; lists each tab\'s signature lines as not staff', async () => {
    const roster = await parse(fx.xlsx.threeTabs[writer], { xlsxReader: reader });
    expect(roster.refused.map(({ sheet, row, code }) => ({ sheet, row, code }))).toEqual([{ sheet: 'PNS', row: 4, code: 'employment-mismatch' }]);
    expect(roster.refused[0]?.message).toContain('barisnya ada di lembar "PNS"');
    expect(roster.notStaff.map((n) => [n.sheet, n.row, n.text])).toEqual([
      ['PPPK', 5, 'Kepala Sub Bagian Umum dan Kepegawaian'],
      ['PPPK', 6, 'Budi Santoso, S.E.'],
      ['Honorer', 5, 'KEPALA DINAS KESEHATAN'],
      ['Honorer', 6, 'KABUPATEN PAMEKASAN'],
      ['Honorer', 8, 'dr. Hj. Siti Aminah, M.Kes.'],
      ['Honorer', 9, 'Pembina Utama Muda'],
      ['Honorer', 10, 'NIP. 19700312 199503 2 004'],
    ]);
  });
});

describe('choosing sheets', () => {
  it('leaves a tab out and brings it back; reads one tab only when asked', async () => {
    const all = await parse(fx.xlsx.threeTabs.openpyxl);
    const without = combineSheets(all.sheets, ['pppk']);
    expect(without.sheets.map((s) => s.skipped)).toEqual([null, 'left-out', null]);
    expect(without.rows.map((r) => r.sheet)).toEqual(['PNS', 'PNS', 'Honorer', 'Honorer']);
    expect(without.notStaff.every((n) => n.sheet !== 'PPPK')).toBe(true);
    expect(combineSheets(without.sheets, []).rows).toEqual(all.rows);
    const honorer = await parse(fx.xlsx.threeTabs.libreoffice, { sheet: 'honorer' });
    expect(honorer.sheets.map((s) => s.skipped)).toEqual(['left-out', 'left-out', null]);
    expect(honorer.rows.map((r) => r.name)).toEqual(['Yuli Astuti', 'Imam Syafii']);
    expect(await refusal(fx.xlsx.threeTabs.openpyxl, { sheet: 'THL' })).toMatchObject({
      code: 'roster-sheet-not-found', message: expect.stringContaining('"PNS", "PPPK", "Honorer"'),
    });
  });

  it('refuses a person repeated on a later tab, naming the first tab and row, and reads them when that tab is left out', async () => {
    const file = join(dir, 'dua-lembar.xlsx');
    const person = ['Hendra Gunawan, S.T.', '19820205 200901 1 003', 'Kepala Seksi'];
    await writeWithOpenpyxl({ sheets: [
      { name: 'PNS', rows: [['Nama', 'NIP', 'Jabatan'], person] },
      { name: 'PNS 2023', rows: [['Nama', 'NIP', 'Jabatan'], ['Sri Wahyuni', '19750817 200003 2 004', 'Bendahara'], person] },
    ] }, file);
    const roster = await parse(file);
    expect(roster.refused.map(({ sheet, row, code }) => ({ sheet, row, code }))).toEqual([{ sheet: 'PNS 2023', row: 3, code: 'duplicate-nip' }]);
    expect(roster.refused[0]?.message).toContain('sudah tercantum di baris 2 di lembar "PNS" (Hendra Gunawan, S.T.)');
    const later = combineSheets(roster.sheets, ['PNS']);
    expect(later.refused).toEqual([]);
    expect(later.rows.map((r) => [r.sheet, r.excelRow])).toEqual([['PNS 2023', 2], ['PNS 2023', 3]]);
  });
});

describe('NIPs from number cells', () => {
  it.each(WRITERS)('written by %s: both lose their last digits, formatted "0" or General', async (writer) => {
    const roster = await parse(fx.xlsx.numberNip[writer]);
    expect(roster.refused.map(({ row, code }) => ({ row, code }))).toEqual([{ row: 2, code: 'nip-precision-lost' }, { row: 3, code: 'nip-precision-lost' }]);
    expect(roster.rows.map((r) => r.name)).toEqual(['Sri Wahyuni']);
  });

  it('saved as CSV by LibreOffice ("196805231998031000", "1.97…E+17"): still flagged, never imported as if right', async () => {
    const text = readFileSync(fx.numberNipCsv, 'utf8');
    expect(text).toContain('196805231998031000');
    const roster = await parse(fx.numberNipCsv);
    expect(roster.refused.map(({ row, code }) => ({ row, code }))).toEqual([{ row: 2, code: 'nip-precision-lost' }, { row: 3, code: 'nip-precision-lost' }]);
    expect(roster.refused[0]?.message).toContain('Ubah format sel NIP menjadi Teks');
  });
});

describe('words and messages from real files', () => {
  it('reads "TUGAS" and "URAIAN TUGAS" as the jabatan; "TEMPAT TUGAS" stays the unit', () => {
    expect(['TUGAS', 'Uraian Tugas', 'TUGAS POKOK'].map(classifyHeader)).toEqual(['position', 'position', 'position']);
    expect(classifyHeader('TEMPAT TUGAS')).toBe('unit');
  });

  it('says how to save an old .xls as .xlsx with the menus of Indonesian and English Excel', async () => {
    const r = await refusal(fx.realXls);
    expect(r.code).toBe('roster-xls-old');
    expect(r.message).toContain('File > Simpan Sebagai > Buku Kerja Excel');
    expect(r.message).toContain('File > Save As > Excel Workbook');
    expect(r.message).not.toContain('kata sandi');
  });

  it('has its own message for a workbook saved with a password (by LibreOffice, as Excel encrypts)', async () => {
    expect(readFileSync(fx.encrypted).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const r = await refusal(fx.encrypted);
    expect(r.code).toBe('roster-encrypted');
    expect(r.message).toContain('dilindungi kata sandi: buka di Excel, hapus kata sandi, simpan, impor lagi');
  });
});
