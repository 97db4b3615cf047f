// "Ekspor ke Excel": the rows and columns the screen shows, read back by openpyxl (an independent reader): NIP as
// text with all 18 digits, a frozen header with an autofilter, dates as date cells, the print setup (A4 = paper
// size 9, F4/Folio = 14, landscape, one page wide, the header row repeated).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveResult, Staff } from '../../../../electron/core/contract';
import { importFile, value } from '../../../helpers/importFlow';
import { readWorkbookBack, sheetOf } from '../../../helpers/workbookBack';
import { rosterXlsx } from '../../../helpers/rosterXlsx';
import { sessionPerTest } from '../../../helpers/session';

const start = sessionPerTest();

const HEADER = ['No', 'Nama', 'NIP/NIK', 'Pangkat / Gol', 'Jabatan', 'Unit Kerja', 'Tanggal Lahir'];
const ROWS = [
  [1, 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', '19680523 199803 1 005', 'IV/c', 'Kepala Dinas', 'Sekretariat', null],
  [2, 'Siti Rahmawati, S.Sos.', '198507142010012003', 'III/c', 'Kepala Sub Bagian Umum', 'Sekretariat', null],
  [3, 'Andrea Putri', '3528014507950002', null, 'Tenaga Kebersihan', 'Bidang Pembinaan SD', null],
];

describe('the roster exported to Excel', () => {
  it('keeps the screen’s order and columns, NIP as text, a frozen filtered header and the print setup', async () => {
    const t = await start();
    await value(t.dispatch('profile.save', {
      opdName: 'Dinas Pendidikan & Kebudayaan', regency: 'Kabupaten Pamekasan', address: '', postcode: '', phone: '', email: '', website: '',
      headName: '', headNip: '', headRank: '', headPosition: '', secretaryName: '', secretaryNip: '',
    }));
    await importFile(t, 'pegawai.xlsx', await rosterXlsx(HEADER, ROWS));
    const all = await value<Staff[]>(t.dispatch('staff.list', {}));
    const order = ['Siti Rahmawati, S.Sos.', 'Andrea Putri', 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.'].map((n) => all.find((s) => s.name === n)!.id);

    const saved = await value<SaveResult>(t.dispatch('staff.exportXlsx', {
      ids: order, columns: ['name', 'identifier', 'unit', 'birthDate', 'status'], paper: 'F4', filterNote: 'Semua unit · Pegawai aktif',
    }));
    expect(saved.saved?.name).toMatch(/^Daftar Pegawai \d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = readWorkbookBack(path.join(saved.saved!.folder, saved.saved!.name));
    const sheet = sheetOf(book, 'Daftar Pegawai');
    expect(sheet.cells).toEqual([
      ['No', 'Nama', 'NIP/NIK', 'Unit', 'Tanggal lahir', 'Status'],
      [1, 'Siti Rahmawati, S.Sos.', '198507142010012003', 'Sekretariat', '1985-07-14 00:00:00', 'Aktif'],
      [2, 'Andrea Putri', '3528014507950002', 'Bidang Pembinaan SD', '1995-07-05 00:00:00', 'Aktif'],
      [3, 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', '196805231998031005', 'Sekretariat', '1968-05-23 00:00:00', 'Aktif'],
    ]);
    // NIP/NIK are text cells with the text format: Excel keeps all 18 digits
    expect(sheet.types.slice(1).map((r) => r[2])).toEqual(['s', 's', 's']);
    expect(sheet.formats.slice(1).map((r) => r[2])).toEqual(['@', '@', '@']);
    expect(sheet.types[1]![4]).toBe('d');
    expect(sheet.formats[1]![4]).toBe('dd/mm/yyyy');
    expect(sheet.frozen).toBe('A2');
    expect(sheet.autoFilter).toBe('A1:F4');
    expect(String(sheet.paperSize)).toBe('14');
    expect(sheet.orientation).toBe('landscape');
    expect(String(sheet.fitToWidth)).toBe('1');
    expect(sheet.fitToPage).toBe(true);
    expect(sheet.printTitleRows).toBe('$1:$1'); // the header row repeats on every printed page
    expect(sheet.header).toContain('DAFTAR PEGAWAI DINAS PENDIDIKAN && KEBUDAYAAN');
    expect(sheet.header).toContain('Semua unit · Pegawai aktif');

    const a4 = await value<SaveResult>(t.dispatch('staff.exportXlsx', { ids: order.slice(0, 1), columns: ['identifier'], paper: 'A4' }));
    const a4Sheet = sheetOf(readWorkbookBack(path.join(a4.saved!.folder, a4.saved!.name)), 'Daftar Pegawai');
    expect(String(a4Sheet.paperSize)).toBe('9');
    expect(a4Sheet.cells).toEqual([['No', 'NIP/NIK'], [1, '198507142010012003']]);
    expect(a4Sheet.autoFilter).toBe('A1:B2');
  });

  it('refuses an empty selection and unknown columns at the contract', async () => {
    const t = await start();
    expect(await t.dispatch('staff.exportXlsx', { ids: [], columns: ['name'], paper: 'A4' })).toMatchObject({ ok: false });
    expect(await t.dispatch('staff.exportXlsx', { ids: [1], columns: ['salary'], paper: 'A4' } as never)).toMatchObject({ ok: false });
  });
});
