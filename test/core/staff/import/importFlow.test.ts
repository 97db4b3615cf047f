// The import as the screen runs it: preview (nothing written), then one all-or-nothing commit; a second import
// of the same people updates them instead of duplicating, and never erases what the file leaves out.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveResult, Staff } from '../../../../electron/core/contract';
import { loadSqlJs } from '../../../../electron/core/db/sqlite';
import { importFile, previewFile, startImport, value } from '../../../helpers/importFlow';
import { readWorkbookBack, sheetOf } from '../../../helpers/workbookBack';
import { rosterXlsx } from '../../../helpers/rosterXlsx';
import { sessionPerTest } from '../../../helpers/session';
import { wideSheet } from '../../../fixtures/hostile/hostileFiles';

const start = sessionPerTest();

const HEADER = ['No', 'Nama', 'NIP', 'Pangkat / Gol', 'Jabatan', 'Unit Kerja'];
const FIRST = [
  [1, 'Dra. Putri Permana', '19680523 199803 2 005', 'Pembina (IV/a)', 'Kepala Bidang Pelayanan', 'Bidang Pelayanan'],
  [2, 'Drs. Eko Permana, S.IP., M.Si.', "'197001012000031002", 'III/d', 'Analis Kebijakan Ahli Muda', 'Sub Bagian Umum'],
  [3, 'Budi Santoso', '199501012019031001', 'II/c', null, 'Sub Bagian Umum'],
];


async function staffOnDisk(file: string): Promise<unknown[][]> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(fs.readFileSync(file));
  try {
    return db.exec('SELECT name, nip, rank, position, position_type FROM staff ORDER BY id')[0]?.values ?? [];
  } finally {
    db.close();
  }
}

describe('roster import flow', () => {
  it('previews without writing, then commits everything in one go', async () => {
    const t = await start();
    const { dispatch, workspace: s } = t;
    const preview = await previewFile(t, 'pegawai.xlsx', await rosterXlsx(HEADER, FIRST));
    expect(preview.counts).toEqual({ new: 3, updated: 0, unchanged: 0, refused: 0, newUnits: 2, conflicts: 0 });
    expect(preview.staff.map((p) => [p.row, p.name, p.nip, p.gender])).toEqual([
      [4, 'Dra. Putri Permana', '196805231998032005', 'P'],
      [5, 'Drs. Eko Permana, S.IP., M.Si.', '197001012000031002', 'L'],
      [6, 'Budi Santoso', '199501012019031001', 'L'],
    ]);
    expect(await staffOnDisk(s.options.dbFile)).toEqual([]);

    const result = await value(dispatch('staff.importCommit', { previewId: preview.previewId }));
    expect(result).toEqual({ created: 3, updated: 0, unchanged: 0, refused: 0, unitsCreated: 2, markedLeft: 0, conflictsKept: 0, importId: 1 });
    expect(await staffOnDisk(s.options.dbFile)).toEqual([
      ['Dra. Putri Permana', '196805231998032005', 'IV/a', 'Kepala Bidang Pelayanan', 'ADMINISTRATOR'],
      ['Drs. Eko Permana, S.IP., M.Si.', '197001012000031002', 'III/d', 'Analis Kebijakan Ahli Muda', 'FUNGSIONAL'],
      ['Budi Santoso', '199501012019031001', 'II/c', null, 'PELAKSANA'],
    ]);
    const units = await value<{ name: string; activeStaff: number }[]>(dispatch('staff.unitList', {}));
    expect(units.map((u) => [u.name, u.activeStaff])).toEqual([['Bidang Pelayanan', 1], ['Sub Bagian Umum', 2]]);
    // the same preview cannot be committed twice
    expect(await dispatch('staff.importCommit', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'import-preview-expired' } });
  });

  it('updates people it already knows, never duplicates them, and never erases what the file leaves out', async () => {
    const t = await start();
    const { dispatch } = t;
    await importFile(t, 'pegawai.xlsx', await rosterXlsx(HEADER, FIRST));
    const eko = (await value<Staff[]>(dispatch('staff.list', {}))).find((p) => p.nip === '197001012000031002')!;
    // set by hand: imports must keep it
    await value(dispatch('staff.save', {
      id: eko.id, name: eko.name, identifier: eko.nip!, employment: 'PNS', rank: 'III/d', position: eko.position!,
      positionType: 'PENGAWAS', unitId: eko.unitId, gender: null, birthDate: null, birthPlace: '',
    }));

    const second = [
      [1, 'Dra. Putri Permana', '196805231998032005', 'IV/b', 'Kepala Bidang Pelayanan', 'BIDANG  PELAYANAN'],
      [2, 'Drs. Eko Permana, S.IP., M.Si.', '19700101 200003 1 002', 'III/d', 'Analis Kebijakan Ahli Madya', null],
      [3, 'Sri Wahyuni', '199203152022212001', 'IX', 'Guru Ahli Pertama', 'UPT SDN 1'],
    ];
    const { preview, result } = await importFile(t, 'pegawai-baru.xlsx', await rosterXlsx(HEADER, second));
    expect(preview.counts).toMatchObject({ new: 1, updated: 2, unchanged: 0, newUnits: 1 });
    expect(preview.missingFromFile).toBe(1); // Budi is not in the second file: left as he is
    expect(preview.staff.find((p) => p.name === 'Dra. Putri Permana')?.changedFields).toEqual(['rank', 'rankName']);
    expect(preview.staff.find((p) => p.name.startsWith('Drs. Eko'))?.changedFields).toEqual(['position']);
    expect(result).toMatchObject({ created: 1, updated: 2, unitsCreated: 1 });

    const all = await value<Staff[]>(dispatch('staff.list', {}));
    expect(all).toHaveLength(4);
    const ekoAfter = all.find((p) => p.id === eko.id)!;
    expect(ekoAfter.position).toBe('Analis Kebijakan Ahli Madya');
    expect(ekoAfter.positionType).toBe('PENGAWAS');
    expect(ekoAfter.unitName).toBe('Sub Bagian Umum'); // the file had no unit for him: kept
    const sri = all.find((p) => p.name === 'Sri Wahyuni')!;
    expect([sri.employment, sri.rank, sri.positionType, sri.gender]).toEqual(['PPPK', 'IX', 'FUNGSIONAL', 'P']);
  });

  it('refuses a whole file that is not a spreadsheet, with a message that says what to do', async () => {
    const t = await start();
    const err = await previewFile(t, 'surat.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n')).catch((e: Error & { code?: string }) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error & { code: string }).code).toBe('roster-not-spreadsheet');
    expect((err as Error).message).toMatch(/\.xlsx/);
  });

  it('can be cancelled while reading: the reading itself stops, not only the status', async () => {
    const t = await start();
    const { dispatch, ctx, workspace } = t;
    const rows = Array.from({ length: 30_000 }, (_, i) => [i + 1, `Pegawai ${i}`, null, null, 'Staf', 'Umum']);
    const jobId = await startImport(t, 'besar.xlsx', await rosterXlsx(HEADER, rows));
    // wait until the job is really reading rows, then cancel
    let status = await value<{ state: string; done?: number; total?: number }>(dispatch('staff.importStatus', { jobId }));
    for (let i = 0; i < 500 && !(status.state === 'running' && (status.done ?? 0) > 0); i++) {
      await new Promise((r) => setTimeout(r, 5));
      status = await value(dispatch('staff.importStatus', { jobId }));
    }
    expect(status).toMatchObject({ state: 'running', phase: 'reading' });
    expect(status.done).toBeLessThan(status.total!);
    expect(await value(dispatch('staff.importCancel', { jobId }))).toEqual({ cancelled: true });
    await ctx.jobs.settled(jobId);
    expect(await value(dispatch('staff.importStatus', { jobId }))).toEqual({ state: 'cancelled' });
    // had the parser ignored the signal, it would have finished and left a preview behind
    expect(workspace.staffImports.size).toBe(0);
    expect(await value<Staff[]>(dispatch('staff.list', {}))).toEqual([]);
  });

  it('honours a cancel sent while reading a wide sheet (19 people × 16,000 number columns): the job settles cancelled, no preview', async () => {
    const t = await start();
    const { dispatch, ctx, workspace } = t;
    const jobId = await startImport(t, 'lebar.xlsx', wideSheet(16_000));
    let status = await value<{ state: string; done?: number; total?: number }>(dispatch('staff.importStatus', { jobId }));
    for (let i = 0; i < 2000 && !(status.state === 'running' && (status.done ?? 0) > 0); i++) {
      await new Promise((r) => setTimeout(r, 2));
      status = await value(dispatch('staff.importStatus', { jobId }));
    }
    // the status was answered while the sheet was being read: the reader yields between chunks
    expect(status).toMatchObject({ state: 'running', phase: 'reading' });
    expect(status.done).toBeLessThan(20);
    expect(await value(dispatch('staff.importCancel', { jobId }))).toEqual({ cancelled: true });
    await ctx.jobs.settled(jobId);
    expect(await value(dispatch('staff.importStatus', { jobId }))).toEqual({ state: 'cancelled' });
    expect(workspace.staffImports.size).toBe(0);
  });

  it('offers the refused rows and the template as workbooks an independent reader can open', async () => {
    const t = await start();
    const { dispatch } = t;
    const rows = [...FIRST, [4, null, '198001012005011001', 'III/a', 'Staf', 'Umum'], [5, 'Rina', 196805231998031000, 'III/a', 'Staf', 'Umum']];
    const preview = await previewFile(t, 'pegawai.xlsx', await rosterXlsx(HEADER, rows));
    expect(preview.refused.map((r) => [r.row, r.code])).toEqual([[7, 'missing-name'], [8, 'nip-precision-lost']]);
    const file = await value<SaveResult>(dispatch('staff.saveRefusedRows', { previewId: preview.previewId }));
    expect(file.saved).toMatchObject({ name: 'pegawai - baris ditolak.xlsx', folder: t.platform.downloadsDir });
    const template = await value<SaveResult>(dispatch('staff.saveTemplate', {}));
    expect(template.saved?.name).toBe('Templat Daftar Pegawai.xlsx');
    // the saved files, read back by openpyxl: the refused rows with their row numbers and reasons, the template's sheets
    const refused = readWorkbookBack(path.join(file.saved!.folder, file.saved!.name));
    const rowsBack = sheetOf(refused, 'Baris Ditolak').cells;
    expect(rowsBack.slice(1).map((r) => r[0])).toEqual([7, 8]);
    expect(rowsBack[0]!.slice(0, 2)).toEqual(['Baris', 'Alasan ditolak']);
    expect(String(rowsBack[1]![1])).toMatch(/Nama pegawai kosong/);
    const book = readWorkbookBack(path.join(template.saved!.folder, template.saved!.name));
    expect(book.map((s) => s.title)).toEqual(['Daftar Pegawai', 'Petunjuk']);
  });
});
