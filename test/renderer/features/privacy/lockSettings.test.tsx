// The lock settings on Pengaturan > Privasi (Temuan locked separately, this PC's idle minutes, a new recovery
// code), and Temuan behind its passphrase prompt: opened with the passphrase, locked again on leaving, when the
// window locks, and when the core answers findings-locked.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LockState, PrivacyStatus } from '../../../../electron/core/contract';
import { withFindingsLock } from '../../../../renderer/src/features/privacy/FindingsGate';
import { LockScreen, useIdleLock } from '../../../../renderer/src/features/privacy/LockScreen';
import { PrivacyScreen } from '../../../../renderer/src/features/privacy/PrivacyScreen';
import { FINDINGS_LOCKED_EVENT } from '../../../../renderer/src/lib/api';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const WRONG = { ok: false as const, error: { code: 'passphrase-wrong', field: 'passphrase', message: 'Kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi.' } };
const LOCK: LockState = { protected: true, findingsLock: false, findingsOpen: true, idleMinutes: 10 };
const status = (prot: boolean, lock: LockState = { ...LOCK, protected: prot }): PrivacyStatus => ({
  protected: prot, unlocked: prot, lock,
  copies: [{ file: 'C:\\d\\satgas.db', name: 'satgas.db', kind: 'database', size: 3_000_000, modifiedAt: '2026-12-01T02:00:00.000Z', encrypted: prot, deletable: false }],
});

describe('Pengaturan > Privasi: the lock settings', () => {
  it('are shown only with a passphrase', async () => {
    installFakeApi({ 'privacy.status': () => ({ ok: true, value: status(false) }) });
    renderWithToaster(<PrivacyScreen onChanged={() => {}} readOnly={false} />);
    expect(await screen.findByText(/belum dilindungi kata sandi/)).toBeTruthy();
    expect(screen.queryByText('Kunci Temuan dengan kata sandi')).toBeNull();
    expect(screen.queryByText('Kode pemulihan baru')).toBeNull();
  });

  it('turn the Temuan lock on at once, and off only with the passphrase; set the idle minutes', async () => {
    let lock = LOCK;
    let tries = 0;
    const fake = installFakeApi({
      'privacy.status': () => ({ ok: true, value: status(true, lock) }),
      'privacy.setFindingsLock': ({ on }) => {
        if (!on && ++tries === 1) return WRONG;
        lock = { ...lock, findingsLock: on, findingsOpen: !on };
        return { ok: true, value: lock };
      },
      'privacy.setIdleMinutes': ({ minutes }) => ({ ok: true, value: (lock = { ...lock, idleMinutes: minutes }) }),
    });
    let changed = 0;
    renderWithToaster(<PrivacyScreen onChanged={() => changed++} readOnly={false} />);
    const toggle = await screen.findByRole('switch', { name: 'Kunci Temuan dengan kata sandi' });
    await userEvent.click(toggle);
    expect(await screen.findByText('Temuan sekarang dikunci dengan kata sandi.')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'privacy.setFindingsLock')?.input).toEqual({ on: true });
    expect((toggle as HTMLInputElement).checked).toBe(true);

    await userEvent.click(toggle);
    expect(await screen.findByText('Ketik kata sandi untuk mematikan kunci Temuan.')).toBeTruthy();
    const field = screen.getAllByLabelText('Kata sandi').find((e) => e.getAttribute('data-testid') === 'findings-lock-off-passphrase')!;
    await userEvent.type(field, 'salah{Enter}');
    expect(await screen.findByText(/Kata sandi salah/)).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await userEvent.clear(field);
    await userEvent.type(field, 'Satgas Netral 2024!{Enter}');
    expect(await screen.findByText(/Kunci Temuan dimatikan/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.name === 'privacy.setFindingsLock').at(-1)?.input).toEqual({ on: false, passphrase: 'Satgas Netral 2024!' });
    expect((toggle as HTMLInputElement).checked).toBe(false);

    await userEvent.selectOptions(screen.getByTestId('privacy-idle-minutes'), '15 menit');
    expect(await screen.findByText('Layar akan dikunci setelah 15 menit tidak dipakai.')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'privacy.setIdleMinutes')?.input).toEqual({ minutes: 15 });
    expect(changed).toBe(3);
  });

  it('renews the recovery code with the passphrase and shows the new one once, with the sheet', async () => {
    const fake = installFakeApi({
      'privacy.status': () => ({ ok: true, value: status(true) }),
      'privacy.renewRecoveryCode': ({ passphrase }) => (passphrase === 'salah' ? WRONG : { ok: true, value: { recoveryCode: 'WXYZ-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' } }),
    });
    renderWithToaster(<PrivacyScreen onChanged={() => {}} readOnly={false} />);
    const field = await screen.findByTestId('privacy-renew-passphrase');
    await userEvent.type(field, 'salah{Enter}');
    expect(await screen.findByText(/Kata sandi salah/)).toBeTruthy();
    expect(screen.queryByTestId('recovery-code')).toBeNull();
    await userEvent.clear(field);
    await userEvent.type(field, 'Satgas Netral 2024!');
    await userEvent.click(screen.getByRole('button', { name: 'Buat kode pemulihan baru' }));
    expect((await screen.findByTestId('recovery-code')).textContent).toBe('WXYZ-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
    expect(screen.getByText(/Kode pemulihan yang lama tidak berlaku lagi/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Simpan lembar pemulihan/ })).toBeTruthy();
    expect(fake.calls.filter((c) => c.name === 'privacy.renewRecoveryCode').map((c) => c.input)).toEqual([{ passphrase: 'salah' }, { passphrase: 'Satgas Netral 2024!' }]);
  });
});

const Findings = withFindingsLock(() => <p>daftar temuan</p>);

describe('Temuan behind its passphrase', () => {
  it('asks for the passphrase, opens, and locks again on findings-locked and on leaving', async () => {
    let tries = 0;
    const fake = installFakeApi({
      'privacy.lockState': () => ({ ok: true, value: { ...LOCK, findingsLock: true, findingsOpen: false, idleMinutes: 15 } }),
      'privacy.unlockFindings': () => (++tries === 1 ? WRONG : { ok: true, value: { ...LOCK, findingsLock: true, findingsOpen: true } }),
      'privacy.lockFindings': () => ({ ok: true, value: { ...LOCK, findingsLock: true, findingsOpen: false } }),
    });
    const view = renderWithToaster(<Findings onChanged={() => {}} readOnly={false} />);
    expect(await screen.findByText('Temuan dikunci')).toBeTruthy();
    expect(screen.getByText(/setelah 15 menit tidak dipakai/)).toBeTruthy();
    expect(screen.queryByText('daftar temuan')).toBeNull();
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'salah{Enter}');
    expect(await screen.findByText(/Kata sandi salah/)).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Kata sandi'));
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'Satgas Netral 2024!');
    await userEvent.click(screen.getByRole('button', { name: 'Buka Temuan' }));
    expect(await screen.findByText('daftar temuan')).toBeTruthy();
    // the core's idle minutes ran out: any call answering findings-locked shows the prompt again
    act(() => { window.dispatchEvent(new Event(FINDINGS_LOCKED_EVENT)); });
    expect(await screen.findByText('Temuan dikunci')).toBeTruthy();
    expect(fake.calls.some((c) => c.name === 'privacy.lockFindings')).toBe(false);
    view.unmount();
    await vi.waitFor(() => expect(fake.calls.some((c) => c.name === 'privacy.lockFindings')).toBe(true));
  });

  it('shows Temuan directly when the lock does not apply', async () => {
    installFakeApi({ 'privacy.lockState': () => ({ ok: true, value: LOCK }), 'privacy.lockFindings': () => ({ ok: true, value: LOCK }) });
    renderWithToaster(<Findings onChanged={() => {}} readOnly={false} />);
    expect(await screen.findByText('daftar temuan')).toBeTruthy();
  });
});

function Locking({ minutes }: { minutes: number }) {
  const [locked, unlock] = useIdleLock(true, minutes);
  return locked ? <LockScreen onUnlocked={unlock} minutes={minutes} /> : <p>bekerja</p>;
}

describe('the idle minutes', () => {
  it('lock the window after the chosen minutes, and locking locks Temuan too', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = installFakeApi({ 'privacy.lockFindings': () => ({ ok: true, value: LOCK }) });
    renderWithToaster(<Locking minutes={5} />);
    act(() => { vi.advanceTimersByTime(4 * 60_000); });
    fireEvent.mouseMove(window);
    act(() => { vi.advanceTimersByTime(4 * 60_000 + 59_000); });
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    expect(fake.calls).toEqual([]);
    act(() => { vi.advanceTimersByTime(2_000); });
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
    expect(screen.getByText(/tidak dipakai 5 menit/)).toBeTruthy();
    await vi.waitFor(() => expect(fake.calls.map((c) => c.name)).toEqual(['privacy.lockFindings']));
  });
});
