// The roster screen by keyboard: Ctrl+F, typing, Esc, arrows, Enter opens, Esc closes, Enter saves.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../../../electron/core/staff/types';
import { StaffScreen } from '../../../../renderer/src/features/staff/StaffScreen';
import { installFakeApi } from '../../fakeApi';
import { ROSTER, UNITS, fakeLayout, renderWithToaster } from './fixtures';

let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(cleanup);

function selectedName(): string | null {
  const row = screen.getByRole('grid').querySelector('[role=row][aria-selected=true]');
  return row?.querySelector('[role=gridcell]')?.textContent ?? null;
}

async function openScreen(extra: Parameters<typeof installFakeApi>[0] = {}) {
  const fake = installFakeApi({
    'staff.list': () => ({ ok: true, value: ROSTER }),
    'staff.unitList': () => ({ ok: true, value: UNITS }),
    ...extra,
  });
  renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
  await screen.findByText('Siti Rahmawati, S.Sos.');
  return fake;
}

describe('roster keyboard', () => {
  it('shows the active staff with Indonesian labels and the count', async () => {
    await openScreen();
    expect(screen.getByTestId('roster-count').textContent).toBe('3 dari 4 pegawai');
    const grid = screen.getByRole('grid', { name: 'Daftar pegawai' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Nama', 'NIP/NIK', 'Pangkat/Gol', 'Jabatan', 'Unit', 'Jenis kepegawaian', 'Status',
    ]);
    expect(within(grid).getByText('19680523 199803 1 005')).toBeTruthy();
    expect(within(grid).getByText('Non-ASN')).toBeTruthy();
    expect(within(grid).queryByText("Moh. Ma'ruf")).toBeNull();
  });

  it('Ctrl+F focuses the search, typing filters, Esc clears', async () => {
    const user = userEvent.setup();
    await openScreen();
    await user.click(screen.getByRole('grid'));
    await user.keyboard('{Control>}f{/Control}');
    const search = screen.getByRole('searchbox', { name: 'Cari pegawai' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('rahma');
    expect(screen.getByTestId('roster-count').textContent).toBe('1 dari 4 pegawai');
    expect(selectedName()).toBe('Siti Rahmawati, S.Sos.');
    await user.keyboard('{Escape}');
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.getByTestId('roster-count').textContent).toBe('3 dari 4 pegawai');
  });

  it('arrow keys move the selection, Enter opens the person, Esc closes the dialog', async () => {
    const user = userEvent.setup();
    await openScreen();
    await user.keyboard('{Control>}f{/Control}');
    await user.keyboard('{ArrowDown}');
    const grid = screen.getByRole('grid');
    expect(document.activeElement).toBe(grid);
    // sorted by name without the titles in front: Akhmad, Andréa, Siti
    expect(selectedName()).toBe('Dr. H. Akhmad Zaini, S.Pd., M.Pd.');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selectedName()).toBe('Siti Rahmawati, S.Sos.');
    await user.keyboard('{ArrowUp}');
    expect(selectedName()).toBe('Andréa Putri');
    expect(grid.getAttribute('aria-activedescendant')).toBe('staff-row-103');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Ubah data pegawai' });
    expect((within(dialog).getByRole('textbox', { name: /Nama/ }) as HTMLInputElement).value).toBe('Andréa Putri');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // focus goes back to the grid, so the keyboard carries on
    await waitFor(() => expect(document.activeElement).toBe(grid));
    await user.keyboard('{ArrowDown}');
    expect(selectedName()).toBe('Siti Rahmawati, S.Sos.');
  });

  it('Enter in the search opens the first match; Enter in the dialog saves and the row updates', async () => {
    const user = userEvent.setup();
    const fake = await openScreen({
      'staff.save': (input) => {
        const i = input as { id: number; position: string };
        const before = ROSTER.find((s) => s.id === i.id)!;
        return { ok: true, value: { ...before, position: i.position } satisfies Staff };
      },
    });
    await user.keyboard('{Control>}f{/Control}zaini{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Ubah data pegawai' });
    const position = within(dialog).getByRole('textbox', { name: 'Jabatan' });
    await user.clear(position);
    await user.type(position, 'Plt. Kepala Dinas{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Plt. Kepala Dinas')).toBeTruthy();
    expect(await screen.findByText('Data Dr. H. Akhmad Zaini, S.Pd., M.Pd. disimpan.')).toBeTruthy();
    const saved = fake.calls.find((c) => c.name === 'staff.save')!.input as Record<string, unknown>;
    expect(saved).toMatchObject({ id: 101, identifier: '19680523 199803 1 005', positionType: null, unitId: 1, birthDate: null });
  });

  it('shows the core refusal at its field and keeps the dialog open', async () => {
    const user = userEvent.setup();
    await openScreen({
      'staff.save': () => ({ ok: false, error: { code: 'staff-invalid-identifier', field: 'identifier', message: '"123" bukan NIP (18 angka) atau NIK (16 angka) yang sah' } }),
    });
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(within(dialog).getByText('Nama pegawai wajib diisi.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Tanggal lahir')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Nama/ }), 'Budi Santoso');
    await user.type(within(dialog).getByRole('textbox', { name: /NIK/ }), '123');
    expect(within(dialog).queryByLabelText('Tanggal lahir')).toBeNull();
    await user.keyboard('{Enter}');
    const identifier = within(dialog).getByRole('textbox', { name: /NIK/ });
    await waitFor(() => expect(identifier.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('"123" bukan NIP (18 angka) atau NIK (16 angka) yang sah')).toBeTruthy();
  });
});
