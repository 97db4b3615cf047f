// Who has not signed yet, per unit with the head on top: on screen, as .xlsx (read back with openpyxl: NIP as text
// cells, every row) and as a PDF with the kop, one unit a page (read back with poppler).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NotSignedList, SaveResult } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import { layoutPages, pdfInfo } from '../../helpers/poppler';
import { sessionPerTest } from '../../helpers/session';
import { smallOpd } from '../attendance/fixture';

const start = sessionPerTest();

const READ_ALL = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({
  'title': ws.title,
  'rows': [[c.value for c in row] for row in ws.iter_rows()],
  'nipTypes': sorted({ws.cell(row=r, column=4).data_type for r in range(8, ws.max_row + 1)}),
  'nipFormats': sorted({ws.cell(row=r, column=4).number_format for r in range(8, ws.max_row + 1)}),
  'frozen': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'paper': ws.page_setup.paperSize,
}, default=str))
`;

describe('the not-signed list', () => {
  it('lists per unit with the heads first, and exports it as .xlsx and PDF', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    const ids = (names: string[]) => names.map((n) => opd.staff[n]!.id);
    await value(t.dispatch('pledges.signOutside', { electionId: opd.election.id, staffIds: ids(['Budi Santoso, S.E.', 'Ani Wulandari', 'Joko Susilo']), date: '2024-09-20' }));

    const list = await value<NotSignedList>(t.dispatch('pledges.notSigned', { electionId: opd.election.id }));
    expect(list.overall).toMatchObject({ target: 8, signed: 3, notSigned: 5 });
    expect(list.units.map((u) => [u.unitName, u.people.map((p) => [p.staff.name, p.isHead])])).toEqual([
      ['Bidang Kebudayaan', [['Hj. Nur Aini, S.Pd.', true]]],
      ['Bidang Pembinaan SD', [['Drs. Eko Permana, M.Si.', true], ['Rudi Hartono', false]]],
      ['Sekretariat', [['Dr. H. Akhmad Zaini, S.Pd., M.Pd.', true], ['Siti Rahmawati, S.Sos.', true]]],
    ]);
    const one = await value<NotSignedList>(t.dispatch('pledges.notSigned', { electionId: opd.election.id, unitId: opd.units['Bidang Pembinaan SD']!.id }));
    expect(one.units.map((u) => u.unitName)).toEqual(['Bidang Pembinaan SD']);

    const xlsx = await value<SaveResult>(t.dispatch('pledges.exportNotSigned', { electionId: opd.election.id, format: 'xlsx', paper: 'F4' }));
    expect(xlsx.saved?.name).toMatch(/^Belum Menandatangani Ikrar \d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(xlsx.saved!.folder, xlsx.saved!.name);
    const book = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ_ALL, file], { encoding: 'utf8' })) as {
      title: string; rows: unknown[][]; nipTypes: string[]; nipFormats: string[]; frozen: string; filter: string; paper: number;
    };
    expect(book.title).toBe('Belum menandatangani');
    expect(book.rows[0]![0]).toBe('DAFTAR PEGAWAI YANG BELUM MENANDATANGANI IKRAR NETRALITAS ASN');
    expect(book.rows[1]![0]).toBe('Dinas Pendidikan dan Kebudayaan');
    expect(book.rows[4]![0]).toBe('5 dari 8 pegawai belum menandatangani (37,5% sudah)');
    expect(book.rows[6]).toEqual(['NO', 'UNIT KERJA', 'NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'KETERANGAN']);
    expect(book.rows.slice(7).map((r) => [r[0], r[1], r[2], r[3], r[6]])).toEqual([
      [1, 'Bidang Kebudayaan', 'Hj. Nur Aini, S.Pd.', '197505052000122002', 'Kepala unit'],
      [2, 'Bidang Pembinaan SD', 'Drs. Eko Permana, M.Si.', '196912121994031004', 'Kepala unit'],
      [3, 'Bidang Pembinaan SD', 'Rudi Hartono', '199203102021211005', null],
      [4, 'Sekretariat', 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', '196805231998031005', 'Kepala unit'],
      [5, 'Sekretariat', 'Siti Rahmawati, S.Sos.', '198507142010012003', 'Kepala unit'],
    ]);
    // the NIP is a text cell formatted as text: all 18 digits survive an edit in Excel
    expect(book.nipTypes).toEqual(['s']);
    expect(book.nipFormats).toEqual(['@']);
    expect(book).toMatchObject({ frozen: 'A8', filter: 'A7:G12', paper: 14 });

    const pdf = await value<SaveResult>(t.dispatch('pledges.exportNotSigned', { electionId: opd.election.id, format: 'pdf', paper: 'A4' }));
    const pdfFile = path.join(pdf.saved!.folder, pdf.saved!.name);
    expect(fs.statSync(pdfFile).size).toBeGreaterThan(1000);
    // one unit a page, to hand to each head
    expect(pdfInfo(pdfFile).pages).toBe(3);
    const pages = layoutPages(pdfFile);
    expect(pages[0]).toContain('DINAS PENDIDIKAN DAN KEBUDAYAAN');
    expect(pages[0]).toContain('BELUM MENANDATANGANI IKRAR');
    expect(pages[0]).toMatch(/BIDANG KEBUDAYAAN[\s\S]*Hj\. Nur Aini[\s\S]*Kepala unit/);
    expect(pages[1]).toMatch(/BIDANG PEMBINAAN SD[\s\S]*Rudi Hartono/);
    expect(pages[1]).not.toContain('Siti Rahmawati');
    expect(pages[2]).toMatch(/SEKRETARIAT[\s\S]*Siti Rahmawati/);
  });
});
