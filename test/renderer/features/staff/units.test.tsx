// Units in the side panel: create, and merge only after a confirmation naming both units and the staff moved.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../../electron/core/staff/types';
import { StaffScreen } from '../../../../renderer/src/features/staff/StaffScreen';
import { installFakeApi } from '../../fakeApi';
import { ROSTER, UNITS, fakeLayout, renderWithToaster } from './fixtures';

let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('units panel', () => {
  it('creates a unit, refuses a duplicate at the field, and merges after confirming', async () => {
    const user = userEvent.setup();
    let units: Unit[] = UNITS;
    const fake = installFakeApi({
      'staff.list': () => ({ ok: true, value: ROSTER }),
      'staff.unitList': () => ({ ok: true, value: units }),
      'staff.unitCreate': (input) => {
        const { name } = input as { name: string };
        if (name === 'Sekretariat') return { ok: false, error: { code: 'unit-duplicate', field: 'name', message: 'Unit "Sekretariat" sudah ada. Pakai unit itu, atau beri nama lain.' } };
        const unit: Unit = { id: 3, name, activeStaff: 0, totalStaff: 0, aliases: [] };
        units = [...units, unit];
        return { ok: true, value: unit };
      },
      'staff.unitMerge': () => {
        units = [{ ...UNITS[0]!, activeStaff: 3, totalStaff: 4 }];
        return { ok: true, value: units[0]! };
      },
    });
    renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
    await user.click(await screen.findByRole('button', { name: 'Unit kerja…' }));
    const panel = await screen.findByRole('dialog', { name: 'Unit kerja' });
    expect(within(panel).getByTestId('unit-2').textContent).toContain('1 aktif · 2 total');

    const name = within(panel).getByRole('textbox', { name: 'Nama unit baru' });
    await user.type(name, 'Sekretariat{Enter}');
    expect(await within(panel).findByText('Unit "Sekretariat" sudah ada. Pakai unit itu, atau beri nama lain.')).toBeTruthy();
    await user.clear(name);
    await user.type(name, 'UPT SMP 3{Enter}');
    expect(await within(panel).findByText('UPT SMP 3')).toBeTruthy();

    await user.click(within(within(panel).getByTestId('unit-2')).getByRole('button', { name: 'Gabungkan…' }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Gabungkan "Bidang Pembinaan SMP" ke unit' }), '1');
    await user.click(within(within(panel).getByTestId('unit-2')).getByRole('button', { name: 'Gabungkan' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Gabungkan unit?' });
    expect(confirm.textContent).toContain('Semua 2 pegawai di "Bidang Pembinaan SMP" dipindahkan ke "Sekretariat", lalu unit "Bidang Pembinaan SMP" dihapus.');
    expect(fake.calls.some((c) => c.name === 'staff.unitMerge')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Gabungkan' }));
    await screen.findByText('"Bidang Pembinaan SMP" digabung ke "Sekretariat": 2 pegawai dipindahkan.');
    expect(fake.calls.find((c) => c.name === 'staff.unitMerge')?.input).toEqual({ sourceId: 2, targetId: 1 });
    await waitFor(() => expect(within(panel).queryByTestId('unit-2')).toBeNull());
    // a merge moves staff: the roster is loaded again
    expect(fake.calls.filter((c) => c.name === 'staff.list').length).toBe(2);
  });
});
