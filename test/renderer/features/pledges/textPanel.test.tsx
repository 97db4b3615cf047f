// The pledge text: a change is a new version; once people have signed, the OPD is asked whether their signatures
// still count ("Ya, tetap berlaku" is the primary button; the core's default is the same) and the answer goes to the core.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PledgeText } from '../../../../electron/core/contract';
import { TextPanel } from '../../../../renderer/src/features/pledges/TextPanel';
import { installFakeApi } from '../../fakeApi';
import { fakeLayout, renderWithToaster } from '../staff/fixtures';

let restore: () => void;
beforeEach(() => { restore = fakeLayout(); });
afterEach(() => { cleanup(); restore(); });

const V1: PledgeText = { id: 1, version: 1, points: ['Menjaga netralitas dalam {election}.', 'Menolak politik uang.'], validFrom: '1900-01-01', earlierCount: true, createdAt: 'x' };
const saved = (earlierCount: boolean): PledgeText => ({ ...V1, id: 2, version: 2, points: ['Menjaga netralitas.'], validFrom: '2024-09-25', earlierCount });

async function edit() {
  await userEvent.click(screen.getByRole('button', { name: 'Ubah teks ikrar…' }));
  const box = await screen.findByRole('textbox', { name: /Butir ikrar/ }, { timeout: 3000 });
  await userEvent.clear(box);
  await userEvent.type(box, 'Menjaga netralitas.');
  await userEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
}

describe('TextPanel', () => {
  it('shows the points with the election named, and asks about earlier signatures, keeping them by default', async () => {
    const inputs: unknown[] = [];
    installFakeApi({ 'pledges.saveText': (input) => { inputs.push(input); return { ok: true, value: saved(input.earlierCount ?? true) }; } });
    renderWithToaster(<TextPanel texts={[V1]} signatures={12} electionName="Pilkada Serentak 2024" readOnly={false} onSaved={() => undefined} />);
    expect(screen.getByText('Menjaga netralitas dalam Pilkada Serentak 2024.')).toBeTruthy();
    await edit();
    await screen.findByText('Sudah ada 12 tanda tangan pada teks sebelumnya. Apakah tanda tangan itu tetap berlaku untuk teks baru?');
    expect(screen.getByRole('button', { name: 'Ya, tetap berlaku' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tidak, pegawai harus menandatangani ulang' }));
    await screen.findByText('Teks ikrar versi 2 disimpan.');
    expect(inputs).toEqual([{ points: ['Menjaga netralitas.'], earlierCount: false }]);
  });

  it('saves straight away while nobody has signed', async () => {
    const inputs: unknown[] = [];
    installFakeApi({ 'pledges.saveText': (input) => { inputs.push(input); return { ok: true, value: saved(true) }; } });
    renderWithToaster(<TextPanel texts={[V1]} signatures={0} electionName="Pilkada Serentak 2024" readOnly={false} onSaved={() => undefined} />);
    await edit();
    await waitFor(() => expect(inputs).toEqual([{ points: ['Menjaga netralitas.'], earlierCount: true }]));
    expect(screen.queryByText(/tetap berlaku untuk teks baru/)).toBeNull();
  });
});
