// The roster's tools beyond search: sort by any column (names without their front titles), hide columns,
// counts per unit, export what is shown, remove a person added by mistake, take back the last import; and dates
// typed as id-ID writes them.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../../../electron/core/staff/types';
import { dmyToIso, isoToDmy } from '../../../../renderer/src/features/staff/dates';
import { nameSortKey, rankSortKey, sortStaff } from '../../../../renderer/src/features/staff/sortStaff';
import { StaffScreen } from '../../../../renderer/src/features/staff/StaffScreen';
import { installFakeApi } from '../../fakeApi';
import type { FakeHandlers } from '../../fakeApi';
import { ROSTER, UNITS, fakeLayout, makeStaff, renderWithToaster } from './fixtures';

let restoreLayout: () => void;
beforeAll(() => { restoreLayout = fakeLayout(); });
afterAll(() => restoreLayout());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const TITLED = [
  makeStaff({ id: 1, name: 'Drs. Eko Permana, M.Si.', rank: 'IV/a' }),
  makeStaff({ id: 2, name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', rank: 'IV/c' }),
  makeStaff({ id: 3, name: 'Hj. Siti Aminah', rank: 'III/d' }),
  makeStaff({ id: 4, name: 'Budi Santoso', rank: 'II/c' }),
  makeStaff({ id: 5, name: 'Prof. Dr. Ir. H. Bambang Irawan', rank: 'IV/e' }),
  makeStaff({ id: 6, name: 'Dra. Yuliani', rank: 'III/b' }),
  makeStaff({ id: 7, name: 'Drajat Sutrisno', rank: 'IX' }),
  makeStaff({ id: 8, name: 'H. Abdullah', rank: null }),
];

function gridNames(): string[] {
  return [...screen.getByRole('grid').querySelectorAll('[role=row][data-staff-id]')].map((r) => r.querySelector('[role=gridcell]')?.textContent ?? '');
}

async function openScreen(extra: FakeHandlers = {}, staff: Staff[] = ROSTER) {
  const fake = installFakeApi({
    'staff.list': () => ({ ok: true, value: staff }),
    'staff.unitList': () => ({ ok: true, value: UNITS }),
    ...extra,
  });
  renderWithToaster(<StaffScreen onChanged={() => {}} readOnly={false} />);
  await screen.findByRole('grid');
  await screen.findByText(staff[0]!.name);
  return fake;
}

describe('sorting', () => {
  it('sorts names by the name, not the titles in front of it', () => {
    expect(nameSortKey('Prof. Dr. Ir. H. Bambang Irawan')).toBe('bambang irawan');
    expect(nameSortKey('Drs.H.Ahmad Fauzi')).toBe('ahmad fauzi');
    expect(nameSortKey('K.H. Abdul Ghofur')).toBe('abdul ghofur');
    expect(nameSortKey('Drajat Sutrisno')).toBe('drajat sutrisno');
    expect(nameSortKey('Hendra')).toBe('hendra');
    expect(sortStaff(TITLED, { key: 'name', direction: 'ascending' }).map((s) => s.id)).toEqual([8, 2, 5, 4, 7, 1, 3, 6]);
  });

  it('sorts ranks in their order, PNS then PPPK, people without a rank last', () => {
    expect(['IV/a', 'II/c', 'III/d', 'IX', null, 'III/b', 'IV/e'].sort((a, b) => (rankSortKey(a) < rankSortKey(b) ? -1 : 1)))
      .toEqual(['II/c', 'III/b', 'III/d', 'IV/a', 'IV/e', 'IX', null]);
  });

  it('sorts by a column when its header is clicked, the other way on a second click', async () => {
    const user = userEvent.setup();
    await openScreen({}, TITLED);
    expect(gridNames()).toEqual(sortStaff(TITLED, { key: 'name', direction: 'ascending' }).map((s) => s.name));
    const header = (name: string) => screen.getAllByRole('columnheader').find((h) => h.textContent === name)!;
    expect(header('Nama').getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(header('Pangkat/Gol')).getByRole('button'));
    expect(header('Pangkat/Gol').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Nama').getAttribute('aria-sort')).toBe('none');
    expect(gridNames()[0]).toBe('Budi Santoso');
    expect(gridNames().at(-1)).toBe('H. Abdullah');
    await user.click(within(header('Pangkat/Gol')).getByRole('button'));
    expect(header('Pangkat/Gol').getAttribute('aria-sort')).toBe('descending');
    expect(gridNames()[0]).toBe('H. Abdullah');
    expect(gridNames()[1]).toBe('Drajat Sutrisno');
  });
});

describe('columns and units', () => {
  it('hides and shows columns (remembered on this PC), and counts the staff per unit in the filter', async () => {
    const user = userEvent.setup();
    await openScreen();
    const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
    await user.click(screen.getByRole('button', { name: 'Lainnya' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Kolom yang tampil' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Pangkat/Gol' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Jenis jabatan' }));
    await user.keyboard('{Escape}');
    expect(headers()).toEqual(['Nama', 'NIP/NIK', 'Jabatan', 'Jenis jabatan', 'Unit', 'Jenis kepegawaian', 'Status']);
    expect(within(screen.getByRole('grid')).getAllByText('JPT (pimpinan tinggi)')).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('satgas.roster.columns.v1')!).shown).not.toContain('rank');
    cleanup();
    await openScreen();
    expect(headers()).toEqual(['Nama', 'NIP/NIK', 'Jabatan', 'Jenis jabatan', 'Unit', 'Jenis kepegawaian', 'Status']);

    const unitFilter = screen.getByRole('combobox', { name: 'Unit' });
    expect([...unitFilter.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Semua unit', 'Tanpa unit', 'Sekretariat (2)', 'Bidang Pembinaan SMP (1)']);
  });
});

describe('export', () => {
  it('exports the rows in the screen’s order and the shown columns, with the filter in words', async () => {
    const user = userEvent.setup();
    const fake = await openScreen({
      'staff.exportXlsx': () => ({ ok: true, value: { saved: { ref: '1a2b3c4d-0000-4000-8000-000000000002', name: 'Daftar Pegawai 2026-02-01.xlsx', folder: 'C:\\Users\\ani\\Documents' } } }),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), '1');
    await user.click(screen.getByRole('button', { name: 'Ekspor ke Excel…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ekspor ke Excel' });
    expect(dialog.textContent).toContain('2 pegawai, sesuai pencarian, saringan, dan urutan di layar.');
    await user.click(within(dialog).getByRole('radio', { name: 'F4 / Folio (215 × 330 mm)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ekspor' }));
    await screen.findByText('Tersimpan: "Daftar Pegawai 2026-02-01.xlsx" di C:\\Users\\ani\\Documents.');
    expect(fake.calls.find((c) => c.name === 'staff.exportXlsx')?.input).toEqual({
      ids: [101, 102], columns: ['name', 'identifier', 'rank', 'position', 'unit', 'employment', 'status'], paper: 'F4',
      filterNote: 'Unit: Sekretariat · Status: Pegawai aktif',
    });
    expect(localStorage.getItem('satgas.paper')).toBe('F4');
  });
});

describe('removing a person added by mistake', () => {
  it('asks first, removes, and says so; a refusal from the core is shown', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const fake = await openScreen({
      'staff.remove': ({ id }) => (refuse
        ? { ok: false, error: { code: 'staff-remove-referenced', message: 'Pegawai ini (Andréa Putri) tidak dapat dihapus karena sudah tercatat di 1 data ikrar.' } }
        : { ok: true, value: { removed: id, name: 'Andréa Putri' } }),
    });
    await user.dblClick(screen.getByText('Andréa Putri'));
    let dialog = await screen.findByRole('dialog', { name: 'Ubah data pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Hapus pegawai…' }));
    let confirm = await screen.findByRole('alertdialog', { name: 'Hapus pegawai dari daftar?' });
    expect(confirm.textContent).toContain('Hapus "Andréa Putri" hanya bila ia ditambahkan karena keliru');
    await user.click(within(confirm).getByRole('button', { name: 'Hapus' }));
    await screen.findByText('Pegawai ini (Andréa Putri) tidak dapat dihapus karena sudah tercatat di 1 data ikrar.');
    expect(screen.getByRole('dialog', { name: 'Ubah data pegawai' })).toBeTruthy();

    refuse = false;
    dialog = screen.getByRole('dialog', { name: 'Ubah data pegawai' });
    await user.click(within(dialog).getByRole('button', { name: 'Hapus pegawai…' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Hapus pegawai dari daftar?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hapus' }));
    await screen.findByText('Andréa Putri dihapus dari daftar pegawai.');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ubah data pegawai' })).toBeNull());
    expect(within(screen.getByRole('grid')).queryByText('Andréa Putri')).toBeNull();
    expect(fake.calls.filter((c) => c.name === 'staff.remove').map((c) => c.input)).toEqual([{ id: 103 }, { id: 103 }]);
  });
});

describe('taking back the last import', () => {
  it('says what will happen, names who blocks it, and takes it back on confirm', async () => {
    const user = userEvent.setup();
    let blocked = true;
    const last = () => ({
      importId: 4, at: '2026-02-01T03:15:00.000Z', fileName: 'DUK Februari.xlsx', created: 3, updated: 2, markedLeft: 1, unitsCreated: 1,
      blocked: blocked ? [{ id: 9, name: 'Yusuf Maulana', what: '1 data kehadiran' }] : [],
    });
    const fake = await openScreen({
      'staff.importLast': () => ({ ok: true, value: last() }),
      'staff.importUndo': () => ({ ok: true, value: { removed: 3, restored: 2, reactivated: 1, unitsRemoved: 1, keptLater: 0 } }),
    });
    const openUndo = async () => {
      // after a dialog closes, the screen is hidden from assistive technology until its exit transition ends
      await user.click(await screen.findByRole('button', { name: 'Lainnya' }, { timeout: 3000 }));
      await user.click(await screen.findByRole('menuitem', { name: 'Batalkan impor terakhir…' }));
      return screen.findByRole('dialog', { name: 'Batalkan impor terakhir' });
    };
    let dialog = await openUndo();
    await within(dialog).findByText(/Impor "DUK Februari.xlsx" pada 1 Februari 2026/);
    expect(dialog.textContent).toContain('3 pegawai yang ditambahkannya dihapus');
    expect(dialog.textContent).toContain('2 pegawai dikembalikan ke data sebelum impor');
    expect(dialog.textContent).toContain('1 pegawai yang ditandai keluar diaktifkan kembali');
    expect(dialog.textContent).toContain('Yusuf Maulana: 1 data kehadiran');
    expect((within(dialog).getByRole('button', { name: 'Batalkan impor' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    blocked = false;
    dialog = await openUndo();
    await within(dialog).findByText(/DUK Februari.xlsx/);
    await user.click(within(dialog).getByRole('button', { name: 'Batalkan impor' }));
    await screen.findByText('Impor "DUK Februari.xlsx" dibatalkan: 3 pegawai dihapus, 2 dikembalikan, 1 aktif kembali.');
    expect(fake.calls.find((c) => c.name === 'staff.importUndo')?.input).toEqual({ importId: 4 });
  });
});

describe('dates in forms', () => {
  it('reads and writes dd/mm/yyyy', () => {
    expect(dmyToIso('13/09/2024')).toBe('2024-09-13');
    expect(dmyToIso('1-2-2025')).toBe('2025-02-01');
    expect(dmyToIso('13.09.2024')).toBe('2024-09-13');
    expect(dmyToIso('13092024')).toBe('2024-09-13');
    expect(dmyToIso('13/09/85', new Date('2026-01-01'))).toBe('1985-09-13');
    expect(dmyToIso('13/09/24', new Date('2026-01-01'))).toBe('2024-09-13');
    expect(dmyToIso('31/02/2024')).toBeNull();
    expect(dmyToIso('09/13/2024')).toBeNull(); // month-first is not read as a date
    expect(dmyToIso('')).toBe('');
    expect(isoToDmy('2024-09-13')).toBe('13/09/2024');
  });

  it('the birth date in the form is typed dd/mm/yyyy and saved as YYYY-MM-DD', async () => {
    const user = userEvent.setup();
    const fake = await openScreen({
      'staff.save': (input) => ({ ok: true, value: makeStaff({ id: 200, name: input.name, birthDate: input.birthDate }) }),
    });
    await user.click(screen.getByRole('button', { name: 'Tambah pegawai' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah pegawai' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nama/ }), 'Yusuf Maulana');
    const date = within(dialog).getByRole('textbox', { name: 'Tanggal lahir' });
    expect(date.getAttribute('placeholder')).toBe('hh/bb/tttt');
    await user.type(date, '31/02/1990{Enter}');
    expect(await within(dialog).findByText('Tulis tanggal seperti 13/09/2024 (hari/bulan/tahun).')).toBeTruthy();
    expect(fake.calls.some((c) => c.name === 'staff.save')).toBe(false);
    await user.clear(date);
    await user.type(date, '13/09/1990{Enter}');
    await waitFor(() => expect(fake.calls.find((c) => c.name === 'staff.save')?.input).toMatchObject({ name: 'Yusuf Maulana', birthDate: '1990-09-13' }));
  });
});
