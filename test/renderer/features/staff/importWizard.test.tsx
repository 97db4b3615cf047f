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
  accepted: 3,
  counts: { new: 2, updated: 1, unchanged: 0, refused: 2, newUnits: 1 },
  refused: [
    { sheet: 'DUK', row: 9, code: 'duplicate-nip', message: 'NIP 198507142010012003 sudah tercantum di baris 7 (Siti Rahmawati). Hapus salah satu baris atau perbaiki NIP-nya.' },
    { sheet: 'DUK', row: 12, code: 'missing-name', message: 'Nama pegawai kosong. Isi kolom "NAMA" pada baris ini, lalu impor lagi.' },
  ],
  staff: [
    { sheet: 'DUK', row: 6, nip: '196805231998031005', nik: null, name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', rank: 'IV/c', gender: 'L', birthDate: '1968-05-23', employment: 'PNS', unit: 'Sekretariat', position: 'Kepala Dinas', change: 'updated', changedFields: ['position'] },
    { sheet: 'DUK', row: 7, nip: '198507142010012003', nik: null, name: 'Siti Rahmawati', rank: 'III/c', gender: 'P', birthDate: '1985-07-14', employment: 'PNS', unit: 'Sekretariat', position: 'Analis', change: 'new', changedFields: [] },
    { sheet: 'DUK', row: 8, nip: null, nik: '3528014507950002', name: 'Andrea Putri', rank: null, gender: 'P', birthDate: '1995-07-05', employment: 'NON_ASN', unit: 'UPT Baru', position: null, change: 'new', changedFields: [] },
  ],
  missingFromFile: 5,
  sheets: [{ name: 'DUK', status: 'read', headerRow: 4, employment: null, accepted: 3, refused: 2, notStaff: 0 }],
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
        return ok({ created: 2, updated: 1, unchanged: 0, refused: 2, unitsCreated: 1 });
      },
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    const empty = await screen.findByTestId('roster-empty');
    expect(within(empty).getByText('Belum ada pegawai')).toBeTruthy();
    await user.click(within(empty).getByRole('button', { name: 'Impor daftar pegawai dari Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor daftar pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Pilih berkas…' }));

    const progress = await within(dialog).findByTestId('import-progress');
    expect(progress.textContent).toContain('Membaca berkas');
    await waitFor(() => expect(progress.textContent).toContain('500 dari 1.200 baris'));

    const preview = await screen.findByTestId('import-preview', {}, { timeout: 3000 });
    expect(screen.getByRole('dialog', { name: 'Pratinjau impor: DUK 2026.xlsx' })).toBeTruthy();
    expect(within(preview).getByTestId('count-new').textContent).toBe('2baru');
    expect(within(preview).getByTestId('count-refused').textContent).toBe('2ditolak');
    expect(within(preview).getByText('5 pegawai aktif tidak ada di berkas ini — tidak diubah.')).toBeTruthy();
    const refused = within(preview).getByRole('table', { name: 'Baris yang ditolak (2)' });
    const rows = within(refused).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([[ '9', PREVIEW.refused[0]!.message ], [ '12', PREVIEW.refused[1]!.message ]]);
    const accepted = within(preview).getByRole('table', { name: 'Baris yang diterima (3)' });
    expect(within(accepted).getAllByText('Baru')).toHaveLength(2);
    expect(within(accepted).getByText('Diperbarui').closest('[role=cell]')?.getAttribute('title')).toBe('Berubah: Jabatan');

    await user.click(within(preview).getByRole('button', { name: 'Simpan baris yang ditolak (.xlsx)' }));
    await screen.findByText('Tersimpan: "DUK 2026 - baris ditolak.xlsx" di C:\\Users\\ani\\Documents.');
    expect(fake.calls.find((c) => c.name === 'files.choose')?.input).toEqual({ kind: 'roster', multiple: false });
    expect(fake.calls.find((c) => c.name === 'staff.importStart')?.input).toEqual({ ref: '0f6c2a8e-6f0e-4c39-9d0a-6d7c1b2a3e4f' });
    expect(fake.calls.some((c) => c.name === 'staff.importCommit')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Impor 3 pegawai' }));
    await screen.findByText('Impor selesai: 2 baru, 1 diperbarui, 0 tidak berubah, 2 ditolak, 1 unit baru.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Siti Rahmawati, S.Sos.')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'staff.importCommit')?.input).toEqual({ previewId: 'preview-0001' });
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
