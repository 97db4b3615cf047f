// The Sekda's OPD list read from Excel and CSV: the column under "Nama OPD" (or a like header), blank rows skipped.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readOpdList } from '../../../electron/core/recap/sekdaOpds';
import { addSheetRow } from '../../../electron/core/text/sheetText';

describe('the Sekda\'s OPD list from a file', () => {
  it('reads the names under the OPD header of an .xlsx, below a title', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Daftar');
    addSheetRow(ws, ['DAFTAR PERANGKAT DAERAH KABUPATEN PAMEKASAN']);
    addSheetRow(ws, ['No', 'Nama OPD', 'Kepala']);
    addSheetRow(ws, [1, 'Dinas Kesehatan', 'dr. Saifudin']);
    addSheetRow(ws, [2, null, null]);
    addSheetRow(ws, [3, 'Dinas Pendidikan dan Kebudayaan', 'Dr. H. Akhmad Zaini']);
    expect(await readOpdList(Buffer.from(await wb.xlsx.writeBuffer()), 'opd.xlsx')).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan dan Kebudayaan']);
  });

  it('reads a CSV, and refuses a file without such a column', async () => {
    expect(await readOpdList(Buffer.from('OPD;Alamat\nDinas Sosial;Jl. A\nBappeda;Jl. B\n'), 'opd.csv')).toEqual(['Dinas Sosial', 'Bappeda']);
    await expect(readOpdList(Buffer.from('Nama Pegawai\nBudi\n'), 'x.csv')).rejects.toThrow(/tidak berisi daftar OPD/);
  });
});
