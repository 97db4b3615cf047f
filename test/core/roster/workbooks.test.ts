// The template and the refused-rows workbook, read back by an independent reader (Debian's openpyxl).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusedRowsWorkbook, rosterTemplate } from '../../../electron/core/roster/workbooks';
import { makeTempDir } from '../../helpers/tempDir';

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        'rows': [[c.value for c in row] for row in ws.iter_rows(max_row=min(ws.max_row, 6))],
        'formats': [c.number_format for c in ws[2]] if ws.max_row >= 2 else [],
        'validations': [ (dv.type, dv.formula1, str(dv.sqref)[:12]) for dv in ws.data_validations.dataValidation ][:2],
        'frozen': ws.freeze_panes,
    }
print(json.dumps(out))
`;

function readWithOpenpyxl(base64: string): Record<string, { rows: unknown[][]; formats: string[]; validations: unknown[][]; frozen: string | null }> {
  const file = path.join(makeTempDir(), 'book.xlsx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, file], { encoding: 'utf8' }));
}

describe('roster workbooks', () => {
  it('the template has the expected columns, a text NIP column, lists and instructions', async () => {
    const { fileName, dataBase64 } = await rosterTemplate();
    expect(fileName).toBe('Templat Daftar Pegawai.xlsx');
    const book = readWithOpenpyxl(dataBase64);
    expect(Object.keys(book)).toEqual(['Daftar Pegawai', 'Petunjuk']);
    const sheet = book['Daftar Pegawai']!;
    expect(sheet.rows[0]).toEqual(['No', 'Nama (dengan gelar)', 'NIP/NIK', 'Pangkat/Gol. Ruang', 'Jabatan', 'Unit Kerja', 'Jenis Kepegawaian', 'L/P']);
    expect(sheet.formats[2]).toBe('@');
    expect(sheet.frozen).toBe('A2');
    expect(sheet.validations.map((v) => v[0])).toEqual(['list', 'list']);
    expect(String(book.Petunjuk!.rows[0]![0])).toBe('Petunjuk mengisi daftar pegawai');
  });

  it('the refused rows keep every original cell, with the row number and reason first', async () => {
    const { fileName, dataBase64 } = await refusedRowsWorkbook([
      { row: 7, code: 'nip-precision-lost', message: 'NIP tersimpan sebagai angka', raw: { NAMA: 'Rina', NIP: '196805231998031000' } },
      { row: 9, code: 'missing-name', message: 'Nama pegawai kosong', raw: { NIP: '198001012005011001', JABATAN: 'Staf' } },
    ], 'Daftar Nominatif 2026.xlsx');
    expect(fileName).toBe('Daftar Nominatif 2026 - baris ditolak.xlsx');
    const rows = readWithOpenpyxl(dataBase64)['Baris Ditolak']!.rows;
    expect(rows).toEqual([
      ['Baris', 'Alasan ditolak', 'NAMA', 'NIP', 'JABATAN'],
      [7, 'NIP tersimpan sebagai angka', 'Rina', '196805231998031000', null],
      [9, 'Nama pegawai kosong', null, '198001012005011001', 'Staf'],
    ]);
  });
});
