// Pledge coverage: per unit (furthest behind first), per employment kind and position type, the berjenjang flags,
// the target and deadline, people who left before and after signing, and a text change that asks people to sign
// again.
import { describe, expect, it } from 'vitest';
import type { PledgeCoverage, PledgesOverview, PledgeText, Staff } from '../../../electron/core/contract';
import { localToday } from '../../../electron/core/elections/dates';
import { pledgeCoverage } from '../../../electron/core/pledges/coverage';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import type { TestWorkspace } from '../../helpers/session';
import { smallOpd } from '../attendance/fixture';
import type { Opd } from '../attendance/fixture';

const start = sessionPerTest();

const coverage = (t: TestWorkspace, electionId: number, asOf: string): PledgeCoverage => t.workspace.db().read((q) => pledgeCoverage(q, electionId, asOf));
const sign = (t: TestWorkspace, opd: Opd, names: string[], date: string) =>
  t.dispatch('pledges.signOutside', { electionId: opd.election.id, staffIds: names.map((n) => opd.staff[n]!.id), date });
const unitRow = (c: PledgeCoverage) => c.units.map((u) => [u.unitName, u.signed, u.target, u.percent, u.head?.name ?? null, u.head?.signed ?? null]);

describe('pledge coverage', () => {
  it('counts per unit with the furthest behind first, per kind and position type, and flags heads who have not signed', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    await value(sign(t, opd, ['Budi Santoso, S.E.', 'Ani Wulandari', 'Rudi Hartono', 'Joko Susilo'], '2024-09-20'));

    const c = coverage(t, opd.election.id, '2024-09-30');
    expect(c.overall).toEqual({ target: 8, signed: 4, notSigned: 4, percent: 50 });
    expect(unitRow(c)).toEqual([
      ['Sekretariat', 1, 3, 33.3, 'Siti Rahmawati, S.Sos.', false],
      ['Bidang Kebudayaan', 1, 2, 50, 'Hj. Nur Aini, S.Pd.', false],
      ['Bidang Pembinaan SD', 2, 3, 66.7, 'Drs. Eko Permana, M.Si.', false],
    ]);
    expect(c.headOfOpd).toMatchObject({ name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', signed: false });
    expect(c.headsNotSigned.map((h) => h.name)).toEqual(['Dr. H. Akhmad Zaini, S.Pd., M.Pd.', 'Siti Rahmawati, S.Sos.', 'Hj. Nur Aini, S.Pd.', 'Drs. Eko Permana, M.Si.']);
    expect(c.employment.map((e) => [e.kind, e.signed, e.target])).toEqual([['PNS', 2, 6], ['PPPK', 1, 1], ['NON_ASN', 1, 1]]);
    expect(Object.fromEntries(c.positionTypes.map((p) => [p.positionType, `${p.signed}/${p.target}`]))).toMatchObject({ PELAKSANA: '2/2', FUNGSIONAL: '2/2' });

    // the day before anyone signed
    expect(coverage(t, opd.election.id, '2024-09-19').overall).toMatchObject({ target: 8, signed: 0 });

    await value(sign(t, opd, ['Dr. H. Akhmad Zaini, S.Pd., M.Pd.', 'Drs. Eko Permana, M.Si.'], '2024-09-21'));
    const after = coverage(t, opd.election.id, '2024-09-30');
    expect(after.headOfOpd?.signed).toBe(true);
    // heads listed in the units' order: Kebudayaan (50%) is now behind Sekretariat (66.7%)
    expect(after.headsNotSigned.map((h) => h.name)).toEqual(['Hj. Nur Aini, S.Pd.', 'Siti Rahmawati, S.Sos.']);
    expect(after.overall.signed).toBe(6);
  });

  it('follows the target kinds and the deadline', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    await value(sign(t, opd, ['Rudi Hartono', 'Budi Santoso, S.E.'], '2024-09-20'));
    await value(t.dispatch('pledges.saveCampaign', { electionId: opd.election.id, deadline: '2024-10-02', targetKinds: ['PNS', 'CPNS'] }));
    const c = coverage(t, opd.election.id, '2024-09-30');
    expect(c).toMatchObject({ deadline: '2024-10-02', daysLeft: 2, targetKinds: ['PNS', 'CPNS'], overall: { target: 6, signed: 1 } });
    expect(coverage(t, opd.election.id, '2024-10-05').daysLeft).toBe(-3);
    expect(await t.dispatch('pledges.saveCampaign', { electionId: opd.election.id, deadline: '2024-02-30', targetKinds: null })).toMatchObject({ ok: false, error: { code: 'pledge-date-invalid' } });
    expect(await t.dispatch('pledges.saveCampaign', { electionId: opd.election.id, deadline: null, targetKinds: [] })).toMatchObject({ ok: false, error: { code: 'pledge-kinds-empty' } });
  });

  it('leaves out people who left from their leaving date, whether they had signed or not', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    const ani = opd.staff['Ani Wulandari']!;
    const joko = opd.staff['Joko Susilo']!;
    await value(sign(t, opd, ['Ani Wulandari'], '2024-09-20'));
    await value<Staff>(t.dispatch('staff.markLeft', { id: ani.id, reason: 'MUTASI', date: '2024-10-05' }));
    await value<Staff>(t.dispatch('staff.markLeft', { id: joko.id, reason: 'BERHENTI', date: '2024-09-10' }));
    // signing after leaving is refused
    expect(await sign(t, opd, ['Joko Susilo'], '2024-09-20')).toMatchObject({ ok: false, error: { code: 'attendance-staff-left' } });

    expect(coverage(t, opd.election.id, '2024-09-05').overall).toMatchObject({ target: 8, signed: 0 });
    // Joko has left, Ani (signed) is still here
    expect(coverage(t, opd.election.id, '2024-09-30').overall).toMatchObject({ target: 7, signed: 1 });
    // both gone: neither counts on either side
    expect(coverage(t, opd.election.id, '2024-10-05').overall).toMatchObject({ target: 6, signed: 0 });
    const status = await value<{ signedOn: Record<number, string> }>(t.dispatch('pledges.staffStatus', {}));
    expect(status.signedOn[ani.id]).toBe('2024-09-20');
  });

  it('asks people to sign again when a new text says earlier signatures no longer count', async () => {
    const t = await start();
    const opd = await smallOpd(t);
    const today = localToday();
    await value(sign(t, opd, ['Budi Santoso, S.E.', 'Ani Wulandari'], '2024-09-20'));
    const overview = () => value<PledgesOverview>(t.dispatch('pledges.overview', {}));
    expect((await overview()).texts.map((x) => x.version)).toEqual([1]);
    expect((await overview()).coverage?.overall.signed).toBe(2);

    // a wording change that keeps earlier signatures
    const v2 = await value<PledgeText>(t.dispatch('pledges.saveText', { points: ['Menjaga netralitas.', ' ', 'Menolak politik uang.'], earlierCount: true }));
    expect(v2).toMatchObject({ version: 2, points: ['Menjaga netralitas.', 'Menolak politik uang.'], validFrom: today, earlierCount: true });
    expect((await overview()).coverage?.overall.signed).toBe(2);

    // a change that needs everyone to sign again
    await value(t.dispatch('pledges.saveText', { points: ['Menjaga netralitas sebelum, selama, dan sesudah pemilihan.'], earlierCount: false }));
    const o = await overview();
    expect(o.texts.map((x) => [x.version, x.earlierCount])).toEqual([[1, true], [2, true], [3, false]]);
    expect(o.coverage?.overall.signed).toBe(0);
    await value(sign(t, opd, ['Budi Santoso, S.E.'], today));
    expect((await overview()).coverage?.overall.signed).toBe(1);
    const versions = t.workspace.db().read((q) => q.all('SELECT s.signed_on, t.version FROM pledge_signature s JOIN pledge_text t ON t.id = s.text_id ORDER BY s.id'));
    expect(versions.map((r) => r.version)).toEqual([1, 1, 3]);
    // the printed pledge is the current text
    expect(await t.dispatch('pledges.saveText', { points: ['  '], earlierCount: true })).toMatchObject({ ok: false, error: { code: 'pledge-text-empty' } });
  });
});
