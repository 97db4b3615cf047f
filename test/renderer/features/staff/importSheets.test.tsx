// The import preview of a workbook with several sheets: each sheet with its counts and a box to leave it out
// (or bring it back), hidden sheets and sheets without a roster named, the refused rows' sheets, and the rows
// below the tables listed as not read as staff.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RosterPreview } from '../../../../electron/core/staff/import/previewTypes';
import { ImportPreview } from '../../../../renderer/src/features/staff/ImportPreview';
import { renderWithToaster } from './fixtures';
import { initialChoices } from '../../../../renderer/src/features/staff/importChoices';

afterEach(cleanup);

const PREVIEW: RosterPreview = {
  previewId: 'preview-0002', fileName: 'pegawai.xlsx', sheetName: 'PNS', headerRow: 1,
  columns: [{ field: 'name', header: 'NAMA' }],
  accepted: 4,
  counts: { new: 4, updated: 0, unchanged: 0, refused: 1, newUnits: 2, conflicts: 0 },
  refused: [{ sheet: 'PNS', row: 4, code: 'employment-mismatch', message: 'NIP 199406172022212004 berbentuk NI PPPK, tetapi barisnya ada di lembar "PNS".' }],
  staff: [],
  missingFromFile: 0,
  missing: [],
  sheets: [
    { name: 'Petunjuk', status: 'no-roster', headerRow: null, employment: null, accepted: 0, refused: 0, notStaff: 0 },
    { name: 'PNS', status: 'read', headerRow: 1, employment: 'PNS', accepted: 2, refused: 1, notStaff: 0 },
    { name: 'PPPK', status: 'read', headerRow: 1, employment: 'PPPK', accepted: 2, refused: 0, notStaff: 2 },
    { name: 'Honorer', status: 'left-out', headerRow: 1, employment: 'NON_ASN', accepted: 2, refused: 0, notStaff: 3 },
    { name: 'Referensi', status: 'hidden', headerRow: null, employment: null, accepted: 0, refused: 0, notStaff: 0 },
  ],
  notStaff: [
    { sheet: 'PPPK', row: 5, text: 'Kepala Sub Bagian Umum dan Kepegawaian' },
    { sheet: 'PPPK', row: 6, text: 'Budi Santoso, S.E.' },
  ],
};

describe('ImportPreview with several sheets', () => {
  it('shows each sheet with its counts and why the others give nothing', () => {
    renderWithToaster(<ImportPreview preview={PREVIEW} busy={false} onSaveRefused={() => {}} choices={initialChoices()} onChoices={() => {}} onLeaveOut={() => {}} />);
    const sheets = screen.getByTestId('import-sheets');
    const pns = within(sheets).getByText('PNS').closest('[data-sheet]') as HTMLElement;
    expect(pns.textContent).toContain('2 diterima · 1 ditolak · 0 bukan pegawai · status kepegawaian dari nama lembar: PNS');
    expect(within(sheets).getByText('Petunjuk: tidak berisi daftar pegawai')).toBeTruthy();
    expect(within(sheets).getByText('Referensi: tersembunyi, tidak dibaca')).toBeTruthy();
    const honorer = within(sheets).getByRole('checkbox', { name: 'Ikutkan lembar "Honorer"' });
    expect((honorer as HTMLInputElement).checked).toBe(false);
    expect((honorer.closest('[data-sheet]') as HTMLElement).textContent).toContain('tidak diikutkan · 2 diterima');
    // the refused row says its sheet
    expect(screen.getByRole('table', { name: 'Baris yang ditolak (1)' }).textContent).toContain('PNS: 4');
  });

  it('lists the rows not read as staff with their sheet and row', () => {
    renderWithToaster(<ImportPreview preview={PREVIEW} busy={false} onSaveRefused={() => {}} choices={initialChoices()} onChoices={() => {}} onLeaveOut={() => {}} />);
    const table = screen.getByRole('table', { name: 'Tidak dibaca sebagai pegawai (2)' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([['PPPK', '5', 'Kepala Sub Bagian Umum dan Kepegawaian'], ['PPPK', '6', 'Budi Santoso, S.E.']]);
  });

  it('counts the rows a sheet did not list', () => {
    const many: RosterPreview = { ...PREVIEW, sheets: PREVIEW.sheets.map((x) => (x.name === 'PPPK' ? { ...x, notStaff: 250 } : x)) };
    renderWithToaster(<ImportPreview preview={many} busy={false} onSaveRefused={() => {}} choices={initialChoices()} onChoices={() => {}} onLeaveOut={() => {}} />);
    expect(screen.getByRole('table', { name: 'Tidak dibaca sebagai pegawai (250)' })).toBeTruthy();
    expect(screen.getByText('… dan 248 baris lain yang juga bukan pegawai.')).toBeTruthy();
  });

  it('leaves a sheet out when its box is unticked, brings one back when ticked', async () => {
    const onLeaveOut = vi.fn();
    renderWithToaster(<ImportPreview preview={PREVIEW} busy={false} onSaveRefused={() => {}} choices={initialChoices()} onChoices={() => {}} onLeaveOut={onLeaveOut} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ikutkan lembar "PPPK"' }));
    expect(onLeaveOut).toHaveBeenLastCalledWith(['Honorer', 'PPPK']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ikutkan lembar "Honorer"' }));
    expect(onLeaveOut).toHaveBeenLastCalledWith([]);
  });

  it('keeps to one line for a file of one sheet, and no list when every row is staff', () => {
    const single: RosterPreview = { ...PREVIEW, sheets: [PREVIEW.sheets[1]!], notStaff: [] };
    renderWithToaster(<ImportPreview preview={single} busy={false} onSaveRefused={() => {}} choices={initialChoices()} onChoices={() => {}} onLeaveOut={() => {}} />);
    expect(screen.queryByTestId('import-sheets')).toBeNull();
    expect(screen.queryByTestId('import-not-staff')).toBeNull();
    expect(screen.getByText('Lembar "PNS", judul kolom di baris 1.')).toBeTruthy();
  });
});
