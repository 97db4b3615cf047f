// The import wizard against a fake core: progress while the job runs → preview with refused rows → commit; a
// file refused as a whole; cancel.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../electron/core/contract';
import type { JobStatus } from '../../../../electron/core/app/jobTypes';
import type { RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import type { Staff } from '../../../../electron/core/staff/types';
import { StaffScreen } from '../../../../renderer/src/features/staff/StaffScreen';
import { installFakeApi } from '../../fakeApi';
import { ROSTER, UNITS, fakeLayout, renderWithToaster } from './fixtures';

let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const PREVIEW: RosterPreview = {
  previewId: 'preview-0001', fileName: 'DUK 2026.xlsx', sheetName: 'DUK', headerRow: 4,
  columns: [{ field: 'name', header: 'NAMA' }, { field: 'nip', header: 'NIP' }],
  accepted: 5,
  counts: { new: 2, updated: 1, unchanged: 2, refused: 2, newUnits: 1, conflicts: 1 },
  refused: [
    { sheet: 'DUK', row: 9, code: 'duplicate-nip', message: 'NIP 198507142010012003 sudah tercantum di baris 7 (Siti Rahmawati). Hapus salah satu baris atau perbaiki NIP-nya.' },
    { sheet: 'DUK', row: 12, code: 'missing-name', message: 'Nama pegawai kosong. Isi kolom "NAMA" pada baris ini, lalu impor lagi.' },
  ],
  staff: [
    { sheet: 'DUK', row: 6, nip: '196805231998031005', nik: null, name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', rank: 'IV/c', gender: 'L', birthDate: '1968-05-23', employment: 'PNS', unit: 'Sekretariat', position: 'Kepala Dinas', change: 'updated', changedFields: ['rank', 'rankName', 'position'], staffId: 101,
      changes: [{ field: 'rank', from: 'IV/b', to: 'IV/c' }, { field: 'rankName', from: 'Pembina Tk. I', to: 'Pembina Utama Muda' }, { field: 'position', from: 'Kepala Dinas Pendidikan', to: 'Kepala Dinas' }], conflicts: [] },
    { sheet: 'DUK', row: 7, nip: '198507142010012003', nik: null, name: 'Siti Rahmawati', rank: 'III/c', gender: 'P', birthDate: '1985-07-14', employment: 'PNS', unit: 'Sekretariat', position: 'Analis', change: 'new', changedFields: [], staffId: null, changes: [], conflicts: [] },
    { sheet: 'DUK', row: 8, nip: null, nik: '3528014507950002', name: 'Andrea Putri', rank: null, gender: 'P', birthDate: '1995-07-05', employment: 'NON_ASN', unit: 'UPT Baru', position: null, change: 'new', changedFields: [], staffId: null, changes: [], conflicts: [] },
    { sheet: 'DUK', row: 10, nip: '198810102015031001', nik: null, name: 'Budi Santoso', rank: 'III/a', gender: 'L', birthDate: '1988-10-10', employment: 'PNS', unit: 'Sekretariat', position: 'Pengadministrasi Umum', change: 'unchanged', changedFields: [], staffId: 105, changes: [], conflicts: [] },
    { sheet: 'DUK', row: 11, nip: '199001012019032002', nik: null, name: 'Rina Marlina, S.E.', rank: 'III/a', gender: 'P', birthDate: '1990-01-01', employment: 'PNS', unit: 'Bidang Pembinaan SMP', position: 'Analis Keuangan', change: 'unchanged', changedFields: [], staffId: 106, changes: [],
      conflicts: [{ field: 'unit', from: 'Sekretariat', to: 'Bidang Pembinaan SMP' }] },
  ],
  missingFromFile: 2,
  missing: [
    { id: 107, name: 'Eko Prasetyo, S.Kom.', nip: '198202052009011003', nik: null, unit: 'Sekretariat', position: 'Pranata Komputer' },
    { id: 108, name: 'Lia Amalia', nip: null, nik: null, unit: null, position: null },
  ],
  sheets: [{ name: 'DUK', status: 'read', headerRow: 4, employment: null, accepted: 5, refused: 2, notStaff: 0 }],
  notStaff: [],
};

const ok = <T,>(value: T): ApiResult<T> => ({ ok: true, value });

function statusSequence(...steps: JobStatus<RosterPreview>[]) {
  let i = 0;
  return () => ok(steps[Math.min(i++, steps.length - 1)]!);
}

/** What the platform's file chooser answers: a reference, never the bytes. */
function chosen(name = 'DUK 2026.xlsx') {
  return () => ok([{ ref: '0f6c2a8e-6f0e-4c39-9d0a-6d7c1b2a3e4f', name, size: 48_213 }]);
}

describe('import wizard', () => {
  it('starts from the empty state, shows progress, the preview with refused rows, and imports on confirm', async () => {
    const user = userEvent.setup();
    let imported = false;
    const fake = installFakeApi({
      'staff.list': () => ok<Staff[]>(imported ? ROSTER : []),
      'staff.unitList': () => ok(imported ? UNITS : []),
      'files.choose': chosen(),
      'staff.importStart': () => ok({ jobId: 'job-00000001' }),
      'staff.importStatus': statusSequence(
        { state: 'running', phase: 'reading', done: 500, total: 1200 },
        { state: 'running', phase: 'reading', done: 1000, total: 1200 },
        { state: 'done', result: PREVIEW },
      ),
      'staff.saveRefusedRows': () => ok({ saved: { ref: '1a2b3c4d-0000-4000-8000-000000000001', name: 'DUK 2026 - baris ditolak.xlsx', folder: 'C:\\Users\\ani\\Documents' } }),
      'files.open': () => ok({ opened: true }),
      'staff.importCommit': () => {
        imported = true;
        return ok({ created: 2, updated: 2, unchanged: 1, refused: 2, unitsCreated: 1, markedLeft: 1, conflictsKept: 0, importId: 1 });
      },
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    const empty = await screen.findByTestId('roster-empty');
    expect(within(empty).getByText('Belum ada pegawai')).toBeTruthy();
    // the empty state and the toolbar name the import the same way
    await user.click(within(empty).getByRole('button', { name: 'Impor dari Excel…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor daftar pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));

    const progress = await within(dialog).findByTestId('import-progress');
    expect(progress.textContent).toContain('Membaca berkas');
    await waitFor(() => expect(progress.textContent).toContain('500 dari 1.200 baris'));

    const preview = await screen.findByTestId('import-preview', {}, { timeout: 3000 });
    expect(screen.getByRole('dialog', { name: 'Pratinjau impor: DUK 2026.xlsx' })).toBeTruthy();
    expect(within(preview).getByTestId('count-new').textContent).toBe('2baru');
    expect(within(preview).getByTestId('count-refused').textContent).toBe('2ditolak');
    expect(within(preview).getByTestId('count-conflicts').textContent).toBe('1diubah manual');
    const refused = within(preview).getByRole('table', { name: 'Baris yang ditolak (2)' });
    const rows = within(refused).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([[ '9', PREVIEW.refused[0]!.message ], [ '12', PREVIEW.refused[1]!.message ]]);
    // a re-import opens on the rows that change: Budi (unchanged) is left out until the filter is switched off
    const onlyChanged = within(preview).getByRole('switch', { name: 'Hanya yang berubah' });
    expect((onlyChanged as HTMLInputElement).checked).toBe(true);
    let accepted = within(preview).getByRole('table', { name: 'Baris yang diterima (4)' });
    expect(within(accepted).queryByText('Budi Santoso')).toBeNull();
    expect(within(accepted).getAllByText('Baru')).toHaveLength(2);
    // old → new on the row itself (the rank's name goes with the rank)
    expect(within(accepted).getByTestId('accepted-6').querySelector('[data-testid=row-changes]')?.textContent)
      .toBe('Pangkat/Gol: IV/b → IV/cJabatan: Kepala Dinas Pendidikan → Kepala Dinas');
    // Rina's unit was set by hand: both values, the app's kept unless the file's is taken
    const rina = within(accepted).getByTestId('accepted-11');
    expect(within(rina).getByTestId('row-conflict').textContent).toBe('Unit: Sekretariat (di aplikasi) · Bidang Pembinaan SMP (di berkas)');
    await user.click(onlyChanged);
    accepted = within(preview).getByRole('table', { name: 'Baris yang diterima (5)' });
    expect(within(accepted).getByText('Budi Santoso')).toBeTruthy();

    // the active staff missing from the file, by name
    const missing = within(preview).getByTestId('import-missing');
    expect(within(missing).getByText('2 pegawai aktif tidak ada di berkas ini')).toBeTruthy();
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Eko Prasetyo, S.Kom.19820205 200901 1 003Pranata KomputerSekretariat', 'Lia Amalia',
    ]);
    expect(screen.getByRole('button', { name: 'Impor 3 pegawai' })).toBeTruthy();

    await user.click(within(preview).getByRole('button', { name: 'Simpan baris yang ditolak (.xlsx)' }));
    await screen.findByText('Tersimpan: "DUK 2026 - baris ditolak.xlsx" di C:\\Users\\ani\\Documents.');
    expect(fake.calls.find((c) => c.name === 'files.choose')?.input).toEqual({ kind: 'roster', multiple: false });
    expect(fake.calls.find((c) => c.name === 'staff.importStart')?.input).toEqual({ ref: '0f6c2a8e-6f0e-4c39-9d0a-6d7c1b2a3e4f' });
    expect(fake.calls.some((c) => c.name === 'staff.importCommit')).toBe(false);

    await user.click(within(rina).getByRole('checkbox', { name: 'Pakai dari berkas' }));
    await user.click(within(missing).getByRole('checkbox', { name: 'Eko Prasetyo, S.Kom.' }));
    const date = within(missing).getByRole('textbox', { name: 'Tanggal keluar' });
    await user.clear(date);
    await user.type(date, '1/2/2026');
    await user.click(screen.getByRole('button', { name: 'Impor 4 pegawai, tandai 1 keluar' }));
    await screen.findByText('Impor selesai: 2 baru, 2 diperbarui, 1 tidak berubah, 2 ditolak, 1 unit baru. 1 pegawai ditandai keluar.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Siti Rahmawati, S.Sos.')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'staff.importCommit')?.input).toEqual({
      previewId: 'preview-0001', takeFile: [106], markLeft: { ids: [107], reason: 'MUTASI', date: '2026-02-01' },
    });
    expect(fake.calls.filter((c) => c.name === 'staff.importStatus').every((c) => (c.input as { jobId: string }).jobId === 'job-00000001')).toBe(true);
  });

  it('shows why a whole file is refused and lets the user pick another one', async () => {
    const user = userEvent.setup();
    installFakeApi({
      'staff.list': () => ok(ROSTER),
      'staff.unitList': () => ok(UNITS),
      'files.choose': chosen('lama.xlsx'),
      'staff.importStart': () => ok({ jobId: 'job-00000002' }),
      'staff.importStatus': statusSequence({ state: 'failed', error: { code: 'roster-xls-old', message: 'Berkas "lama.xls" berformat Excel lama (.xls).' } }),
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    await user.click(await screen.findByRole('button', { name: 'Impor dari Excel…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor daftar pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));
    const error = await within(dialog).findByTestId('import-error');
    expect(error.textContent).toContain('Berkas ini tidak dapat diimpor');
    expect(error.textContent).toContain('Berkas "lama.xls" berformat Excel lama (.xls).');
    expect(within(dialog).getByRole('button', { name: 'Pilih berkas lain…' })).toBeTruthy();
  });

  it('cancels a running job with Batal', async () => {
    const user = userEvent.setup();
    const fake = installFakeApi({
      'staff.list': () => ok(ROSTER),
      'staff.unitList': () => ok(UNITS),
      'files.choose': chosen(),
      'staff.importStart': () => ok({ jobId: 'job-00000003' }),
      'staff.importStatus': statusSequence({ state: 'running', phase: 'reading', done: 0, total: 0 }),
      'staff.importCancel': () => ok({ cancelled: true }),
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    await user.click(await screen.findByRole('button', { name: 'Impor dari Excel…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor daftar pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));
    await within(dialog).findByTestId('import-progress');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(await within(dialog).findByText('Impor dibatalkan. Tidak ada yang disimpan.')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'staff.importCancel')?.input).toEqual({ jobId: 'job-00000003' });
    const polls = fake.calls.filter((c) => c.name === 'staff.importStatus').length;
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.calls.filter((c) => c.name === 'staff.importStatus').length).toBe(polls);
  });
});
