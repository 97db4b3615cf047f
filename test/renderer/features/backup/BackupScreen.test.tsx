import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupState, BackupSummary } from '../../../../electron/core/contract';
import { BackupScreen } from '../../../../renderer/src/features/backup/BackupScreen';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

const NEVER: BackupState = { dbFile: 'C:\\Data\\satgas.db', dataFolder: 'C:\\Data', lastManual: null, daysSince: null, remind: true, automatic: 3 };
const SUMMARY: BackupSummary = {
  opdName: 'Dinas Pendidikan dan Kebudayaan', createdAt: '2026-11-20T03:15:00.000Z', appVersion: '0.1.0', schemaVersion: 4,
  counts: { staff: 312, sessions: 4, pledges: null, findings: null, evidence: 7 }, evidenceFiles: 7, totalBytes: 5 * 1048576, encrypted: false,
};
const JOB = 'job-00000001';
const FILE = { ref: '11111111-1111-1111-1111-111111111111', name: 'Cadangan Satgas 2026-11-20.satgasbak', size: 5_000_000 };

describe('Cadangan', () => {
  it('reminds when there was never a backup, and after one says when it was made', async () => {
    let state = NEVER;
    installFakeApi({
      'backup.status': () => ({ ok: true, value: state }),
      'backup.createStart': () => ({ ok: true, value: { jobId: JOB } }),
      'backup.createStatus': () => {
        state = { ...NEVER, lastManual: { at: new Date().toISOString(), name: 'Cadangan Satgas.satgasbak' }, daysSince: 0, remind: false };
        return { ok: true, value: { state: 'done', result: { saved: { ref: FILE.ref, name: 'Cadangan Satgas.satgasbak', folder: 'E:\\' } } } };
      },
    });
    renderWithToaster(<BackupScreen onChanged={() => {}} readOnly={false} />);
    expect(await screen.findByText(/Belum ada cadangan di luar komputer ini/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cadangkan…' }));
    expect(await screen.findByText(/\(hari ini\)/)).toBeTruthy();
    expect(screen.queryByText(/Belum ada cadangan di luar komputer ini/)).toBeNull();
  });

  it('shows what a chosen backup holds and restores only after the confirmation', async () => {
    let changed = 0;
    const fake = installFakeApi({
      'backup.status': () => ({ ok: true, value: { ...NEVER, remind: false, lastManual: { at: '2026-11-30T01:00:00.000Z', name: 'x' }, daysSince: 2 } }),
      'files.choose': () => ({ ok: true, value: [FILE] }),
      'backup.inspect': () => ({ ok: true, value: SUMMARY }),
      'backup.restoreStart': (input) => {
        expect(input).toEqual({ ref: FILE.ref, confirmed: true });
        return { ok: true, value: { jobId: JOB } };
      },
      'backup.restoreStatus': () => ({ ok: true, value: { state: 'done', result: { summary: SUMMARY, setAside: 'C:\\Data\\disisihkan\\20261202-101500' } } }),
    });
    renderWithToaster(<BackupScreen onChanged={() => changed++} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih berkas cadangan…' }));
    const preview = await screen.findByLabelText('Isi cadangan');
    expect(within(preview).getByText('Dinas Pendidikan dan Kebudayaan')).toBeTruthy();
    expect(within(preview).getByText('312')).toBeTruthy();
    expect(within(preview).getAllByText('belum ada di versi aplikasi itu')).toHaveLength(2); // no pledges or findings tables in it
    await userEvent.click(screen.getByRole('button', { name: 'Pulihkan dari cadangan ini…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Pulihkan dari cadangan ini?' }, { timeout: 5000 });
    expect(within(dialog).getByText(/20 November 2026/)).toBeTruthy();
    expect(fake.calls.some((c) => c.name === 'backup.restoreStart')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ya, pulihkan' }));
    expect(await screen.findByText(/Data sebelumnya disisihkan di C:\\Data\\disisihkan/)).toBeTruthy();
    expect(changed).toBe(1);
  });

  it('shows a refused backup in words and restores nothing', async () => {
    const fake = installFakeApi({
      'backup.status': () => ({ ok: true, value: NEVER }),
      'files.choose': () => ({ ok: true, value: [FILE] }),
      'backup.inspect': () => ({ ok: false, error: { code: 'backup-damaged', message: 'Berkas cadangan ini rusak atau telah diubah (bukti/ab/x.jpg), sehingga tidak dipulihkan sama sekali.' } }),
    });
    renderWithToaster(<BackupScreen onChanged={() => {}} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih berkas cadangan…' }));
    expect(await screen.findByText(/rusak atau telah diubah/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pulihkan dari cadangan ini…' })).toBeNull();
    expect(fake.calls.map((c) => c.name)).not.toContain('backup.restoreStart');
  });

  it('asks for the passphrase of an encrypted backup, says a wrong one at its field, and shows the progress', async () => {
    let polls = 0;
    const starts: unknown[] = [];
    installFakeApi({
      'backup.status': () => ({ ok: true, value: NEVER }),
      'files.choose': () => ({ ok: true, value: [FILE] }),
      'backup.inspect': () => ({ ok: true, value: { ...SUMMARY, encrypted: true } }),
      'backup.restoreStart': (input) => {
        starts.push(input);
        return { ok: true, value: { jobId: JOB } };
      },
      'backup.restoreStatus': () => {
        polls++;
        if (starts.length === 1) return { ok: true, value: { state: 'failed', error: { code: 'backup-secret-wrong', message: 'Kata sandi atau kode pemulihan itu tidak membuka cadangan ini.', field: 'secret' } } };
        if (polls < 4) return { ok: true, value: { state: 'running', phase: 'verifying', done: 3, total: 8 } };
        return { ok: true, value: { state: 'done', result: { summary: SUMMARY, setAside: 'C:\\Data\\disisihkan\\x' } } };
      },
    });
    renderWithToaster(<BackupScreen onChanged={() => {}} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pilih berkas cadangan…' }));
    expect(await screen.findByText(/Cadangan ini terenkripsi/)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Pulihkan dari cadangan ini…' });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByLabelText('Kata sandi cadangan'), 'salah sekali');
    await userEvent.click(start);
    await userEvent.click(within(await screen.findByRole('alertdialog', {}, { timeout: 5000 })).getByRole('button', { name: 'Ya, pulihkan' }));
    expect(await screen.findByText(/tidak membuka cadangan ini/)).toBeTruthy();
    expect(starts[0]).toEqual({ ref: FILE.ref, confirmed: true, secret: { passphrase: 'salah sekali' } });
    // the recovery code instead
    await userEvent.click(screen.getByRole('button', { name: 'Lupa kata sandi? Pakai kode pemulihan' }));
    await userEvent.type(screen.getByLabelText('Kode pemulihan (dari lembar pemulihan)'), 'ABCD-EFGH');
    await userEvent.click(screen.getByRole('button', { name: 'Pulihkan dari cadangan ini…' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', {}, { timeout: 5000 })).getByRole('button', { name: 'Ya, pulihkan' }));
    expect(await screen.findByText('Memeriksa isi cadangan: 3 dari 8 berkas')).toBeTruthy();
    expect(await screen.findByText(/Data sebelumnya disisihkan/, {}, { timeout: 5000 })).toBeTruthy();
    expect(starts[1]).toEqual({ ref: FILE.ref, confirmed: true, secret: { recoveryCode: 'ABCD-EFGH' } });
  });

  it('moves the database only after the question, then shows the new folder', async () => {
    let state = NEVER;
    const fake = installFakeApi({
      'backup.status': () => ({ ok: true, value: state }),
      'backup.moveDatabase': () => {
        state = { ...NEVER, dbFile: '\\\\server\\satgas\\satgas.db', dataFolder: '\\\\server\\satgas' };
        return { ok: true, value: { moved: state } };
      },
    });
    renderWithToaster(<BackupScreen onChanged={() => {}} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pindahkan ke folder lain…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pindahkan basis data?' }, { timeout: 5000 });
    expect(fake.calls.some((c) => c.name === 'backup.moveDatabase')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pilih folder tujuan…' }));
    expect((await screen.findAllByText('\\\\server\\satgas')).length).toBeGreaterThan(0);
    expect(await screen.findByText(/Basis data dipindahkan ke/)).toBeTruthy();
  });
});
