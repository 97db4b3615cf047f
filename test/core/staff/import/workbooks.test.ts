// The template and the refused-rows workbook, read back by an independent reader (Debian's openpyxl).
import { describe, expect, it } from 'vitest';
import { refusedRowsWorkbook, rosterTemplate } from '../../../../electron/core/staff/import/workbooks';
import { readBytesBack, sheetOf } from '../../../helpers/workbookBack';
import { readBack } from '../../text/readBack';

describe('roster workbooks', () => {
  it('the template has the expected columns, a text NIP column, lists and instructions', async () => {
    const { fileName, bytes } = await rosterTemplate();
    expect(fileName).toBe('Templat Daftar Pegawai.xlsx');
    const book = readBytesBack(bytes);
    expect(book.map((s) => s.title)).toEqual(['Daftar Pegawai', 'Petunjuk']);
    const sheet = sheetOf(book, 'Daftar Pegawai');
    expect(sheet.cells[0]).toEqual(['No', 'Nama (dengan gelar)', 'NIP/NIK', 'Pangkat/Gol. Ruang', 'Jabatan', 'Unit Kerja', 'Jenis Kepegawaian', 'L/P']);
    expect(sheet.formats[1]![2]).toBe('@');
    expect(sheet.frozen).toBe('A2');
    expect(sheet.validations.slice(0, 2).map((v) => v[0])).toEqual(['list', 'list']);
    expect(String(sheetOf(book, 'Petunjuk').cells[0]![0])).toBe('Petunjuk mengisi daftar pegawai');
  });

  it('the refused rows keep every original cell, with the row number and reason first', async () => {
    const { fileName, bytes } = await refusedRowsWorkbook([
      { sheet: 'DUK', row: 7, code: 'nip-precision-lost', message: 'NIP tersimpan sebagai angka', raw: { NAMA: 'Rina', NIP: '196805231998031000' } },
      { sheet: 'DUK', row: 9, code: 'missing-name', message: 'Nama pegawai kosong', raw: { NIP: '198001012005011001', JABATAN: 'Staf' } },
    ], 'Daftar Nominatif 2026.xlsx');
    expect(fileName).toBe('Daftar Nominatif 2026 - baris ditolak.xlsx');
    const rows = sheetOf(readBytesBack(bytes), 'Baris Ditolak').cells;
    expect(rows).toEqual([
      ['Baris', 'Alasan ditolak', 'NAMA', 'NIP', 'JABATAN'],
      [7, 'NIP tersimpan sebagai angka', 'Rina', '196805231998031000', null],
      [9, 'Nama pegawai kosong', null, '198001012005011001', 'Staf'],
    ]);
  });

  it('gives back hostile cells and headers of the file as the same inert text, and always opens', async () => {
    const hostile = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '＝1+1', "=cmd|' /C calc'!A0"];
    const { bytes } = await refusedRowsWorkbook([
      ...hostile.map((name, i) => ({ sheet: null, row: 10 + i, code: 'missing-name' as const, message: 'Nama pegawai kosong', raw: { '=NAMA()': name, NIP: '-1' } })),
      // what a CSV can carry and XML cannot: the workbook must still open
      { sheet: null, row: 20, code: 'missing-name', message: 'Nama pegawai kosong', raw: { '=NAMA()': 'Rina\ufffe\u0001 Wati', NIP: '@1' } },
    ], 'daftar.csv');
    const back = readBack(bytes);
    const expected = [['Baris', 'Alasan ditolak', '=NAMA()', 'NIP'], ...hostile.map((name, i) => [10 + i, 'Nama pegawai kosong', name, '-1']), [20, 'Nama pegawai kosong', 'Rina Wati', '@1']];
    expect(back.openpyxl.map((row) => row.map((c) => c.v))).toEqual(expected);
    const types = back.openpyxl.map((row) => row.map((c) => c.t));
    expect(types).toEqual(expected.map((row) => row.map((v) => (typeof v === 'number' ? 'n' : 's'))));
    // a cell that starts like a formula stays text when the user edits it
    const formulaLike = back.openpyxl.flat().filter((c) => /^[=+\-@\t＝]/.test(String(c.v)));
    expect(formulaLike).toHaveLength(1 + 2 * hostile.length + 1);
    expect(formulaLike.map((c) => c.f)).toEqual(formulaLike.map(() => '@'));
    expect(back.libreOfficeCsv).toEqual(expected.map((row) => row.map(String)));
    expect(back.libreOfficeXlsx.map((row) => row.map((c) => [c.v, c.t]))).toEqual(back.openpyxl.map((row) => row.map((c) => [c.v, c.t])));
  }, 120_000);

  it('names the sheet of each refused row when they come from several sheets', async () => {
    const { bytes } = await refusedRowsWorkbook([
      { sheet: 'PNS', row: 4, code: 'employment-mismatch', message: 'NIP berbentuk NI PPPK', raw: { NAMA: 'Lia' } },
      { sheet: 'Honorer', row: 3, code: 'missing-name', message: 'Nama pegawai kosong', raw: { NAMA: '' } },
    ], 'pegawai.xlsx');
    expect(sheetOf(readBytesBack(bytes), 'Baris Ditolak').cells).toEqual([
      ['Lembar', 'Baris', 'Alasan ditolak', 'NAMA'],
      ['PNS', 4, 'NIP berbentuk NI PPPK', 'Lia'],
      // an empty cell of the user's file is written as an empty cell (core/text/sheetText.ts)
      ['Honorer', 3, 'Nama pegawai kosong', null],
    ]);
  });
});
