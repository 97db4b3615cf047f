// Findings through the dispatcher, as the screen calls them: the catalog seeded and a retired entry on an old
// finding, the derived classification on both sides of the candidates-set date and the phase, a typed person
// validated like the roster, the audit trail of every change and every open, and the counts.
import { describe, expect, it } from 'vitest';
import type { Election, FindingCounts, FindingDetail, FindingSummary, ViolationType } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import { PEOPLE, record, world } from './helpers';

const start = sessionPerTest();

describe('the violation catalog', () => {
  it('is seeded from SKB 2022 Lampiran II, and a retired entry stays on the finding that uses it', async () => {
    const t = await start();
    const w = await world(t);
    const catalog = await value<ViolationType[]>(t.dispatch('findings.catalog', {}));
    expect(catalog.map((v) => v.code)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A12']);
    expect(catalog.every((v) => v.seeded && !v.retired)).toBe(true);
    expect(w.types.A09).toMatchObject({ act: 'Menjadi anggota atau pengurus partai politik', ethicsForm: null, disciplineLevelAfter: 'PTDH' });
    expect(w.types.A10).toMatchObject({ disciplineLevelBefore: 'SEDANG', disciplineLevelAfter: 'BERAT' });
    expect(w.types.A01?.nonAsnNote).toMatch(/SE MenPANRB 01\/2023/);

    const old = await record(t, w, { violationTypeId: w.types.A05!.id });
    const retired = await value<ViolationType>(t.dispatch('findings.catalogRetire', { id: w.types.A05!.id, retired: true }));
    expect(retired).toMatchObject({ retired: true, usedBy: 1 });
    // the old finding still shows it, marked, and can still be saved with it
    const shown = await value<FindingDetail>(t.dispatch('findings.get', { id: old.id }));
    expect(shown).toMatchObject({ violationCode: 'A05', violationRetired: true, violationType: { act: w.types.A05!.act } });
    await value(t.dispatch('findings.save', { ...strip(shown), actPlace: 'Instagram' }));
    // a new finding cannot take it; nor can it be deleted while used
    const refused = await t.dispatch('findings.save', { ...strip(shown), id: undefined, violationTypeId: w.types.A05!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'violation-type-retired' } });
    expect(await t.dispatch('findings.catalogRemove', { id: w.types.A05!.id })).toMatchObject({ ok: false, error: { code: 'violation-type-in-use' } });
    const catalogAfter = await value<ViolationType[]>(t.dispatch('findings.catalog', {}));
    expect(catalogAfter.find((v) => v.code === 'A05')).toMatchObject({ retired: true });

    // the user adds an entry of their own, and may delete it while nothing uses it
    const own = await value<ViolationType>(t.dispatch('findings.catalogSave', {
      code: 'L01', act: 'Menggunakan fasilitas kantor untuk kegiatan bakal calon', ethicsForm: 'Memakai fasilitas kantor untuk bakal calon',
      disciplineLevelBefore: null, disciplineLevelAfter: 'BERAT', nonAsnNote: '', villageNote: '',
    }));
    expect(own).toMatchObject({ seeded: false, sortOrder: 130 });
    expect(await value(t.dispatch('findings.catalogRemove', { id: own.id }))).toEqual({ removed: own.id });
  });
});

/** A finding as the form would send it back. */
function strip(f: FindingDetail) {
  return {
    id: f.id, person: f.person.staffId === null ? { kind: 'TYPED' as const, identifier: f.person.nip ?? f.person.nik ?? '', name: f.person.name, position: f.person.position, unit: f.person.unit, employment: f.person.employment, positionType: null } : { kind: 'STAFF' as const, staffId: f.person.staffId },
    violationTypeId: f.violationTypeId, knownDate: f.knownDate, actDate: f.actDate, actTime: f.actTime, actPlace: f.actPlace,
    source: f.source, sourceLink: f.sourceLink, sbtNumber: f.sbtNumber, description: f.description,
  };
}

describe('what a finding derives from its date', () => {
  it('is kode etik the day before the candidates are set and disiplin from that day, with the phase', async () => {
    const t = await start();
    const w = await world(t);
    const at = async (code: string, actDate: string) => (await record(t, w, { violationTypeId: w.types[code]!.id, actDate, knownDate: actDate })).classification;
    // Pilkada 2024: candidates set on 22 September 2024, campaign from 25 September
    expect(await at('A02', '2024-09-21')).toEqual({ phase: { phase: 'BEFORE_CAMPAIGN', candidatesSet: false }, kind: 'ETHICS', level: null, sanctionRule: 'PNS' });
    expect(await at('A02', '2024-09-22')).toEqual({ phase: { phase: 'BEFORE_CAMPAIGN', candidatesSet: true }, kind: 'DISCIPLINE', level: 'BERAT', sanctionRule: 'PNS' });
    expect((await at('A02', '2024-10-01')).phase).toEqual({ phase: 'CAMPAIGN', candidatesSet: true });
    expect((await at('A02', '2024-11-25')).phase).toEqual({ phase: 'QUIET', candidatesSet: true });
    expect((await at('A02', '2024-11-27')).phase).toEqual({ phase: 'VOTING', candidatesSet: true });
    // an act with no kode-etik form is disiplin on both sides, at its own level before
    expect(await at('A10', '2024-09-21')).toMatchObject({ kind: 'DISCIPLINE', level: 'SEDANG' });
    expect(await at('A10', '2024-09-22')).toMatchObject({ kind: 'DISCIPLINE', level: 'BERAT' });
    expect(await at('A09', '2024-09-01')).toMatchObject({ kind: 'DISCIPLINE', level: 'PTDH' });
    // attending a spouse's campaign stays kode etik
    expect(await at('A07', '2024-10-05')).toMatchObject({ kind: 'ETHICS', level: null });
  });

  it('is unknown while the election lacks the dates, and moves when the calendar is corrected', async () => {
    const t = await start();
    const w = await world(t);
    const f = await record(t, w, { violationTypeId: w.types.A02!.id, actDate: '2024-09-21', knownDate: '2024-09-23' });
    expect(f.classification.kind).toBe('ETHICS');
    await value(t.dispatch('elections.save', { ...stages(w.election), candidatesSet: '2024-09-20' }));
    const again = await value<FindingDetail>(t.dispatch('findings.get', { id: f.id }));
    expect(again.classification).toMatchObject({ kind: 'DISCIPLINE', level: 'BERAT' });
    await value(t.dispatch('elections.save', { ...stages(w.election), candidatesSet: null, campaignStart: null }));
    const blank = await value<FindingDetail>(t.dispatch('findings.get', { id: f.id }));
    expect(blank.classification).toMatchObject({ phase: { phase: null, candidatesSet: null }, kind: null });
  });

  it('takes a person typed in, validated like the roster, with the sanction rules of their employment', async () => {
    const t = await start();
    const w = await world(t);
    const typed = (identifier: string, employment: string) => t.dispatch('findings.save', {
      ...baseOf(w), person: { kind: 'TYPED', identifier, name: '  Ahmad   Fauzi ', position: 'Guru Ahli Pertama', unit: 'SDN 1 Pademawu', employment, positionType: null },
    });
    const pppk = await value<FindingDetail>(typed('19900115 2021 21 1 001', 'PPPK'));
    expect(pppk.person).toEqual({
      staffId: null, name: 'Ahmad Fauzi', nip: '199001152021211001', nik: null, position: 'Guru Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'SDN 1 Pademawu', employment: 'PPPK',
    });
    expect(pppk.classification.sanctionRule).toBe('PPPK');
    expect(await typed('199001152021211001', 'PNS')).toMatchObject({ ok: false, error: { code: 'staff-employment-mismatch', field: 'employment' } });
    expect(await typed('12345', 'NON_ASN')).toMatchObject({ ok: false, error: { code: 'staff-invalid-identifier', field: 'identifier' } });
    const honorer = await value<FindingDetail>(typed('', 'NON_ASN'));
    expect(honorer.classification.sanctionRule).toBe('NON_ASN');
    const kades = await value<FindingDetail>(typed('3528014507800001', 'KEPALA_DESA'));
    expect(kades).toMatchObject({ person: { nik: '3528014507800001' }, classification: { sanctionRule: 'VILLAGE' } });
    // dates: known before the act, a date still to come, a link that is not one
    expect(await t.dispatch('findings.save', { ...baseOf(w), knownDate: '2024-09-30' })).toMatchObject({ ok: false, error: { code: 'finding-known-before-act', field: 'knownDate' } });
    expect(await t.dispatch('findings.save', { ...baseOf(w), actDate: '2999-01-01', knownDate: '2999-01-01' })).toMatchObject({ ok: false, error: { code: 'finding-date-future' } });
    expect(await t.dispatch('findings.save', { ...baseOf(w), sourceLink: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'finding-link-invalid' } });
    expect(await t.dispatch('findings.save', { ...baseOf(w), sourceLink: null })).toMatchObject({ ok: false, error: { code: 'finding-link-required' } });
  });
});

function stages(e: Election) {
  const { id, name, kind, registrationStart, registrationEnd, candidatesSet, numbersDrawn, campaignStart, campaignEnd, quietStart, quietEnd, votingDay, recapEnd } = e;
  return { id, name, kind, registrationStart, registrationEnd, candidatesSet, numbersDrawn, campaignStart, campaignEnd, quietStart, quietEnd, votingDay, recapEnd };
}

function baseOf(w: Awaited<ReturnType<typeof world>>) {
  return {
    knownDate: '2024-10-02', actDate: '2024-10-01', actTime: null, actPlace: 'Facebook', source: 'SOCIAL_MEDIA', sourceLink: 'https://facebook.com/x',
    sbtNumber: null, description: '', person: { kind: 'STAFF', staffId: w.staff.budi.id }, violationTypeId: w.types.A04!.id,
  };
}

describe('the audit trail', () => {
  it('records every change and every open of a finding, by OS user, without the names or NIPs', async () => {
    const t = await start();
    const w = await world(t);
    const f = await record(t, w);
    await value(t.dispatch('findings.get', { id: f.id }));
    await value(t.dispatch('findings.save', { ...baseOf(w), id: f.id, person: { kind: 'STAFF', staffId: w.staff.siti.id }, actPlace: 'Grup WhatsApp' }));
    await value(t.dispatch('findings.chronologyAdd', { findingId: f.id, date: '2024-10-02', text: 'Tangkapan layar diterima dari warga.' }));
    await value(t.dispatch('findings.stepAdd', { findingId: f.id, kind: 'REPORTED_BAWASLU', date: '2024-10-03', actor: 'Bawaslu Kab. Pamekasan', note: '', stageAfter: null }));
    const seen = await value<FindingDetail>(t.dispatch('findings.get', { id: f.id }));
    expect(seen.audit.map((a) => [a.call, a.detail])).toEqual([
      ['findings.save', 'dicatat'],
      ['findings.get', 'dibuka'],
      ['findings.save', expect.stringMatching(/^diubah: /)],
      ['findings.chronologyAdd', expect.stringMatching(/^kronologi ditambah/)],
      ['findings.stepAdd', expect.stringMatching(/^langkah REPORTED_BAWASLU .*→ REPORTED_BAWASLU$/)],
      ['findings.get', 'dibuka'],
    ]);
    // the fields that changed (same person, so no person field), never their values
    expect(seen.audit[2]!.detail).toBe('diubah: act_time, act_place, source_link, description');
    expect(seen.audit.every((a) => a.osUser.length > 0 && !Number.isNaN(Date.parse(a.at)))).toBe(true);
    const text = JSON.stringify(seen.audit);
    for (const p of Object.values(PEOPLE)) {
      expect(text).not.toContain(p.identifier);
      expect(text).not.toContain(p.name.split(',')[0]!);
    }

    // deleting needs no more than the call (the screen asks first) and leaves its entry behind
    expect(await value(t.dispatch('findings.remove', { id: f.id }))).toEqual({ removed: f.id });
    const left = t.workspace.db().read((q) => q.all("SELECT call, detail FROM audit_log WHERE entity = 'Finding' AND entity_id = ? ORDER BY id", [String(f.id)]));
    expect(left.at(-1)).toEqual({ call: 'findings.remove', detail: 'dihapus' });
    expect(await t.dispatch('findings.get', { id: f.id })).toMatchObject({ ok: false, error: { code: 'finding-not-found' } });
  });
});

describe('follow-up and counts', () => {
  it('moves the stage with each step, closes, and counts what central systems ask for', async () => {
    const t = await start();
    const w = await world(t);
    const a = await record(t, w);
    const b = await record(t, w, { person: { kind: 'STAFF', staffId: w.staff.budi.id }, violationTypeId: w.types.A02!.id, actDate: '2024-09-21', knownDate: '2024-09-21' });
    const step = (findingId: number, kind: string, date: string, stageAfter: string | null = null) =>
      value<FindingDetail>(t.dispatch('findings.stepAdd', { findingId, kind, date, actor: '', note: '', stageAfter }));
    expect((await step(a.id, 'REPORTED_BAWASLU', '2024-10-03')).stage).toBe('REPORTED_BAWASLU');
    expect((await step(a.id, 'RECOMMENDATION', '2024-10-07')).stage).toBe('WAITING_PPK');
    expect((await step(a.id, 'SANCTION', '2024-10-20')).stage).toBe('SANCTIONED');
    const closed = await step(a.id, 'CLOSED', '2024-10-21');
    expect(closed).toMatchObject({ stage: 'SANCTIONED', closed: true, nextDeadline: null });
    expect(await t.dispatch('findings.stepAdd', { findingId: a.id, kind: 'PPK_DECISION', date: '2024-10-22', actor: '', note: '', stageAfter: null }))
      .toMatchObject({ ok: false, error: { code: 'finding-closed' } });
    expect((await step(b.id, 'VERIFICATION', '2024-09-30', 'NOT_PROVEN')).stage).toBe('NOT_PROVEN');

    const counts = await value<FindingCounts>(t.dispatch('findings.counts', {}));
    expect(counts).toMatchObject({
      total: 2, recommendations: 1, sanctions: 1,
      byPositionType: { PENGAWAS: 1, FUNGSIONAL: 1, JPT: 0 },
      byPhase: { CAMPAIGN: 1, BEFORE_CAMPAIGN: 1, NONE: 0 },
      byStage: { SANCTIONED: 1, NOT_PROVEN: 1, RECORDED: 0 },
      byKind: { DISCIPLINE: 1, ETHICS: 1, UNKNOWN: 0 },
    });
    expect(counts.byViolationType.find((v) => v.code === 'A04')).toMatchObject({ count: 1 });
    expect(counts.byViolationType.find((v) => v.code === 'A02')).toMatchObject({ count: 1 });
    expect(counts.byViolationType).toHaveLength(12);
    const october = await value<FindingCounts>(t.dispatch('findings.counts', { from: '2024-10-01', to: '2024-10-31' }));
    expect(october).toMatchObject({ total: 1, sanctions: 1, byKind: { DISCIPLINE: 1, ETHICS: 0 } });

    // the list's filters
    const list = (filter: object) => value<FindingSummary[]>(t.dispatch('findings.list', filter));
    expect((await list({})).map((f) => f.id)).toEqual([a.id, b.id]);
    expect((await list({ kind: 'ETHICS' })).map((f) => f.id)).toEqual([b.id]);
    expect((await list({ stage: 'SANCTIONED', phase: 'CAMPAIGN' })).map((f) => f.id)).toEqual([a.id]);
    expect((await list({ positionType: 'FUNGSIONAL', unit: 'Sekretariat' })).map((f) => f.id)).toEqual([b.id]);
    // b was never reported to Bawaslu: 7 days from 21 September 2024 passed long ago; a is closed
    expect((await list({ overdue: true })).map((f) => f.id)).toEqual([b.id]);
  });
});
