// "Lokasi basis data": the database and its evidence moved to another folder, whole; the old database set aside;
// the app then works in the new place (its lock there). A folder that already holds a database is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupState } from '../../../electron/core/contract';
import { lockPathOf } from '../../../electron/core/db/lock';
import { seedRoster } from '../../helpers/generatedRoster';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import { dumpTables, evidenceState, putEvidence } from './craft';

const start = sessionPerTest();

describe('moving the database', () => {
  it('moves the database and evidence whole, sets the old one aside, and keeps working there', async () => {
    const t = await start();
    seedRoster(t.workspace.db(), 15);
    const from = t.workspace.options.dbFile;
    putEvidence(from, Buffer.from('foto'));
    putEvidence(from, Buffer.from('%PDF berita acara'), 'pdf');
    const before = t.workspace.db().read(dumpTables);
    const evidence = evidenceState(from);

    const { moved } = await value<{ moved: BackupState | null }>(t.dispatch('backup.moveDatabase', {}));
    const target = path.join(t.platform.downloadsDir, 'satgas.db');
    expect(moved?.dbFile).toBe(target);
    expect(t.workspace.options.dbFile).toBe(target);
    expect(t.workspace.db().read(dumpTables)).toEqual(before);
    expect(evidenceState(target)).toEqual(evidence);
    expect(fs.existsSync(from)).toBe(false);
    expect(fs.readdirSync(path.dirname(from)).some((n) => n.startsWith('satgas.db.dipindahkan-'))).toBe(true);
    expect(evidenceState(from)).toEqual(evidence); // copied, not taken away
    expect(fs.existsSync(lockPathOf(target))).toBe(true);
    expect(fs.readdirSync(path.dirname(target)).filter((n) => n.startsWith('.pindah-'))).toEqual([]);

    const r = await t.dispatch('staff.unitCreate', { name: 'Bidang Baru' });
    expect(r.ok).toBe(true);
    expect(t.workspace.db().read((q) => q.get<{ n: number }>("SELECT count(*) AS n FROM unit WHERE name = 'Bidang Baru'")!.n)).toBe(1);
  });

  it('refuses a folder that already holds a database or evidence, and touches neither place', async () => {
    const t = await start();
    const from = t.workspace.options.dbFile;
    fs.mkdirSync(path.join(t.platform.downloadsDir, 'bukti'), { recursive: true });
    const r = await t.dispatch('backup.moveDatabase', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('db-move-target-exists');
    expect(t.workspace.options.dbFile).toBe(from);
    expect(fs.existsSync(from)).toBe(true);
    expect(fs.readdirSync(t.platform.downloadsDir)).toEqual(['bukti']);
  });
});
