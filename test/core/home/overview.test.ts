// Beranda's figures: days to voting and to the deadline, sessions held and planned with the next one, and the
// list of what needs doing (units behind near the deadline, heads who have not signed, sessions not ticked off).
import { describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../../electron/core/contract';
import { homeOverview } from '../../../electron/core/home/overview';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import { SESSION, smallOpd } from '../attendance/fixture';

const start = sessionPerTest();

describe('Beranda', () => {
  it('says what needs doing, and stops saying it once done', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    const home = (today: string) => t.workspace.db().read((q) => homeOverview(q, today));
    await value(t.dispatch('sessions.save', { ...SESSION, date: '2024-10-10', topic: 'Sosialisasi kedua', audience: { kind: 'ALL' } }));

    const first = home('2024-09-29');
    expect(first).toMatchObject({ daysToVoting: 59, sessions: { held: 1, planned: 1, next: { date: '2024-10-10', topic: 'Sosialisasi kedua' } } });
    expect(first.active?.phase.phase).toBe('CAMPAIGN');
    expect(first.todo.map((x) => x.kind)).toEqual(['noDeadline', 'headsNotSigned', 'notTickedOff']);

    await value(t.dispatch('pledges.saveCampaign', { electionId: opd.election.id, deadline: '2024-09-30', targetKinds: null }));
    // Bidang Pembinaan SD signs on the sheet: the other units stay under 50% one day before the deadline
    await value(t.dispatch('attendance.mark', { sessionId: opd.session.id, version: null, target: { staffIds: ['Drs. Eko Permana, M.Si.', 'Ani Wulandari', 'Rudi Hartono'].map((n) => opd.staff[n]!.id) }, mark: 'signed', value: true }));
    const second = home('2024-09-29');
    expect(second.coverage).toMatchObject({ daysLeft: 1, overall: { signed: 3, target: 8 } });
    expect(second.todo).toEqual([
      { kind: 'unitBehind', unitId: opd.units.Sekretariat!.id, unitName: 'Sekretariat', percent: 0, daysLeft: 1 },
      { kind: 'unitBehind', unitId: opd.units['Bidang Kebudayaan']!.id, unitName: 'Bidang Kebudayaan', percent: 0, daysLeft: 1 },
      { kind: 'headsNotSigned', names: ['Dr. H. Akhmad Zaini, S.Pd., M.Pd.', 'Siti Rahmawati, S.Sos.', 'Hj. Nur Aini, S.Pd.'] },
    ]);
    // a week before the deadline no unit is "behind" yet
    expect(home('2024-09-23').todo.map((x) => x.kind)).toEqual(['headsNotSigned']);
  });

  it('has no election to show until one is set', async () => {
    const t = await start();
    const planned = await value<SessionDetail>(t.dispatch('sessions.save', { ...SESSION, audience: { kind: 'ALL' } }));
    expect(planned.electionId).toBeNull();
    const h = t.workspace.db().read((q) => homeOverview(q, '2024-09-01'));
    expect(h).toMatchObject({ active: null, coverage: null, daysToVoting: null, todo: [{ kind: 'noElection' }], sessions: { planned: 1, next: { id: planned.id } } });
  });
});
