// Beranda from a fake core: the days to voting and to the deadline, the coverage ring, units furthest behind
// first with how many more there are, and what needs doing with a way to the screen where it is done.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { HomeOverview, UnitCoverage } from '../../../../electron/core/contract';
import { HomeScreen } from '../../../../renderer/src/features/home/HomeScreen';
import { installFakeApi } from '../../fakeApi';
import { renderWithToaster } from '../staff/fixtures';

afterEach(cleanup);

const unit = (i: number, signed: number, target: number): UnitCoverage => ({
  unitId: i, unitName: `Unit ${i}`, target, signed, notSigned: target - signed, percent: Math.round((signed / target) * 1000) / 10, head: null,
});

const OVERVIEW: HomeOverview = {
  today: '2024-09-28',
  active: {
    today: '2024-09-28', phase: { phase: 'CAMPAIGN', candidatesSet: true },
    election: {
      id: 1, name: 'Pilkada Serentak 2024', kind: 'PILKADA', registrationStart: null, registrationEnd: null, candidatesSet: '2024-09-22', numbersDrawn: null,
      campaignStart: '2024-09-25', campaignEnd: '2024-11-23', quietStart: null, quietEnd: null, votingDay: '2024-11-27', recapEnd: null, active: true, updatedAt: 'x',
    },
  },
  daysToVoting: 60,
  coverage: {
    electionId: 1, asOf: '2024-09-28', deadline: '2024-09-30', daysLeft: 2, targetKinds: null,
    overall: { target: 240, signed: 150, notSigned: 90, percent: 62.5 },
    units: Array.from({ length: 12 }, (_, i) => unit(i + 1, i * 2, 20)),
    employment: [], positionTypes: [], headOfOpd: null, headsNotSigned: [],
  },
  sessions: { held: 3, planned: 1, next: { id: 9, date: '2024-10-02', startTime: '08:30', topic: 'Sosialisasi UPT', place: 'Aula' } },
  todo: [{ kind: 'unitBehind', unitId: 1, unitName: 'Unit 1', percent: 0, daysLeft: 2 }, { kind: 'notTickedOff', sessionId: 4, date: '2024-09-23', topic: 'Sosialisasi Bidang SD' }],
};

describe('HomeScreen', () => {
  it('shows the election, deadline, coverage, sessions and what needs doing', async () => {
    installFakeApi({ 'home.overview': () => ({ ok: true, value: OVERVIEW }) });
    const went: string[] = [];
    renderWithToaster(<HomeScreen onChanged={() => undefined} readOnly={false} navigate={(id) => went.push(id)} />);
    await screen.findByText('Pemungutan suara 60 hari lagi (27 November 2024)');
    expect(screen.getByText('2 hari lagi')).toBeTruthy();
    expect(screen.getByRole('img', { name: '62,5% sudah menandatangani' })).toBeTruthy();
    expect(screen.getByText('150 dari 240 pegawai')).toBeTruthy();
    expect(screen.getByText('3 terlaksana, 1 direncanakan')).toBeTruthy();
    expect(screen.getByText('Berikutnya: 2 Oktober 2024, 08:30 — Sosialisasi UPT')).toBeTruthy();
    const bars = screen.getByRole('list', { name: 'Per unit kerja (paling tertinggal di atas)' });
    expect(bars.querySelectorAll('li')).toHaveLength(9);
    expect(screen.getByText('dan 3 unit lain — lihat menu Ikrar')).toBeTruthy();
    const todo = screen.getByRole('list', { name: 'Yang perlu dikerjakan' });
    expect(todo.textContent).toContain('Unit 1 baru 0% menandatangani, batas waktu 2 hari lagi.');
    expect(todo.textContent).toContain('Kehadiran sosialisasi 23 September 2024 ("Sosialisasi Bidang SD") belum dicatat.');
    const open = screen.getAllByRole('button', { name: 'Buka' });
    await userEvent.click(open[0]!);
    await userEvent.click(open[1]!);
    expect(went).toEqual(['pledges', 'sessions']);
  });
});
