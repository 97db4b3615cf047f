import { useState } from 'react';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Audience } from '../../../../electron/core/contract';
import { AudiencePicker } from '../../../../renderer/src/features/sessions/AudiencePicker';
import { ROSTER, UNITS, renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

function Harness({ initial, seen }: { initial: Audience; seen: Audience[] }) {
  const [value, setValue] = useState<Audience>(initial);
  return <AudiencePicker value={value} onChange={(a) => { seen.push(a); setValue(a); }} units={UNITS} staff={ROSTER} />;
}

describe('AudiencePicker', () => {
  it('searches the roster by name or NIP and adds people; a whole unit adds only its active staff', async () => {
    const seen: Audience[] = [];
    renderWithToaster(<Harness initial={{ kind: 'ALL' }} seen={seen} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Pegawai tertentu' }));
    expect(seen.at(-1)).toEqual({ kind: 'STAFF', staffIds: [] });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari nama atau NIP' }), '19850714');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah Siti Rahmawati, S.Sos.' }));
    expect(seen.at(-1)).toEqual({ kind: 'STAFF', staffIds: [102] });

    // the one who left (104) is not added with the unit, and is never offered by the search
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit kerja' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Tambah seluruh unit' }));
    expect(seen.at(-1)).toEqual({ kind: 'STAFF', staffIds: [102, 103] });
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Cari nama atau NIP' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari nama atau NIP' }), 'ruf');
    expect(screen.getByText('Tidak ada pegawai aktif yang cocok.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Keluarkan Siti Rahmawati, S.Sos.' }));
    expect(seen.at(-1)).toEqual({ kind: 'STAFF', staffIds: [103] });
  });

  it('shows a chosen person who has left since as left, not printed', () => {
    renderWithToaster(<Harness initial={{ kind: 'STAFF', staffIds: [101, 104] }} seen={[]} />);
    const chosen = screen.getByRole('list', { name: '2 pegawai dipilih' });
    const items = within(chosen).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Dr. H. Akhmad Zaini'),
      expect.stringMatching(/Moh\. Ma'ruf.*Sudah keluar: tidak dicetak/),
    ]);
  });

  it('chooses units by ticking them, each named with its active staff', async () => {
    const seen: Audience[] = [];
    renderWithToaster(<Harness initial={{ kind: 'ALL' }} seen={seen} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Unit kerja tertentu' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bidang Pembinaan SMP (1)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sekretariat (2)' }));
    expect(seen.at(-1)).toEqual({ kind: 'UNITS', unitIds: [2, 1] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bidang Pembinaan SMP (1)' }));
    expect(seen.at(-1)).toEqual({ kind: 'UNITS', unitIds: [1] });
  });
});
