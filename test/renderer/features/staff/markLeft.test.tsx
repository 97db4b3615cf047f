// Marking a person as left: reason and date (default today), the row leaves the active list, the toast undoes it.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../../../electron/core/staff/types';
import { todayIso } from '../../../../renderer/src/features/staff/labels';
import { isoToDmy } from '../../../../renderer/src/features/staff/dates';
import { StaffScreen } from '../../../../renderer/src/features/staff/StaffScreen';
import { installFakeApi } from '../../fakeApi';
import { ROSTER, UNITS, fakeLayout, renderWithToaster } from './fixtures';

let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('mark as left', () => {
  it('asks for reason and date, removes the row from the active list, and undoes from the toast', async () => {
    const user = userEvent.setup();
    const siti = ROSTER.find((s) => s.id === 102)!;
    const fake = installFakeApi({
      'staff.list': () => ({ ok: true, value: ROSTER }),
      'staff.unitList': () => ({ ok: true, value: UNITS }),
      'staff.markLeft': (input) => {
        const i = input as { id: number; reason: Staff['leftReason']; date: string };
        return { ok: true, value: { ...siti, status: 'LEFT', leftReason: i.reason, leftDate: i.date } satisfies Staff };
      },
      'staff.reactivate': () => ({ ok: true, value: siti }),
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    await user.click(await screen.findByText('Siti Rahmawati, S.Sos.'));
    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog', { name: 'Tandai Siti Rahmawati, S.Sos. keluar' });
    // shown as id-ID writes it, dd/mm/yyyy, whatever the browser's locale; sent as YYYY-MM-DD
    expect((within(dialog).getByLabelText('Tanggal keluar') as HTMLInputElement).value).toBe(isoToDmy(todayIso()));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Alasan' }), 'PENSIUN');
    await user.click(within(dialog).getByRole('button', { name: 'Tandai keluar' }));

    await screen.findByText('Siti Rahmawati, S.Sos. ditandai keluar (Pensiun).');
    expect(fake.calls.find((c) => c.name === 'staff.markLeft')?.input).toEqual({ id: 102, reason: 'PENSIUN', date: todayIso() });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('staff-grid')));
    const grid = screen.getByRole('grid');
    await waitFor(() => expect(within(grid).queryByText('Siti Rahmawati, S.Sos.')).toBeNull());
    expect(screen.getByTestId('roster-count').textContent).toBe('2 dari 4 pegawai');
    // the neighbour is selected, so the keyboard carries on
    expect(grid.querySelector('[aria-selected=true]')?.textContent).toContain('Andréa Putri');

    await user.click(screen.getByText('Urungkan'));
    await screen.findByText('Siti Rahmawati, S.Sos. aktif kembali.');
    expect(fake.calls.find((c) => c.name === 'staff.reactivate')?.input).toEqual({ id: 102 });
    expect(await within(grid).findByText('Siti Rahmawati, S.Sos.')).toBeTruthy();
    expect(screen.getByTestId('roster-count').textContent).toBe('3 dari 4 pegawai');
  });

  it('shows left staff under "Keluar" with the reason, and reactivates them', async () => {
    const user = userEvent.setup();
    const maruf = ROSTER.find((s) => s.id === 104)!;
    installFakeApi({
      'staff.list': () => ({ ok: true, value: ROSTER }),
      'staff.unitList': () => ({ ok: true, value: UNITS }),
      'staff.reactivate': () => ({ ok: true, value: { ...maruf, status: 'ACTIVE', leftReason: null, leftDate: null } }),
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    await screen.findByText('Siti Rahmawati, S.Sos.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'LEFT');
    const grid = screen.getByRole('grid');
    expect(within(grid).getByText('Keluar: Mutasi')).toBeTruthy();
    await user.click(within(grid).getByText("Moh. Ma'ruf"));
    await user.click(screen.getByRole('button', { name: 'Aktifkan kembali' }));
    await screen.findByText("Moh. Ma'ruf aktif kembali.");
    await waitFor(() => expect(within(grid).queryByText("Moh. Ma'ruf")).toBeNull());
  });
});
