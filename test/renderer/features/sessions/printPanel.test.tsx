import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintPanel } from '../../../../renderer/src/features/sessions/PrintPanel';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

const REF = '0b6a8a7e-2f58-4c4e-9c1d-5b7f2e0a9f11';

/** the print panel asks before each print whether it would make a new version of the sheet (ReprintWarning) */
const UNCHANGED = { 'attendance.sheetCheck': () => ({ ok: true as const, value: { latest: null, changed: false, added: 0, removed: 0 } }) };
const printCalls = (calls: { name: string; input: unknown }[]) => calls.filter((c) => c.name !== 'attendance.sheetCheck');

describe('PrintPanel', () => {
  it('starts on the paper remembered on this PC and previews the real PDF through files.open', async () => {
    const fake = installFakeApi({
      'documents.preferences': () => ({ ok: true, value: { paper: 'F4' } }),
      'documents.preview': () => ({ ok: true, value: { ref: REF, name: 'Daftar Hadir 2024-09-23.pdf', pages: 3 } }),
      'files.open': () => ({ ok: true, value: { opened: true } }),
      ...UNCHANGED,
    });
    renderWithToaster(<PrintPanel sessionId={7} />);
    const f4 = await screen.findByRole('radio', { name: 'F4/Folio (215 × 330 mm)' });
    expect((f4 as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: 'Menurut abjad nama (tanpa gelar depan)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Satu bagian per unit kerja/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Pratinjau daftar hadir' }));
    await screen.findByText('Pratinjau dibuka (3 halaman). Cetak dari jendela pratinjau (Ctrl+P).');
    expect(printCalls(fake.calls).slice(1)).toEqual([
      { name: 'documents.preview', input: { document: 'attendance', source: { kind: 'session', sessionId: 7 }, paper: 'F4', order: 'name', sectionsPerUnit: true, blankRows: 10 } },
      { name: 'files.open', input: { ref: REF } },
    ]);
  });

  it('saves the daftar hadir as Word with the chosen paper, and offers to open it', async () => {
    const fake = installFakeApi({
      'documents.preferences': () => ({ ok: true, value: { paper: 'A4' } }),
      'documents.save': () => ({ ok: true, value: { saved: { ref: REF, name: 'Daftar Hadir 2024-09-23.docx', folder: 'C:\\Users\\Sekretaris\\Documents' } } }),
      ...UNCHANGED,
    });
    renderWithToaster(<PrintPanel sessionId={7} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'F4/Folio (215 × 330 mm)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan Word…' }));
    await screen.findByText(/Tersimpan: "Daftar Hadir 2024-09-23.docx"/);
    await waitFor(() => expect(printCalls(fake.calls).map((c) => c.name)).toEqual(['documents.preferences', 'documents.save']));
    expect(printCalls(fake.calls)[1]!.input).toMatchObject({ document: 'attendance', paper: 'F4', format: 'docx' });
  });

  it('shows what went wrong, in Indonesian, when a sheet cannot be made', async () => {
    installFakeApi({
      'documents.preferences': () => ({ ok: true, value: { paper: 'A4' } }),
      'documents.preview': () => ({ ok: false, error: { code: 'document-no-rows', message: 'Daftar hadir ini tidak berisi satu pun pegawai aktif.' } }),
      ...UNCHANGED,
    });
    renderWithToaster(<PrintPanel sessionId={7} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Pratinjau daftar hadir' }));
    await screen.findByText('Daftar hadir ini tidak berisi satu pun pegawai aktif.');
    expect((screen.getByRole('button', { name: 'Pratinjau daftar hadir' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('warns before a print that would make a new version of the sheet, for the order chosen', async () => {
    const fake = installFakeApi({
      'documents.preferences': () => ({ ok: true, value: { paper: 'A4' } }),
      // by unit the order is as printed; by name it is not
      'attendance.sheetCheck': (input) => ({ ok: true, value: {
        latest: { version: 1, printedAt: '2024-09-20T01:00:00.000Z', rows: 240, blankRows: 10 }, changed: input.order === 'name', added: 2, removed: 1,
      } }),
    });
    renderWithToaster(<PrintPanel sessionId={7} />);
    await screen.findByRole('button', { name: 'Pratinjau daftar hadir' });
    await waitFor(() => expect(fake.calls.some((c) => c.name === 'attendance.sheetCheck')).toBe(true));
    expect(screen.queryByTestId('reprint-warning')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Menurut abjad nama (tanpa gelar depan)' }));
    const warning = await screen.findByTestId('reprint-warning');
    expect(warning.textContent).toContain('versi 1 dicetak (2 orang baru, 1 tidak lagi tercantum)');
    expect(warning.textContent).toContain('membuat versi 2');
    expect(fake.calls.filter((c) => c.name === 'attendance.sheetCheck').at(-1)!.input).toEqual({ sessionId: 7, order: 'name', sectionsPerUnit: false });
  });
});
