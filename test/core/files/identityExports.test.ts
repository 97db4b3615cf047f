// Every export that carries identities is recorded in the audit log once its file is on disk: which export, how
// many people, by whom (the OS user) and where to (folder and file name) — exactly one row each. A save the user
// cancels records nothing, and neither does an export that names nobody (the template, the recap without
// identities, the pledge text).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveResult, SavedFile, ViolationType } from '../../../electron/core/contract';
import { IDENTITY_EXPORT_ENTITY } from '../../../electron/core/files/identityExport';
import { currentIdentity } from '../../../electron/core/db/lock';
import { previewFile, value } from '../../helpers/importFlow';
import { rosterXlsx } from '../../helpers/rosterXlsx';
import type { TestWorkspace } from '../../helpers/session';
import { sessionPerTest } from '../../helpers/session';
import { smallOpd } from '../attendance/fixture';
import type { Opd } from '../attendance/fixture';
import { FINDING } from '../findings/helpers';

const start = sessionPerTest();

interface Row { at: string; os_user: string; call: string; entity_id: string; detail: string }

function auditRows(t: TestWorkspace): Row[] {
  return t.workspace.db().read((q) => q.all<Row & Record<string, string>>('SELECT at, os_user, call, entity_id, detail FROM audit_log WHERE entity = ? ORDER BY id', [IDENTITY_EXPORT_ENTITY]));
}

async function prepared() {
  const t = await start();
  const opd = await smallOpd(t);
  const types = await value<ViolationType[]>(t.dispatch('findings.catalog', {}));
  const siti = opd.staff['Siti Rahmawati, S.Sos.']!;
  const finding = await value<{ id: number }>(t.dispatch('findings.save', { ...FINDING, person: { kind: 'STAFF', staffId: siti.id }, violationTypeId: types.find((v) => v.code === 'A04')!.id }));
  return { t, opd, finding };
}

/** Each identity export as the screens call it, with the people it names. */
function identityExports(opd: Opd, findingId: number) {
  const ids = Object.values(opd.staff).map((s) => s.id);
  return [
    { what: 'roster', call: 'staff.exportXlsx', people: 8, run: (t: TestWorkspace) => t.dispatch('staff.exportXlsx', { ids, columns: ['identifier', 'unit'], paper: 'A4' }) },
    { what: 'not-signed', call: 'pledges.exportNotSigned', people: 8, run: (t: TestWorkspace) => t.dispatch('pledges.exportNotSigned', { electionId: opd.election.id, format: 'xlsx', paper: 'A4' }) },
    { what: 'not-signed', call: 'pledges.exportNotSigned', people: 8, run: (t: TestWorkspace) => t.dispatch('pledges.exportNotSigned', { electionId: opd.election.id, format: 'pdf', paper: 'A4' }) },
    { what: 'finding-summary', call: 'findings.exportSummary', people: 1, run: (t: TestWorkspace) => t.dispatch('findings.exportSummary', { id: findingId, paper: 'A4' }) },
    { what: 'finding-sbt', call: 'findings.exportSbt', people: 1, run: (t: TestWorkspace) => t.dispatch('findings.exportSbt', { id: findingId }) },
    { what: 'finding-list', call: 'findings.exportList', people: 1, run: (t: TestWorkspace) => t.dispatch('findings.exportList', { filter: {} }) },
    { what: 'recap', call: 'recap.export', people: 1, run: (t: TestWorkspace) => t.dispatch('recap.export', { from: '2024-09-30', to: '2024-10-06', includeIdentities: true }) },
    { what: 'attendance', call: 'documents.save', people: 8, run: (t: TestWorkspace) => t.dispatch('documents.save', { document: 'attendance', source: { kind: 'session', sessionId: opd.session.id }, paper: 'A4', format: 'pdf' }) },
  ] as const;
}

function savedPath(r: SavedFile): string {
  return path.join(r.folder, r.name);
}

describe('identity exports in the audit log', () => {
  it('records each identity export once, after its file is on disk: what, how many people, the OS user, folder and file', async () => {
    const { t, opd, finding } = await prepared();
    for (const x of identityExports(opd, finding.id)) {
      const before = auditRows(t).length;
      const saved = (await value<SaveResult>(x.run(t))).saved!;
      expect(fs.existsSync(savedPath(saved))).toBe(true);
      const rows = auditRows(t);
      expect(rows.length, x.what).toBe(before + 1);
      const row = rows.at(-1)!;
      expect({ call: row.call, what: row.entity_id, user: row.os_user }).toEqual({ call: x.call, what: x.what, user: currentIdentity().user });
      expect(JSON.parse(row.detail)).toEqual({ people: x.people, folder: saved.folder, file: saved.name });
    }
  });

  it('records the refused rows of an import (the file\'s own names and NIP) and the handover\'s open findings', async () => {
    const { t } = await prepared();
    const header = ['No', 'Nama', 'NIP', 'Golongan', 'Jabatan', 'Unit Kerja'];
    const rows = [[1, 'Rina', 196805231998031000, 'III/a', 'Staf', 'Umum'], [2, null, '198001012005011001', 'III/a', 'Staf', 'Umum']];
    const preview = await previewFile(t, 'pegawai.xlsx', await rosterXlsx(header, rows));
    expect(preview.refused.length).toBe(2);
    const refused = (await value<SaveResult>(t.dispatch('staff.saveRefusedRows', { previewId: preview.previewId }))).saved!;
    const handover = await value<{ summary: SavedFile | null }>(t.dispatch('backup.handover', {}));
    const [a, b] = auditRows(t);
    expect(auditRows(t)).toHaveLength(2);
    expect({ call: a!.call, what: a!.entity_id, detail: JSON.parse(a!.detail) }).toEqual({ call: 'staff.saveRefusedRows', what: 'refused-rows', detail: { people: 2, folder: refused.folder, file: refused.name } });
    expect({ call: b!.call, what: b!.entity_id, detail: JSON.parse(b!.detail) }).toEqual({ call: 'backup.handover', what: 'handover', detail: { people: 1, folder: handover.summary!.folder, file: handover.summary!.name } });
  });

  it('records nothing for a save the user cancels', async () => {
    const { t, opd, finding } = await prepared();
    t.platform.chooseSavePath = async () => null;
    for (const x of identityExports(opd, finding.id)) expect((await value<SaveResult>(x.run(t))).saved, x.what).toBeNull();
    expect(auditRows(t)).toEqual([]);
  });

  it('records nothing for an export that names nobody', async () => {
    const { t, opd } = await prepared();
    const empty = await value<{ id: number }>(t.dispatch('staff.unitCreate', { name: 'Unit Kosong' }));
    const saved = [
      await value<SaveResult>(t.dispatch('staff.saveTemplate', {})),
      await value<SaveResult>(t.dispatch('recap.export', { from: '2024-09-30', to: '2024-10-06', includeIdentities: false })),
      await value<SaveResult>(t.dispatch('documents.save', { document: 'pledge', source: { kind: 'session', sessionId: opd.session.id }, paper: 'A4', format: 'pdf' })),
      await value<SaveResult>(t.dispatch('documents.save', { document: 'attendance', source: { kind: 'units', unitIds: [empty.id] }, paper: 'A4', format: 'pdf', blankRows: 5 })),
    ];
    expect(saved.every((s) => s.saved !== null)).toBe(true);
    expect(auditRows(t)).toEqual([]);
  });

  it('removes the file again when its export cannot be recorded', async () => {
    const { t, opd } = await prepared();
    const ids = Object.values(opd.staff).map((s) => s.id);
    const db = t.workspace.db();
    const write = db.write.bind(db);
    db.write = ((call: string, fn: never) => (call === 'staff.exportXlsx' ? (() => { throw new Error('disk full'); })() : write(call, fn))) as typeof db.write;
    const r = await t.dispatch('staff.exportXlsx', { ids, columns: ['identifier'], paper: 'A4' });
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(t.platform.downloadsDir)).toEqual([]);
  });
});
