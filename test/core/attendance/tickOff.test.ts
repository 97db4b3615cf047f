// Tick-off through the dispatcher, as the screen calls it: numbers from the printed sheet (kept per version),
// marks by person, attended and signed apart, undo of the last action, walk-ins from the roster or new.
import { describe, expect, it } from 'vitest';
import type { MarkResult, SessionDetail, SheetCheck, Staff, TickOff, UndoableAction } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import type { TestWorkspace } from '../../helpers/session';
import { SESSION, smallOpd } from './fixture';

const start = sessionPerTest();

const get = (t: TestWorkspace, sessionId: number, version: number | null = null) => value<TickOff>(t.dispatch('attendance.get', { sessionId, version }));
const mark = (t: TestWorkspace, sessionId: number, target: { rows: string } | { staffIds: number[] }, m: 'attended' | 'signed', v = true, version: number | null = null) =>
  t.dispatch('attendance.mark', { sessionId, version, target, mark: m, value: v });
const print = (t: TestWorkspace, sessionId: number) =>
  value(t.dispatch('documents.preview', { document: 'attendance', source: { kind: 'session', sessionId }, paper: 'A4', blankRows: 5 }));

function names(tick: TickOff, pred: (r: TickOff['rows'][number]) => boolean): string[] {
  return [...tick.rows, ...tick.walkIns].filter(pred).map((r) => r.name);
}

describe('tick-off', () => {
  it('keeps the order of a sheet never printed at the first mark, and marks attended and signed apart', async () => {
    const t = await start();
    const { session } = await smallOpd(t);
    const before = await get(t, session.id);
    expect(before.version).toBeNull();
    expect(before.rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(before.counts).toEqual({ total: 8, attended: 0, signed: 0 });

    const first = await value<MarkResult>(mark(t, session.id, { rows: '1-3; 6' }, 'attended'));
    expect(first.version).toBe(1);
    expect(first.counts).toEqual({ total: 8, attended: 4, signed: 0 });
    const signed = await value<MarkResult>(mark(t, session.id, { rows: '2, 3, 5' }, 'signed'));
    // signing on the sheet means being there
    expect(signed.counts).toEqual({ total: 8, attended: 5, signed: 3 });

    const after = await get(t, session.id);
    expect(after.version).toBe(1);
    expect(after.rows.map((r) => r.name)).toEqual(before.rows.map((r) => r.name));
    expect(names(after, (r) => r.attended)).toEqual([1, 2, 3, 5, 6].map((n) => before.rows[n - 1]!.name));
    expect(names(after, (r) => r.signed)).toEqual([2, 3, 5].map((n) => before.rows[n - 1]!.name));
    // the signature is the pledge's: at this session, on its date
    const sig = t.workspace.db().read((q) => q.all('SELECT staff_id, signed_on, session_id FROM pledge_signature ORDER BY staff_id'));
    expect(sig).toHaveLength(3);
    expect(sig.every((r) => r.signed_on === SESSION.date && r.session_id === session.id)).toBe(true);

    // taking "attended" off someone who signed takes the signature at this session off too
    await value(mark(t, session.id, { rows: '2' }, 'attended', false));
    const off = await get(t, session.id);
    expect(off.rows[1]).toMatchObject({ attended: false, signed: false });
    expect(off.counts).toEqual({ total: 8, attended: 4, signed: 2 });
  });

  it('refuses numbers past the sheet naming them, and a session not held', async () => {
    const t = await start();
    const { session } = await smallOpd(t);
    await print(t, session.id);
    const r = await mark(t, session.id, { rows: '1-3, 9-10' }, 'attended');
    expect(r).toMatchObject({ ok: false, error: { code: 'attendance-rows-past-end', message: expect.stringContaining('9, 10') as string } });
    expect((await get(t, session.id)).counts.attended).toBe(0);
    await value(t.dispatch('sessions.setStatus', { id: session.id, status: 'PLANNED' }));
    expect(await mark(t, session.id, { rows: '1' }, 'attended')).toMatchObject({ ok: false, error: { code: 'attendance-not-held' } });
  });

  it('reprints the same sheet under the same numbers, and a changed audience as a new version that warns first', async () => {
    const t = await start();
    const { session, units } = await smallOpd(t);
    await print(t, session.id);
    await print(t, session.id);
    expect((await get(t, session.id)).versions.map((v) => [v.version, v.rows, v.blankRows])).toEqual([[1, 8, 5]]);
    const v1 = await get(t, session.id);

    const check0 = await value<SheetCheck>(t.dispatch('attendance.sheetCheck', { sessionId: session.id, order: 'unit', sectionsPerUnit: false }));
    expect(check0).toMatchObject({ changed: false, latest: { version: 1 } });
    // someone joins the first unit: a print now would shift the numbers
    await value<Staff>(t.dispatch('staff.save', {
      name: 'Abdul Ghofur', identifier: '198001012006041001', employment: 'PNS', rank: 'IV/b', position: 'Kepala Sub Bagian Umum', positionType: null,
      unitId: units.Sekretariat!.id, gender: null, birthDate: null, birthPlace: '',
    }));
    const check = await value<SheetCheck>(t.dispatch('attendance.sheetCheck', { sessionId: session.id, order: 'unit', sectionsPerUnit: false }));
    expect(check).toMatchObject({ changed: true, added: 1, removed: 0, latest: { version: 1 } });
    await print(t, session.id);
    const v2 = await get(t, session.id);
    expect(v2.version).toBe(2);
    expect(v2.rows).toHaveLength(9);

    // the paper of version 1 is still ticked off by its own numbers
    await value(mark(t, session.id, { rows: '8' }, 'attended', true, 1));
    const again1 = await get(t, session.id, 1);
    expect(again1.rows.map((r) => r.name)).toEqual(v1.rows.map((r) => r.name));
    expect(again1.rows[7]).toMatchObject({ attended: true, name: v1.rows[7]!.name });
    expect(v2.rows[7]!.name).not.toBe(v1.rows[7]!.name);
    // version 2 shows on the paper
    const made = await value<{ ref: string }>(t.dispatch('documents.preview', { document: 'attendance', source: { kind: 'session', sessionId: session.id }, paper: 'A4' }));
    expect(made.ref).toBeTruthy();
  });

  it('undoes the last action, then the one before, exactly as it was', async () => {
    const t = await start();
    const { session, staff } = await smallOpd(t);
    await value(mark(t, session.id, { rows: '1-4' }, 'attended'));
    const budi = staff['Budi Santoso, S.E.']!;
    const eko = staff['Drs. Eko Permana, M.Si.']!;
    const r = await value<MarkResult>(mark(t, session.id, { staffIds: [budi.id, eko.id] }, 'signed'));
    expect(r.undo).toMatchObject({ kind: 'signed', count: 2 });
    const signedAt = t.workspace.db().read((q) => q.all('SELECT staff_id, created_at FROM pledge_signature ORDER BY staff_id'));

    await value(mark(t, session.id, { staffIds: [budi.id] }, 'attended', false));
    const u1 = await value<MarkResult & { undone: UndoableAction }>(t.dispatch('attendance.undo', { sessionId: session.id }));
    expect(u1.undone).toMatchObject({ kind: 'unattended', count: 1 });
    expect(u1.changed).toEqual([{ staffId: budi.id, attended: true, signed: true, walkIn: false }]);
    // the signature comes back as it was, not as a new one
    expect(t.workspace.db().read((q) => q.all('SELECT staff_id, created_at FROM pledge_signature ORDER BY staff_id'))).toEqual(signedAt);

    await value(t.dispatch('attendance.undo', { sessionId: session.id }));
    const tick = await get(t, session.id);
    expect(tick.counts).toEqual({ total: 8, attended: 4, signed: 0 });
    expect(tick.undo).toMatchObject({ kind: 'attended', count: 4 });
    await value(t.dispatch('attendance.undo', { sessionId: session.id }));
    expect((await get(t, session.id)).counts.attended).toBe(0);
    expect(await t.dispatch('attendance.undo', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'attendance-nothing-to-undo' } });
  });

  it('adds walk-ins from the roster and as new people who join it, with the staff rules', async () => {
    const t = await start();
    const { staff, units } = await smallOpd(t);
    // a session for one unit: people of other units are not on its sheet
    const planned = await value<SessionDetail>(t.dispatch('sessions.save', { ...SESSION, audience: { kind: 'UNITS', unitIds: [units['Bidang Kebudayaan']!.id] } }));
    const s = await value<SessionDetail>(t.dispatch('sessions.setStatus', { id: planned.id, status: 'HELD' }));
    expect((await get(t, s.id)).rows).toHaveLength(2);

    const budi = staff['Budi Santoso, S.E.']!;
    const w = await value<MarkResult>(t.dispatch('attendance.addWalkIn', { sessionId: s.id, version: null, person: { staffId: budi.id }, signed: true }));
    expect(w.counts).toEqual({ total: 3, attended: 1, signed: 1 });
    expect(w.undo).toMatchObject({ kind: 'walkIn', count: 1 });

    const newPerson = { name: 'Lilis Suryani', identifier: '3528014506900002', employment: 'NON_ASN', rank: '', position: 'Tenaga Administrasi', positionType: null, unitId: units['Bidang Kebudayaan']!.id, gender: null, birthDate: null, birthPlace: '' };
    const bad = await t.dispatch('attendance.addWalkIn', { sessionId: s.id, version: null, person: { newStaff: { ...newPerson, identifier: '12345' } }, signed: false });
    expect(bad).toMatchObject({ ok: false, error: { code: 'staff-invalid-identifier', field: 'identifier' } });
    await value(t.dispatch('attendance.addWalkIn', { sessionId: s.id, version: null, person: { newStaff: newPerson }, signed: false }));
    const roster = await value<Staff[]>(t.dispatch('staff.list', {}));
    expect(roster.find((p) => p.name === 'Lilis Suryani')).toMatchObject({ nik: '3528014506900002', status: 'ACTIVE' });

    const tick = await get(t, s.id);
    expect(tick.walkIns.map((r) => [r.name, r.no, r.attended, r.signed, r.walkIn])).toEqual([
      ['Budi Santoso, S.E.', null, true, true, true], ['Lilis Suryani', null, true, false, true],
    ]);
    // someone on the sheet is ticked on their row, not added again
    const onSheet = tick.rows[0]!;
    expect(await t.dispatch('attendance.addWalkIn', { sessionId: s.id, version: null, person: { staffId: onSheet.staffId }, signed: false }))
      .toMatchObject({ ok: false, error: { code: 'attendance-already-on-sheet', message: expect.stringContaining('baris 1') as string } });
    // a walk-in taken back by undo is no longer one
    await value(t.dispatch('attendance.undo', { sessionId: s.id }));
    expect((await get(t, s.id)).walkIns.map((r) => r.name)).toEqual(['Budi Santoso, S.E.']);
  });
});

describe('a person on a printed sheet', () => {
  it('cannot be removed from the roster, and the message says why in words', async () => {
    const t = await start();
    const { session } = await smallOpd(t);
    await value(mark(t, session.id, { rows: '1' }, 'signed'));
    const first = (await get(t, session.id)).rows[0]!;
    const r = await t.dispatch('staff.remove', { id: first.staffId });
    expect(r).toMatchObject({ ok: false, error: { code: 'staff-remove-referenced' } });
    expect(JSON.stringify(r)).toMatch(/tanda tangan ikrar/);
    expect(JSON.stringify(r)).toMatch(/daftar hadir yang dicetak/);
    expect(JSON.stringify(r)).not.toMatch(/data lain/);
  });
});
