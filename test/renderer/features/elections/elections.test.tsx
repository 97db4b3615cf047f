import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveElection, Election } from '../../../../electron/core/contract';
import { ActiveElectionBadge } from '../../../../renderer/src/features/elections/ActiveElection';
import { ElectionsScreen } from '../../../../renderer/src/features/elections/ElectionsScreen';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

const PILKADA: Election = {
  id: 1, name: 'Pilkada Serentak 2024', kind: 'PILKADA', active: true, updatedAt: '2024-08-01T00:00:00.000Z',
  registrationStart: '2024-08-27', registrationEnd: '2024-08-29', candidatesSet: '2024-09-22', numbersDrawn: '2024-09-23',
  campaignStart: '2024-09-25', campaignEnd: '2024-11-23', quietStart: '2024-11-24', quietEnd: '2024-11-26', votingDay: '2024-11-27', recapEnd: '2024-12-16',
};

describe('Jadwal Pemilihan', () => {
  it('starts from the Pilkada 2024 preset and tells the shell the header must change', async () => {
    let list: Election[] = [];
    let changed = 0;
    installFakeApi({
      'elections.list': () => ({ ok: true, value: list }),
      'elections.create': (input) => {
        expect(input).toEqual({ preset: 'PILKADA_2024' });
        list = [PILKADA];
        return { ok: true, value: PILKADA };
      },
    });
    renderWithToaster(<ElectionsScreen onChanged={() => changed++} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pilkada Serentak 2024 (jadwal PKPU 2/2024)' }));
    expect(((await screen.findByLabelText('Masa kampanye dimulai')) as HTMLInputElement).value).toBe('2024-09-25');
    expect((screen.getByLabelText('Hari pemungutan suara') as HTMLInputElement).value).toBe('2024-11-27');
    expect(changed).toBe(1);
  });

  it('shows a date refused by the calendar rules under its own field, and saves nothing else', async () => {
    const fake = installFakeApi({
      'elections.list': () => ({ ok: true, value: [PILKADA] }),
      'elections.save': () => ({ ok: false, error: { code: 'election-date-not-after', field: 'votingDay', message: 'Hari pemungutan suara (26 November 2024) harus sesudah Masa tenang berakhir (26 November 2024).' } }),
    });
    renderWithToaster(<ElectionsScreen onChanged={() => {}} readOnly={false} />);
    const voting = await screen.findByLabelText('Hari pemungutan suara');
    await userEvent.clear(voting);
    await userEvent.type(voting, '2024-11-26');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const messages = await screen.findAllByText(/harus sesudah Masa tenang berakhir/);
    expect(messages.length).toBeGreaterThan(0);
    expect(voting.getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.find((c) => c.name === 'elections.save')?.input).toMatchObject({ id: 1, votingDay: '2024-11-26', campaignStart: '2024-09-25' });
  });

  it('asks before removing an election: Batal keeps it, Hapus removes it', async () => {
    let list: Election[] = [PILKADA];
    const fake = installFakeApi({
      'elections.list': () => ({ ok: true, value: list }),
      'elections.remove': () => {
        list = [];
        return { ok: true, value: list };
      },
    });
    renderWithToaster(<ElectionsScreen onChanged={() => {}} readOnly={false} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus pemilihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus pemilihan' }, { timeout: 3000 });
    expect(dialog.textContent).toContain('Hapus pemilihan "Pilkada Serentak 2024" beserta jadwalnya?');
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls.some((c) => c.name === 'elections.remove')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Hapus pemilihan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Hapus' }, { timeout: 3000 }));
    expect(await screen.findByText('Pemilihan dihapus.', {}, { timeout: 3000 })).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'elections.remove')?.input).toEqual({ id: 1 });
  });
});

describe('the header', () => {
  it('shows the active election and its phase today, or says the calendar is missing', async () => {
    const active: ActiveElection = { election: PILKADA, today: '2024-10-01', phase: { phase: 'CAMPAIGN', candidatesSet: true } };
    installFakeApi({ 'elections.active': () => ({ ok: true, value: active }) });
    const { unmount } = renderWithToaster(<ActiveElectionBadge refreshKey={1} />);
    expect((await screen.findByTestId('header-election')).textContent).toBe('Pilkada Serentak 2024Masa kampanye');
    unmount();
    installFakeApi({ 'elections.active': () => ({ ok: true, value: null }) });
    renderWithToaster(<ActiveElectionBadge refreshKey={2} />);
    expect((await screen.findByTestId('header-election')).textContent).toBe('Jadwal pemilihan belum diisi');
  });
});
