// Sessions through the dispatcher, as the screen calls them: each with its election's phase, the audience as
// chosen (whole OPD, units, people), a person who leaves after being invited, a unit merged after being chosen.
import { describe, expect, it } from 'vitest';
import type { Election, SessionDetail, Staff, Unit } from '../../../electron/core/contract';
import { resolveAudience } from '../../../electron/core/sessions/audience';
import { listSessions } from '../../../electron/core/sessions/service';
import { value } from '../../helpers/importFlow';
import type { TestWorkspace } from '../../helpers/session';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

const PROFILE = {
  opdName: 'Dinas Pendidikan dan Kebudayaan', regency: 'Kabupaten Pamekasan', address: 'Jalan Jokotole No. 5', postcode: '69317',
  phone: '', email: '', website: '', headName: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', headNip: '196805231998031005',
  headRank: 'Pembina Utama Muda (IV/c)', headPosition: 'Kepala Dinas Pendidikan dan Kebudayaan', secretaryName: '', secretaryNip: '',
};

const BASE = {
  date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula Dinas', topic: 'Sosialisasi Netralitas ASN',
  speakers: ['Ketua Bawaslu Kabupaten Pamekasan'], signer: null, sheetTitle: null, signCity: null,
} as const;

interface Roster { units: Record<string, Unit>; staff: Record<string, Staff> }

async function roster(t: TestWorkspace): Promise<Roster> {
  const { dispatch } = t;
  await value(dispatch('profile.save', PROFILE));
  const units: Record<string, Unit> = {};
  for (const name of ['Sekretariat', 'Bidang Pembinaan SD', 'Bidang Kebudayaan']) units[name] = await value<Unit>(dispatch('staff.unitCreate', { name }));
  const people: [string, string, string][] = [
    ['Siti Rahmawati, S.Sos.', '198507142010012003', 'Sekretariat'],
    ['Budi Santoso, S.E.', '197901012005011002', 'Sekretariat'],
    ['Drs. Eko Permana, M.Si.', '196912121994031004', 'Bidang Pembinaan SD'],
    ['Ani Wulandari', '199001152019022001', 'Bidang Pembinaan SD'],
    ['Hj. Nur Aini, S.Pd.', '197505052000122002', 'Bidang Kebudayaan'],
  ];
  const staff: Record<string, Staff> = {};
  for (const [name, identifier, unit] of people) {
    staff[name] = await value<Staff>(dispatch('staff.save', {
      name, identifier, employment: 'PNS', rank: 'III/b', position: 'Pelaksana', positionType: null, unitId: units[unit]!.id, gender: null, birthDate: null, birthPlace: '',
    }));
  }
  return { units, staff };
}

describe('sessions', () => {
  it('takes the active election, shows its phase, and is signed by the head of the OPD unless told otherwise', async () => {
    const t = await start();
    await roster(t);
    const election = await value<Election>(t.dispatch('elections.create', { preset: 'PILKADA_2024' }));
    const s = await value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, audience: { kind: 'ALL' } }));
    expect(s).toMatchObject({
      electionId: election.id, electionName: 'Pilkada Serentak 2024', status: 'PLANNED', invited: 5, left: 0,
      phase: { phase: 'BEFORE_CAMPAIGN', candidatesSet: true },
      signer: null,
      signerResolved: { name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', nip: '196805231998031005', rank: 'Pembina Utama Muda (IV/c)', position: 'Kepala Dinas Pendidikan dan Kebudayaan' },
    });
    const during = await value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, id: s.id, date: '2024-11-25', audience: { kind: 'ALL' }, signer: { name: 'Siti Rahmawati, S.Sos.', nip: '19850714 201001 2 003', rank: 'Penata', position: 'Sekretaris' } }));
    expect(during).toMatchObject({ id: s.id, phase: { phase: 'QUIET', candidatesSet: true }, signerResolved: { name: 'Siti Rahmawati, S.Sos.', nip: '198507142010012003' } });
    // the election cannot be removed from under its sessions
    expect(await t.dispatch('elections.remove', { id: election.id })).toMatchObject({ ok: false, error: { code: 'election-in-use' } });
  });

  it('audience by unit: whoever is active in the chosen units, and a merged unit is followed', async () => {
    const t = await start();
    const { units, staff } = await roster(t);
    const s = await value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, audience: { kind: 'UNITS', unitIds: [units['Sekretariat']!.id, units['Bidang Pembinaan SD']!.id] } }));
    expect(s).toMatchObject({ invited: 4, left: 0, electionId: null, phase: { phase: null, candidatesSet: null } });
    expect(s.units.map((u) => u.name).sort()).toEqual(['Bidang Pembinaan SD', 'Sekretariat']);

    await value(t.dispatch('staff.markLeft', { id: staff['Budi Santoso, S.E.']!.id, reason: 'MUTASI', date: '2024-09-01' }));
    const names = () => t.workspace.db().read((q) => resolveAudience(q, { kind: 'UNITS', unitIds: [units['Sekretariat']!.id, units['Bidang Pembinaan SD']!.id] })).active.map((p) => p.name).sort();
    expect(names()).toEqual(['Ani Wulandari', 'Drs. Eko Permana, M.Si.', 'Siti Rahmawati, S.Sos.']);

    // Bidang Kebudayaan merged into the Sekretariat: the session's units are unchanged, its people grow
    await value(t.dispatch('staff.unitMerge', { sourceId: units['Bidang Kebudayaan']!.id, targetId: units['Sekretariat']!.id }));
    // the Sekretariat merged into Bidang Pembinaan SD: the session now names that unit once, with everyone
    await value(t.dispatch('staff.unitMerge', { sourceId: units['Sekretariat']!.id, targetId: units['Bidang Pembinaan SD']!.id }));
    const after = await value<SessionDetail>(t.dispatch('sessions.get', { id: s.id }));
    expect(after.audience).toEqual({ kind: 'UNITS', unitIds: [units['Bidang Pembinaan SD']!.id] });
    expect(after.invited).toBe(4);
  });

  it('audience by person: one who leaves after being invited stays in it, shown as left, and is not among those printed', async () => {
    const t = await start();
    const { staff } = await roster(t);
    const chosen = ['Siti Rahmawati, S.Sos.', 'Drs. Eko Permana, M.Si.', 'Hj. Nur Aini, S.Pd.'].map((n) => staff[n]!.id);
    const s = await value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, audience: { kind: 'STAFF', staffIds: [...chosen, chosen[0]!] } }));
    expect(s.audience).toEqual({ kind: 'STAFF', staffIds: [...chosen].sort((a, b) => a - b) });
    expect([s.invited, s.left]).toEqual([3, 0]);

    await value(t.dispatch('staff.markLeft', { id: staff['Drs. Eko Permana, M.Si.']!.id, reason: 'PENSIUN', date: '2024-09-10' }));
    const after = await value<SessionDetail>(t.dispatch('sessions.get', { id: s.id }));
    expect([after.invited, after.left]).toEqual([2, 1]);
    expect(after.staff.map((p) => [p.name, p.status])).toEqual([
      ['Hj. Nur Aini, S.Pd.', 'ACTIVE'], ['Siti Rahmawati, S.Sos.', 'ACTIVE'], ['Drs. Eko Permana, M.Si.', 'LEFT'],
    ]);
    const resolved = t.workspace.db().read((q) => resolveAudience(q, after.audience));
    expect(resolved.active.map((p) => p.name)).toEqual(['Hj. Nur Aini, S.Pd.', 'Siti Rahmawati, S.Sos.']);
    expect(resolved.left.map((p) => p.name)).toEqual(['Drs. Eko Permana, M.Si.']);

    // back on the roster: printed again
    await value(t.dispatch('staff.reactivate', { id: staff['Drs. Eko Permana, M.Si.']!.id }));
    expect(await value<SessionDetail>(t.dispatch('sessions.get', { id: s.id }))).toMatchObject({ invited: 3, left: 0 });
  });

  it('lists upcoming sessions first (soonest on top), then past ones (latest on top)', async () => {
    const t = await start();
    await roster(t);
    for (const [date, time] of [['2024-09-01', '08:00'], ['2024-10-05', '13:00'], ['2024-10-05', '08:00'], ['2024-09-20', '08:00'], ['2024-12-01', '08:00']] as const) {
      await value(t.dispatch('sessions.save', { ...BASE, date, startTime: time, endTime: null, topic: `${date} ${time}`, audience: { kind: 'ALL' } }));
    }
    const list = t.workspace.db().read((q) => listSessions(q, '2024-10-05'));
    expect(list.map((s) => s.topic)).toEqual(['2024-10-05 08:00', '2024-10-05 13:00', '2024-12-01 08:00', '2024-09-20 08:00', '2024-09-01 08:00']);
  });

  it.each([
    [{ date: '2024-02-30' }, 'session-date-invalid', 'date'],
    [{ startTime: '24:00' }, 'session-time-invalid', 'startTime'],
    [{ endTime: '07:59' }, 'session-time-order', 'endTime'],
    [{ topic: '   ' }, 'required', 'topic'],
    [{ audience: { kind: 'UNITS', unitIds: [] } }, 'session-no-units', 'audience'],
    [{ audience: { kind: 'UNITS', unitIds: [999] } }, 'unit-not-found', 'audience'],
    [{ audience: { kind: 'STAFF', staffIds: [] } }, 'session-no-staff', 'audience'],
    [{ signer: { name: 'Pejabat', nip: '123', rank: '', position: '' } }, 'invalid-nip', 'signerNip'],
    [{ signer: { name: ' ', nip: '', rank: '', position: '' } }, 'required', 'signerName'],
    [{ electionId: 999 }, 'election-not-found', undefined],
  ])('refuses %o with %s', async (change, code, field) => {
    const t = await start();
    const r = await t.dispatch('sessions.save', { ...BASE, audience: { kind: 'ALL' }, ...change });
    expect(r).toMatchObject({ ok: false, error: { code, ...(field ? { field } : {}) } });
    if (!r.ok) expect(r.error.message).not.toMatch(/[{}]/);
    expect(await t.dispatch('sessions.list', {})).toEqual({ ok: true, value: [] });
  });

  it('marks a session held or cancelled, and removes it with its audience', async () => {
    const t = await start();
    const { units } = await roster(t);
    const s = await value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, audience: { kind: 'UNITS', unitIds: [units['Sekretariat']!.id] } }));
    expect(await t.dispatch('sessions.setStatus', { id: s.id, status: 'HELD' })).toMatchObject({ ok: true, value: { status: 'HELD' } });
    expect(await t.dispatch('sessions.remove', { id: s.id })).toEqual({ ok: true, value: { removed: s.id } });
    expect(t.workspace.db().read((q) => q.get('SELECT COUNT(*) AS n FROM session_unit'))).toEqual({ n: 0 });
    expect(await t.dispatch('sessions.get', { id: s.id })).toMatchObject({ ok: false, error: { code: 'session-not-found' } });
  });
});
