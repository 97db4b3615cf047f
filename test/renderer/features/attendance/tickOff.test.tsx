// The tick-off screen against a fake core: a typed range marks and clears the field, a refused range shows the
// core's message at the field, a click marks one person, Ctrl+Z (outside a text field) and the visible undo take
// the last action back, and the search + Enter marks the first match as signed.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MarkResult, TickOff, TickOffRow } from '../../../../electron/core/contract';
import { TickOffScreen } from '../../../../renderer/src/features/attendance/TickOffScreen';
import { installFakeApi } from '../../fakeApi';
import { fakeLayout, renderWithToaster } from '../staff/fixtures';

let restore: () => void;
beforeEach(() => { restore = fakeLayout(); });
afterEach(() => { cleanup(); restore(); });

const people = ['Siti Rahmawati', 'Budi Santoso', 'Eko Permana', 'Ani Wulandari'];
const row = (i: number, over: Partial<TickOffRow> = {}): TickOffRow => ({
  no: i + 1, staffId: 100 + i, name: people[i]!, identifier: `19850714201001200${i}`, unitName: 'Sekretariat', attended: false, signed: false, walkIn: false, ...over,
});

function sheet(over: Partial<TickOff> = {}): TickOff {
  return {
    sessionId: 7, date: '2024-09-23', topic: 'Sosialisasi Netralitas', version: 1,
    versions: [{ version: 1, printedAt: '2024-09-20T02:00:00.000Z', rows: 4, blankRows: 5 }],
    rows: people.map((_, i) => row(i)), blankRows: 5, walkIns: [], counts: { total: 4, attended: 0, signed: 0 }, undo: null, proof: [], ...over,
  };
}

const result = (ids: number[], attended: boolean, signed: boolean, kind: 'attended' | 'signed' | 'unattended', counts: MarkResult['counts']): MarkResult => ({
  version: 1, changed: ids.map((staffId) => ({ staffId, attended, signed, walkIn: false })), counts, undo: { id: 1, kind, count: ids.length },
});

describe('TickOffScreen', () => {
  it('marks a typed range, shows a refused one at the field, and undoes with Ctrl+Z and the button', async () => {
    const marks: unknown[] = [];
    const fake = installFakeApi({
      'attendance.get': () => ({ ok: true, value: sheet() }),
      'attendance.mark': (input) => {
        marks.push(input);
        if ('rows' in input.target && input.target.rows.includes('9')) {
          return { ok: false, error: { code: 'attendance-rows-past-end', message: 'Nomor 9 tidak ada di daftar hadir ini (nomor terakhir yang berisi nama: 4).' } };
        }
        if ('rows' in input.target) return { ok: true, value: result([100, 101, 102], true, true, 'signed', { total: 4, attended: 3, signed: 3 }) };
        return { ok: true, value: result(input.target.staffIds, true, false, 'attended', { total: 4, attended: 4, signed: 3 }) };
      },
      'attendance.undo': () => ({ ok: true, value: { ...result([103], false, false, 'attended', { total: 4, attended: 3, signed: 3 }), undo: { id: 1, kind: 'signed', count: 3 }, undone: { id: 2, kind: 'attended', count: 1 } } }),
    });
    renderWithToaster(<TickOffScreen sessionId={7} readOnly={false} onBack={() => undefined} />);
    await screen.findByText('0 dari 4 hadir, 0 menandatangani ikrar');

    const field = screen.getByLabelText('Nomor baris');
    await userEvent.type(field, '1-3{Enter}');
    await screen.findByText('3 dari 4 hadir, 3 menandatangani ikrar');
    expect(marks[0]).toEqual({ sessionId: 7, version: 1, target: { rows: '1-3' }, mark: 'signed', value: true });
    expect((field as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('checkbox', { name: 'Tanda tangan: Eko Permana' }) as HTMLInputElement).checked).toBe(true);

    await userEvent.type(field, '4, 9');
    await userEvent.click(screen.getByRole('button', { name: 'Hadir' }));
    await screen.findByText(/Nomor 9 tidak ada di daftar hadir ini/);
    expect((field as HTMLInputElement).value).toBe('4, 9');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Hadir: Ani Wulandari' }));
    await screen.findByText('4 dari 4 hadir, 3 menandatangani ikrar');
    expect(marks.at(-1)).toEqual({ sessionId: 7, version: 1, target: { staffIds: [103] }, mark: 'attended', value: true });

    // Ctrl+Z in the text field undoes the typing, not the marks
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(fake.calls.some((c) => c.name === 'attendance.undo')).toBe(false);
    await act(async () => { fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }); });
    await screen.findByText('3 dari 4 hadir, 3 menandatangani ikrar');
    expect((screen.getByRole('checkbox', { name: 'Hadir: Ani Wulandari' }) as HTMLInputElement).checked).toBe(false);
    // the button names the next action it would take back
    await screen.findByRole('button', { name: 'Urungkan: hadir dan tanda tangan — 3 orang' });
  });

  it('marks the first match of a name search as signed with Enter', async () => {
    const marks: unknown[] = [];
    installFakeApi({
      'attendance.get': () => ({ ok: true, value: sheet() }),
      'attendance.mark': (input) => { marks.push(input); return { ok: true, value: result([101], true, true, 'signed', { total: 4, attended: 1, signed: 1 }) }; },
    });
    renderWithToaster(<TickOffScreen sessionId={7} readOnly={false} onBack={() => undefined} />);
    const search = await screen.findByLabelText('Cari nama atau NIP lalu tekan Enter');
    await userEvent.type(search, 'budi');
    await waitFor(() => expect(screen.queryByText('Siti Rahmawati')).toBeNull());
    await userEvent.type(search, '{Enter}');
    await screen.findByText('1 dari 4 hadir, 1 menandatangani ikrar');
    expect(marks).toEqual([{ sessionId: 7, version: 1, target: { staffIds: [101] }, mark: 'signed', value: true }]);
    expect((search as HTMLInputElement).value).toBe('');
  });
});
