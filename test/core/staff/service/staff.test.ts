import { describe, expect, it } from 'vitest';
import type { Staff, Unit } from '../../../../electron/core/contract';
import { value } from '../../../helpers/importFlow';
import { sessionPerTest } from '../../../helpers/session';
import { staffErrors, staffUi } from '../../../../electron/shared/messages/staff';
import { profileErrors, profileUi } from '../../../../electron/shared/messages/profile';

const start = sessionPerTest();

const PERSON = {
  name: 'Siti Rahmawati, S.Sos.', identifier: '19850714 201001 2 003', employment: 'PNS', rank: 'Penata Muda Tk. I, III/b',
  position: 'Kepala Seksi Pemberdayaan', positionType: null, unitId: null, gender: null, birthDate: null, birthPlace: 'Pamekasan',
} as const;


describe('adding and editing a person', () => {
  it('decodes the NIP and derives rank name and position type', async () => {
    const { dispatch } = await start();
    const s = await value<Staff>(dispatch('staff.save', PERSON));
    expect(s).toMatchObject({
      nip: '198507142010012003', nik: null, gender: 'P', birthDate: '1985-07-14', rank: 'III/b', rankName: 'Penata Muda Tk. I',
      positionType: 'PENGAWAS', positionTypeManual: false, status: 'ACTIVE',
    });
  });

  it('takes gender and birth date from a NIK (women: day + 40)', async () => {
    const { dispatch } = await start();
    const s = await value<Staff>(dispatch('staff.save', { ...PERSON, name: 'Ani', identifier: '3528035507900001', employment: 'NON_ASN', rank: '', position: 'Tenaga Kebersihan' }));
    expect(s).toMatchObject({ nip: null, nik: '3528035507900001', gender: 'P', birthDate: '1990-07-15', positionType: 'PELAKSANA' });
  });

  it.each([
    [{ name: '  ' }, 'required', 'name'],
    [{ identifier: '12345' }, 'staff-invalid-identifier', 'identifier'],
    [{ identifier: '130456789' }, 'staff-invalid-identifier', 'identifier'],
    [{ employment: 'PPPK' }, 'staff-employment-mismatch', 'employment'],
    [{ rank: 'Kolonel' }, 'staff-invalid-rank', 'rank'],
  ])('refuses %o with %s at its field', async (change, code, field) => {
    const { dispatch } = await start();
    const r = await dispatch('staff.save', { ...PERSON, ...change });
    expect(r).toMatchObject({ ok: false, error: { code, field } });
    if (!r.ok) expect(r.error.message).not.toMatch(/[{}]/);
  });

  it('refuses a NIP someone else already has, naming them', async () => {
    const { dispatch } = await start();
    await value(dispatch('staff.save', PERSON));
    const r = await dispatch('staff.save', { ...PERSON, name: 'Orang Lain', identifier: '198507142010012003' });
    expect(r).toMatchObject({ ok: false, error: { code: 'staff-duplicate-nip', message: expect.stringContaining('Siti Rahmawati, S.Sos.') } });
    // a name that ends in a title's period is not followed by a second one ("…S.Sos.." in the message)
    if (!r.ok) expect(r.error.message).not.toContain('..');
  });

  it('never puts a sentence’s period right after a name (names end in titles: "…, M.Pd.")', () => {
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk([staffErrors, staffUi, profileErrors, profileUi]);
    expect(texts.filter((t) => /\{(name|firstName|names|source|target)\}\./.test(t))).toEqual([]);
  });

  it('keeps a hand-set position type', async () => {
    const { dispatch } = await start();
    const s = await value<Staff>(dispatch('staff.save', { ...PERSON, positionType: 'FUNGSIONAL' }));
    expect([s.positionType, s.positionTypeManual]).toEqual(['FUNGSIONAL', true]);
  });
});

describe('leaving, never deleting', () => {
  it('marks a person as left with reason and date, and undoes it', async () => {
    const { dispatch } = await start();
    const s = await value<Staff>(dispatch('staff.save', PERSON));
    const left = await value<Staff>(dispatch('staff.markLeft', { id: s.id, reason: 'MUTASI', date: '2026-11-01' }));
    expect([left.status, left.leftReason, left.leftDate]).toEqual(['LEFT', 'MUTASI', '2026-11-01']);
    expect(await value<Staff[]>(dispatch('staff.list', {}))).toHaveLength(1);
    const back = await value<Staff>(dispatch('staff.reactivate', { id: s.id }));
    expect([back.status, back.leftReason, back.leftDate]).toEqual(['ACTIVE', null, null]);
    expect(await dispatch('staff.markLeft', { id: s.id, reason: 'PENSIUN', date: '2999-01-01' })).toMatchObject({ ok: false, error: { code: 'staff-left-date-future' } });
  });
});

describe('units', () => {
  it('creates, refuses a near-duplicate name, renames and merges with every move audited', async () => {
    const { dispatch, workspace: s } = await start();
    const umum = await value<Unit>(dispatch('staff.unitCreate', { name: 'Sub Bagian Umum' }));
    expect(await dispatch('staff.unitCreate', { name: 'SUB BAGIAN  UMUM.' })).toMatchObject({ ok: false, error: { code: 'unit-duplicate' } });
    const typo = await value<Unit>(dispatch('staff.unitCreate', { name: 'Subag Umum' }));
    await value(dispatch('staff.save', { ...PERSON, unitId: typo.id }));
    await value(dispatch('staff.save', { ...PERSON, name: 'Budi', identifier: '', employment: 'NON_ASN', rank: '', unitId: typo.id }));
    expect((await value<Unit>(dispatch('staff.unitRename', { id: umum.id, name: 'Subbagian Umum dan Kepegawaian' }))).name).toBe('Subbagian Umum dan Kepegawaian');

    const merged = await value<Unit>(dispatch('staff.unitMerge', { sourceId: typo.id, targetId: umum.id }));
    expect([merged.id, merged.activeStaff, merged.totalStaff]).toEqual([umum.id, 2, 2]);
    expect((await value<Unit[]>(dispatch('staff.unitList', {}))).map((u) => u.name)).toEqual(['Subbagian Umum dan Kepegawaian']);
    expect(await dispatch('staff.unitMerge', { sourceId: umum.id, targetId: umum.id })).toMatchObject({ ok: false, error: { code: 'unit-merge-same' } });
    const audit = s.db().read((q) => q.all<{ call: string; entity: string }>("SELECT call, entity FROM audit_log WHERE call = 'staff.unitMerge'"));
    expect(audit.map((a) => a.entity).sort()).toEqual(['Staff', 'Staff', 'Unit']);
  });
});
