// A re-import does not undo the user's work, and an import can be taken back (issue 8, items 4–6). The files are
// real DUK-shaped workbooks written by openpyxl and re-saved by LibreOffice (test/fixtures/roster/writers.ts),
// not by the exceljs the app itself uses.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, RosterPreview, Staff, Unit } from '../../../../electron/core/contract';
import type { ImportResult, LastImport, UndoResult } from '../../../../electron/core/staff/import/previewTypes';
import { tidyUnitName } from '../../../../electron/core/staff/units';
import { AMINAH, BUDI, DEWI, EKO, FAUZI, JANUARY, RINA, YUSUF, dukSpec } from '../../../fixtures/roster/reimport';
import type { DukRow } from '../../../fixtures/roster/reimport';
import { resaveWithLibreOffice, writeWithOpenpyxl } from '../../../fixtures/roster/writers';
import { previewFile, value } from '../../../helpers/importFlow';
import { makeTempDir } from '../../../helpers/tempDir';
import { sessionPerTest } from '../../../helpers/session';
import type { TestWorkspace } from '../../../helpers/session';

const start = sessionPerTest();

const with_ = (row: DukRow, at: 2 | 3 | 4, v: string): DukRow => row.map((c, i) => (i === at ? v : c)) as DukRow;
/** February: Fauzi and Aminah promoted, Budi gone (mutasi), Yusuf new in a new unit; the rest as in January. */
const FEBRUARY: DukRow[] = [with_(FAUZI, 2, 'IV/b'), with_(AMINAH, 2, 'IV/a'), EKO, DEWI, RINA, YUSUF];

const files: Record<'january' | 'february' | 'march' | 'april', Buffer> = {} as never;

beforeAll(async () => {
  const dir = makeTempDir('satgas-reimport');
  const eko = (position: string) => with_(EKO, 3, position);
  const write = (name: string, rows: DukRow[], month: string) => writeWithOpenpyxl(dukSpec(rows, month), path.join(dir, `${name}.xlsx`));
  const [january, february, march, april] = await Promise.all([
    write('januari', JANUARY, 'JANUARI 2026'),
    write('februari', FEBRUARY, 'FEBRUARI 2026'),
    // March: the agency's list has caught up with Eko's new post; April: he moved on again
    write('maret', FEBRUARY.map((r) => (r === EKO ? eko('Kepala Sub Bagian Umum dan Kepegawaian') : r)), 'MARET 2026'),
    write('april', FEBRUARY.map((r) => (r === EKO ? eko('Sekretaris') : r)), 'APRIL 2026'),
  ]);
  // February as the office would have it after opening and saving it in LibreOffice
  const [februaryLo] = await resaveWithLibreOffice([february], dir);
  Object.assign(files, {
    january: fs.readFileSync(january), february: fs.readFileSync(februaryLo!), march: fs.readFileSync(march), april: fs.readFileSync(april),
  });
}, 180_000);

async function commit(t: TestWorkspace, name: keyof typeof files, choices: Omit<InputOf<'staff.importCommit'>, 'previewId'> = {}) {
  const preview = await previewFile(t, `${name}.xlsx`, files[name]);
  const result = await value<ImportResult>(t.dispatch('staff.importCommit', { previewId: preview.previewId, ...choices }));
  return { preview, result };
}

const staffList = (t: TestWorkspace) => value<Staff[]>(t.dispatch('staff.list', {}));
const unitList = (t: TestWorkspace) => value<Unit[]>(t.dispatch('staff.unitList', {}));
const byName = (all: Staff[], row: DukRow) => all.find((s) => s.name === row[0])!;
const rowOf = (p: RosterPreview, row: DukRow) => p.staff.find((s) => s.name === row[0])!;

/** What the screen sends for a hand edit of one person. */
function edit(s: Staff, change: Partial<InputOf<'staff.save'>>): InputOf<'staff.save'> {
  return {
    id: s.id, name: s.name, identifier: s.nip ?? s.nik ?? '', employment: s.employment, rank: s.rank ?? '', position: s.position ?? '',
    positionType: s.positionTypeManual ? s.positionType : null, unitId: s.unitId, gender: null, birthDate: null, birthPlace: s.birthPlace ?? '',
    ...change,
  };
}

describe('new units take a tidy spelling', () => {
  it.each([
    ['BIDANG PEMBINAAN SD', 'Bidang Pembinaan SD'],
    ['SUB BAGIAN UMUM DAN KEPEGAWAIAN', 'Sub Bagian Umum dan Kepegawaian'],
    ['UPT SDN 2 PAMEKASAN', 'UPT SDN 2 Pamekasan'],
    ['SEKSI KURIKULUM SMP DAN PAUD', 'Seksi Kurikulum SMP dan PAUD'],
    ['upt tk pembina', 'UPT TK Pembina'],
    ['BIDANG II', 'Bidang II'],
    ['SEKRETARIAT SKPD', 'Sekretariat SKPD'],
    ['  Bidang   Pembinaan SMP ', 'Bidang Pembinaan SMP'],
    ['Bid. Pembinaan SD', 'Bid. Pembinaan SD'],
    ['DAN LAIN-LAIN', 'Dan Lain-Lain'],
  ])('%s → %s', (raw, tidy) => {
    expect(tidyUnitName(raw)).toBe(tidy);
  });
});

describe('a re-import after units were merged and renamed', () => {
  it('maps the old spellings to the surviving units instead of bringing them back', async () => {
    const t = await start();
    const first = await commit(t, 'january');
    expect(first.result).toMatchObject({ created: 6, unitsCreated: 4 });
    expect((await unitList(t)).map((u) => u.name)).toEqual(['Bid. Pembinaan SD', 'Bidang Pembinaan SD', 'Sub Bagian Umum dan Kepegawaian', 'UPT PAUD']);

    const units = await unitList(t);
    const id = (name: string) => units.find((u) => u.name === name)!.id;
    await value(t.dispatch('staff.unitMerge', { sourceId: id('Bid. Pembinaan SD'), targetId: id('Bidang Pembinaan SD') }));
    await value(t.dispatch('staff.unitRename', { id: id('UPT PAUD'), name: 'UPT Pendidikan Anak Usia Dini' }));
    const after = await unitList(t);
    expect(after.map((u) => [u.name, u.activeStaff, u.aliases])).toEqual([
      ['Bidang Pembinaan SD', 2, ['Bid. Pembinaan SD']],
      ['Sub Bagian Umum dan Kepegawaian', 3, []],
      ['UPT Pendidikan Anak Usia Dini', 1, ['UPT PAUD']],
    ]);

    // the same January file again, its old spellings and all
    const again = await previewFile(t, 'januari.xlsx', files.january);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 6, newUnits: 0, conflicts: 0 });
    expect(rowOf(again, AMINAH).unit).toBe('Bidang Pembinaan SD');
    expect(rowOf(again, DEWI).unit).toBe('UPT Pendidikan Anak Usia Dini');
    await value(t.dispatch('staff.importCommit', { previewId: again.previewId }));
    expect((await unitList(t)).map((u) => u.name)).toEqual(after.map((u) => u.name));
    const all = await staffList(t);
    expect([byName(all, AMINAH).unitName, byName(all, DEWI).unitName]).toEqual(['Bidang Pembinaan SD', 'UPT Pendidikan Anak Usia Dini']);

    // a new unit by hand with an alias's name takes the name over: the next import files people there
    await value(t.dispatch('staff.unitCreate', { name: 'UPT PAUD' }));
    const split = await previewFile(t, 'januari.xlsx', files.january);
    expect(rowOf(split, DEWI)).toMatchObject({ change: 'updated', unit: 'UPT PAUD', changes: [{ field: 'unit', from: 'UPT Pendidikan Anak Usia Dini', to: 'UPT PAUD' }] });
  });
});

describe('a re-import after hand edits', () => {
  it('keeps what the user changed, shows it as a conflict, and takes the file’s value only when asked', async () => {
    const t = await start();
    await commit(t, 'january');
    const jan = await staffList(t);
    const units = await unitList(t);
    const sd = units.find((u) => u.name === 'Bidang Pembinaan SD')!;
    // Eko was promoted and Rina moved before the agency's list caught up: entered by hand
    await value(t.dispatch('staff.save', edit(byName(jan, EKO), { position: 'Kepala Sub Bagian Umum dan Kepegawaian', positionType: 'PELAKSANA' })));
    await value(t.dispatch('staff.save', edit(byName(jan, RINA), { unitId: sd.id })));

    const feb = await previewFile(t, 'februari.xlsx', files.february);
    expect(feb.counts).toMatchObject({ new: 1, updated: 2, unchanged: 3, newUnits: 1, conflicts: 2 });
    expect(rowOf(feb, FAUZI)).toMatchObject({
      change: 'updated',
      changes: [{ field: 'rank', from: 'IV/a', to: 'IV/b' }, { field: 'rankName', from: 'Pembina', to: 'Pembina Tk. I' }],
      conflicts: [],
    });
    expect(rowOf(feb, EKO)).toMatchObject({
      change: 'unchanged', staffId: byName(jan, EKO).id,
      conflicts: [
        { field: 'position', from: 'Kepala Sub Bagian Umum dan Kepegawaian', to: 'Pranata Komputer Ahli Muda' },
        { field: 'positionType', from: 'PELAKSANA', to: 'FUNGSIONAL' },
      ],
    });
    expect(rowOf(feb, RINA)).toMatchObject({ change: 'unchanged', conflicts: [{ field: 'unit', from: 'Bidang Pembinaan SD', to: 'Sub Bagian Umum dan Kepegawaian' }] });
    expect(rowOf(feb, YUSUF)).toMatchObject({ change: 'new', unit: 'Bidang Pembinaan SMP' });
    // the active staff missing from the file, by name
    expect(feb.missing.map((m) => [m.name, m.unit])).toEqual([[BUDI[0], 'Sub Bagian Umum dan Kepegawaian']]);
    expect(feb.missingFromFile).toBe(1);

    // Rina's move is taken from the file; Eko's edit is kept; Budi is marked as left in the same commit
    const budi = byName(jan, BUDI);
    const result = await value<ImportResult>(t.dispatch('staff.importCommit', {
      previewId: feb.previewId, takeFile: [byName(jan, RINA).id], markLeft: { ids: [budi.id], reason: 'MUTASI', date: '2026-02-01' },
    }));
    expect(result).toMatchObject({ created: 1, updated: 3, markedLeft: 1, conflictsKept: 1 });
    let all = await staffList(t);
    expect(byName(all, RINA).unitName).toBe('Sub Bagian Umum dan Kepegawaian');
    expect([byName(all, EKO).position, byName(all, EKO).positionType, byName(all, EKO).positionTypeManual]).toEqual(['Kepala Sub Bagian Umum dan Kepegawaian', 'PELAKSANA', true]);
    expect([byName(all, BUDI).status, byName(all, BUDI).leftReason, byName(all, BUDI).leftDate]).toEqual(['LEFT', 'MUTASI', '2026-02-01']);
    expect(byName(all, FAUZI).rank).toBe('IV/b');

    // February again: Eko's edit is still his; Rina's unit is the file's now, no conflict any more
    const again = await previewFile(t, 'februari.xlsx', files.february);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, conflicts: 1 });
    expect(rowOf(again, EKO).conflicts.map((c) => c.field)).toEqual(['position', 'positionType']);
    expect(again.missing).toEqual([]); // Budi has left: not listed again

    // March: the list now says what Eko's record says, so his jabatan is no longer his alone …
    await commit(t, 'march');
    // … and April's new jabatan is an ordinary change (his hand-set position type stays: it was set on purpose)
    const april = await previewFile(t, 'april.xlsx', files.april);
    expect(rowOf(april, EKO)).toMatchObject({
      change: 'updated', changes: [{ field: 'position', from: 'Kepala Sub Bagian Umum dan Kepegawaian', to: 'Sekretaris' }],
      conflicts: [{ field: 'positionType', from: 'PELAKSANA', to: 'ADMINISTRATOR' }],
    });
    await value(t.dispatch('staff.importCommit', { previewId: april.previewId, takeFile: 'all' }));
    all = await staffList(t);
    expect([byName(all, EKO).position, byName(all, EKO).positionType, byName(all, EKO).positionTypeManual]).toEqual(['Sekretaris', 'ADMINISTRATOR', false]);
  });

  it('treats a person added by hand before the file came as the user’s: the file’s unit is a conflict', async () => {
    const t = await start();
    const sd = await value<Unit>(t.dispatch('staff.unitCreate', { name: 'Bidang Pembinaan SD' }));
    await value(t.dispatch('staff.save', {
      name: RINA[0], identifier: RINA[1], employment: 'PNS', rank: RINA[2], position: RINA[3], positionType: null, unitId: sd.id,
      gender: null, birthDate: null, birthPlace: '',
    }));
    const jan = await previewFile(t, 'januari.xlsx', files.january);
    expect(rowOf(jan, RINA)).toMatchObject({ change: 'unchanged', conflicts: [{ field: 'unit', from: 'Bidang Pembinaan SD', to: 'Sub Bagian Umum dan Kepegawaian' }] });
  });

  it('refuses a left date in the future and only marks people who really are missing', async () => {
    const t = await start();
    await commit(t, 'january');
    const jan = await staffList(t);
    const feb = await previewFile(t, 'februari.xlsx', files.february);
    const future = await t.dispatch('staff.importCommit', { previewId: feb.previewId, markLeft: { ids: [byName(jan, BUDI).id], reason: 'MUTASI', date: '2999-01-01' } });
    expect(future).toMatchObject({ ok: false, error: { code: 'staff-left-date-future', field: 'date' } });
    expect(byName(await staffList(t), BUDI).status).toBe('ACTIVE'); // all or nothing: nothing written
    const result = await value<ImportResult>(t.dispatch('staff.importCommit', {
      previewId: feb.previewId, markLeft: { ids: [byName(jan, BUDI).id, byName(jan, FAUZI).id], reason: 'PENSIUN', date: '2026-02-01' },
    }));
    expect(result.markedLeft).toBe(1);
    const all = await staffList(t);
    expect([byName(all, BUDI).status, byName(all, FAUZI).status]).toEqual(['LEFT', 'ACTIVE']);
  });
});

/** Every column of every person except the time of the last change, to compare the roster before and after. */
function snapshot(t: TestWorkspace) {
  return t.workspace.db().read((q) => q.all('SELECT * FROM staff ORDER BY id').map(({ updated_at: _u, ...rest }) => rest));
}

describe('Batalkan impor terakhir', () => {
  it('takes back one import exactly: created people go, changed fields return, left people come back', async () => {
    const t = await start();
    await commit(t, 'january');
    const before = snapshot(t);
    const unitsBefore = (await unitList(t)).map((u) => u.name);
    const jan = await staffList(t);
    const feb = await commit(t, 'february', { markLeft: { ids: [byName(jan, BUDI).id], reason: 'MUTASI', date: '2026-02-01' } });
    expect(feb.result).toMatchObject({ created: 1, updated: 2, markedLeft: 1, unitsCreated: 1 });

    // after the import, Fauzi's rank is corrected by hand: the undo must not take that back
    const fauzi = byName(await staffList(t), FAUZI);
    await value(t.dispatch('staff.save', edit(fauzi, { rank: 'IV/c' })));

    const last = await value<LastImport>(t.dispatch('staff.importLast', {}));
    expect(last).toMatchObject({ importId: feb.result.importId, fileName: 'february.xlsx', created: 1, updated: 2, markedLeft: 1, unitsCreated: 1, blocked: [] });
    const undone = await value<UndoResult>(t.dispatch('staff.importUndo', { importId: last.importId }));
    expect(undone).toMatchObject({ removed: 1, restored: 1, reactivated: 1, unitsRemoved: 1 });
    expect(undone.keptLater).toBeGreaterThan(0);

    const all = await staffList(t);
    expect(all.map((s) => s.name).sort()).toEqual(JANUARY.map((r) => r[0]).sort());
    expect(byName(all, AMINAH).rank).toBe('III/d');
    expect([byName(all, BUDI).status, byName(all, BUDI).leftReason]).toEqual(['ACTIVE', null]);
    expect(byName(all, FAUZI).rank).toBe('IV/c');
    // everyone else exactly as before the February import
    const now = snapshot(t);
    const others = (rows: typeof before) => rows.filter((r) => r.name !== FAUZI[0]);
    expect(others(now)).toEqual(others(before));
    expect((await unitList(t)).map((u) => u.name)).toEqual(unitsBefore);

    // the undone import is no longer "the last"; asking for it again is refused
    expect((await value<LastImport>(t.dispatch('staff.importLast', {}))).fileName).toBe('january.xlsx');
    expect(await t.dispatch('staff.importUndo', { importId: last.importId })).toMatchObject({ ok: false, error: { code: 'import-undo-not-last' } });
    const audit = t.workspace.db().read((q) => q.all<{ detail: string }>("SELECT detail FROM audit_log WHERE call = 'staff.importUndo' AND entity = 'Staff'"));
    expect(audit.map((a) => a.detail)).toEqual(expect.arrayContaining([expect.stringContaining('(dihapus)'), expect.stringContaining('(aktif kembali)')]));
  });

  it('returns a person to a unit that was merged away since, through its alias', async () => {
    const t = await start();
    await commit(t, 'january');
    const units = await unitList(t);
    const id = (name: string) => units.find((u) => u.name === name)!.id;
    // the April file moves Aminah into Fauzi's unit spelling
    const moved = await previewFile(t, 'x.xlsx', await writeOne([with_(AMINAH, 4, 'BIDANG PEMBINAAN SD')]));
    await value(t.dispatch('staff.importCommit', { previewId: moved.previewId }));
    expect(byName(await staffList(t), AMINAH).unitName).toBe('Bidang Pembinaan SD');
    // her old unit is merged into Sub Bagian after the import (odd, but it shows the alias at work)
    await value(t.dispatch('staff.unitMerge', { sourceId: id('Bid. Pembinaan SD'), targetId: id('Sub Bagian Umum dan Kepegawaian') }));
    const last = await value<LastImport>(t.dispatch('staff.importLast', {}));
    await value(t.dispatch('staff.importUndo', { importId: last.importId }));
    expect(byName(await staffList(t), AMINAH).unitName).toBe('Sub Bagian Umum dan Kepegawaian');
  });

  it('is refused while a person it created is referred to elsewhere (found from the schema\u2019s foreign keys)', async () => {
    const t = await start();
    const { result } = await commit(t, 'january');
    const dewi = byName(await staffList(t), DEWI);
    // tables a later feature might add: one that refers to staff (blocks), one that belongs to staff (cascades, does not)
    t.workspace.db().write('test', (tx) => {
      tx.run('CREATE TABLE future_mark (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff(id))');
      tx.run('CREATE TABLE staff_note (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE, note TEXT)');
      tx.run('INSERT INTO future_mark (staff_id) VALUES (?)', [dewi.id]);
      tx.run("INSERT INTO staff_note (staff_id, note) VALUES (?, 'x')", [dewi.id]);
    });
    const last = await value<LastImport>(t.dispatch('staff.importLast', {}));
    expect(last.blocked).toEqual([{ id: dewi.id, name: DEWI[0], what: '1 data lain (future_mark)' }]);
    const refused = await t.dispatch('staff.importUndo', { importId: result.importId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import-undo-referenced' } });
    if (!refused.ok) expect(refused.error.message).toContain(`${DEWI[0]} (1 data lain (future_mark))`);
    expect(await staffList(t)).toHaveLength(6);

    t.workspace.db().write('test', (tx) => tx.run('DELETE FROM future_mark'));
    expect(await value<UndoResult>(t.dispatch('staff.importUndo', { importId: result.importId }))).toMatchObject({ removed: 6, unitsRemoved: 4 });
    expect(await staffList(t)).toEqual([]);
    expect(await unitList(t)).toEqual([]);
    expect(await value(t.dispatch('staff.importLast', {}))).toBeNull();
  });
});

describe('removing a person added by mistake', () => {
  it('is refused while anything refers to them, allowed otherwise, and audited with who it was', async () => {
    const t = await start();
    await commit(t, 'january');
    const added = await value<Staff>(t.dispatch('staff.save', {
      name: 'Salah Ketik', identifier: '', employment: 'NON_ASN', rank: '', position: '', positionType: null, unitId: null,
      gender: null, birthDate: null, birthPlace: '',
    }));
    t.workspace.db().write('test', (tx) => {
      tx.run('CREATE TABLE pledge (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(id))');
      tx.run('INSERT INTO pledge (staff_id) VALUES (?), (?)', [added.id, added.id]);
    });
    const refused = await t.dispatch('staff.remove', { id: added.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'staff-remove-referenced' } });
    if (!refused.ok) expect(refused.error.message).toBe('Pegawai ini (Salah Ketik) tidak dapat dihapus karena sudah tercatat di 2 data ikrar. Bila ia tidak lagi bekerja di sini, tandai keluar saja.');
    expect(await staffList(t)).toHaveLength(7);

    t.workspace.db().write('test', (tx) => tx.run('DELETE FROM pledge'));
    expect(await value(t.dispatch('staff.remove', { id: added.id }))).toEqual({ removed: added.id, name: 'Salah Ketik' });
    expect((await staffList(t)).map((s) => s.name)).not.toContain('Salah Ketik');
    const audit = t.workspace.db().read((q) => q.get<{ detail: string }>("SELECT detail FROM audit_log WHERE call = 'staff.remove'"));
    expect(audit?.detail).toContain('"name":"Salah Ketik"');
    expect(await t.dispatch('staff.remove', { id: added.id })).toMatchObject({ ok: false, error: { code: 'staff-not-found' } });
  });
});

async function writeOne(rows: DukRow[]): Promise<Buffer> {
  const file = await writeWithOpenpyxl(dukSpec(rows), path.join(makeTempDir('satgas-reimport-one'), 'one.xlsx'));
  return fs.readFileSync(file);
}
