// The privacy screens: unlocking at start (passphrase or recovery code), the lock screen (Ctrl+L and idle),
// and Pengaturan > Privasi (the passphrase set once with its recovery code shown once, the copies on this PC).
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus, PrivacyStatus } from '../../../../electron/core/contract';
import { LockScreen, useIdleLock } from '../../../../renderer/src/features/privacy/LockScreen';
import { PrivacyScreen } from '../../../../renderer/src/features/privacy/PrivacyScreen';
import { UnlockScreen } from '../../../../renderer/src/features/privacy/UnlockScreen';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const READY: AppStatus = { appVersion: '1', schemaVersion: 7, database: { state: 'ready', file: 'C:\\data\\satgas.db' }, opdName: 'Dinas Sosial', protected: true, warnings: [] };
const WRONG = { ok: false as const, error: { code: 'passphrase-wrong', field: 'passphrase', message: 'Kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi.' } };

describe('Data terkunci (at start)', () => {
  it('opens with the passphrase, shows a wrong one at the field', async () => {
    let tries = 0;
    const fake = installFakeApi({ 'privacy.unlock': () => (++tries === 1 ? WRONG : { ok: true, value: READY }) });
    const opened: AppStatus[] = [];
    renderWithToaster(<UnlockScreen message="Basis data ini dilindungi kata sandi." onUnlocked={(s) => opened.push(s)} />);
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'salah');
    await userEvent.click(screen.getByRole('button', { name: 'Buka' }));
    expect(await screen.findByText(/Kata sandi salah/)).toBeTruthy();
    expect(opened).toEqual([]);
    await userEvent.clear(screen.getByLabelText('Kata sandi'));
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'Satgas Netral 2024!{Enter}');
    await vi.waitFor(() => expect(opened).toEqual([READY]));
    expect(fake.calls.map((c) => c.input)).toEqual([{ passphrase: 'salah' }, { passphrase: 'Satgas Netral 2024!' }]);
  });

  it('opens with the recovery code instead', async () => {
    const fake = installFakeApi({ 'privacy.unlock': () => ({ ok: true, value: READY }) });
    renderWithToaster(<UnlockScreen message="…" onUnlocked={() => {}} />);
    await userEvent.click(screen.getByText('Lupa kata sandi? Pakai kode pemulihan'));
    await userEvent.type(screen.getByLabelText(/Kode pemulihan/), 'abcd-efgh');
    await userEvent.click(screen.getByRole('button', { name: 'Buka' }));
    await vi.waitFor(() => expect(fake.calls[0]?.input).toEqual({ recoveryCode: 'abcd-efgh' }));
  });
});

function Locking({ enabled }: { enabled: boolean }) {
  const [locked, unlock] = useIdleLock(enabled, 10);
  return locked ? <LockScreen onUnlocked={unlock} /> : <p>bekerja</p>;
}

describe('Layar terkunci', () => {
  it('locks on Ctrl+L and after 10 idle minutes, and opens only with the passphrase', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let tries = 0;
    installFakeApi({ 'privacy.verify': () => (++tries === 1 ? WRONG : { ok: true, value: { ok: true } }) });
    renderWithToaster(<Locking enabled />);
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    expect(await screen.findByTestId('lock-screen')).toBeTruthy();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(screen.getByLabelText('Kata sandi'), 'salah{Enter}');
    expect(await screen.findByText(/Kata sandi salah/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Kata sandi'));
    await user.type(screen.getByLabelText('Kata sandi'), 'benar sekali{Enter}');
    expect(await screen.findByText('bekerja')).toBeTruthy();
    // idle: 9 minutes are not enough, 10 are
    act(() => { vi.advanceTimersByTime(9 * 60_000); });
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    act(() => { vi.advanceTimersByTime(60_000 + 10); });
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
  });

  it('without a passphrase, Ctrl+L says how to get one and does not lock', async () => {
    installFakeApi({});
    renderWithToaster(<Locking enabled={false} />);
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    expect(await screen.findByText(/Atur kata sandi di Pengaturan > Privasi/)).toBeTruthy();
    expect(screen.queryByTestId('lock-screen')).toBeNull();
  });
});

const copies = (prot: boolean): PrivacyStatus => ({
  protected: prot, unlocked: prot,
  copies: [
    { file: 'C:\\d\\satgas.db', name: 'satgas.db', kind: 'database', size: 3_000_000, modifiedAt: '2026-12-01T02:00:00.000Z', encrypted: prot, deletable: false },
    { file: 'C:\\d\\satgas.db.rusak-20261101-010000', name: 'satgas.db.rusak-20261101-010000', kind: 'set-aside', size: 2_900_000, modifiedAt: '2026-11-01T01:00:00.000Z', encrypted: false, deletable: true },
  ],
  lock: { protected: prot, findingsLock: false, findingsOpen: true, idleMinutes: 10 },
});

describe('Pengaturan > Privasi', () => {
  it('sets a passphrase and shows the recovery code once', async () => {
    let status = copies(false);
    const fake = installFakeApi({
      'privacy.status': () => ({ ok: true, value: status }),
      'privacy.setPassphrase': () => {
        status = copies(true);
        return { ok: true, value: { recoveryCode: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' } };
      },
    });
    let changed = 0;
    renderWithToaster(<PrivacyScreen onChanged={() => changed++} readOnly={false} />);
    expect(await screen.findByText(/belum dilindungi kata sandi/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Kata sandi baru'), 'Satgas Netral 2024!');
    await userEvent.type(screen.getByLabelText('Ketik ulang kata sandi'), 'Satgas Netral 2024!');
    await userEvent.click(screen.getByRole('button', { name: 'Atur kata sandi' }));
    expect((await screen.findByTestId('recovery-code')).textContent).toBe('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
    expect(fake.calls.find((c) => c.name === 'privacy.setPassphrase')?.input).toEqual({ passphrase: 'Satgas Netral 2024!', confirm: 'Satgas Netral 2024!' });
    expect(changed).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sudah saya simpan' }));
    expect(await screen.findByText(/terenkripsi dan dilindungi/)).toBeTruthy();
    expect(screen.getByLabelText('Kata sandi sekarang')).toBeTruthy();
  });

  it('deletes a set-aside copy only after a confirmation', async () => {
    let status = copies(true);
    const fake = installFakeApi({
      'privacy.status': () => ({ ok: true, value: status }),
      'privacy.deleteCopies': ({ files }) => {
        status = { ...status, copies: status.copies.filter((c) => !files.includes(c.file)) };
        return { ok: true, value: { deleted: files.length } };
      },
    });
    renderWithToaster(<PrivacyScreen onChanged={() => {}} readOnly={false} />);
    expect(await screen.findByText('Berkas rusak yang disisihkan')).toBeTruthy();
    // the database itself has no box to tick
    expect(screen.queryByRole('checkbox', { name: 'satgas.db' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'satgas.db.rusak-20261101-010000' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hapus yang dipilih' }));
    expect(await screen.findByText(/1 salinan akan dihapus/)).toBeTruthy();
    expect(fake.calls.some((c) => c.name === 'privacy.deleteCopies')).toBe(false);
    await userEvent.click(await screen.findByTestId('privacy-delete-confirm'));
    await vi.waitFor(() => expect(fake.calls.find((c) => c.name === 'privacy.deleteCopies')?.input).toEqual({ files: ['C:\\d\\satgas.db.rusak-20261101-010000'] }));
    expect(await screen.findByText('1 salinan dihapus.')).toBeTruthy();
  });
});
