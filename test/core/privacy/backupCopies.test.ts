// The copies the backup area leaves on this PC, in the privacy list: a restore's set-aside folder
// (`disisihkan/<stamp>/`), a move's old copies (`satgas.db.dipindahkan-<stamp>` and the old place's `.prev`,
// evidence, dated backups), and the daily evidence mirror (`cadangan/bukti/`). Each listed with its size, date
// and whether it is encrypted; setting a passphrase encrypts every one (no plain NIP or name left in them, the
// mirror linked to the encrypted evidence again); deletable by the same rules (never the mirror, the database,
// its `.prev`).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupState, DatabaseCopy, SaveResult } from '../../../electron/core/contract';
import { evidenceMirrorOf } from '../../../electron/core/backup/dailyEvidence';
import { isEncrypted } from '../../../electron/core/crypto/cipher';
import { evidenceDirOf, storeEvidenceFile } from '../../../electron/core/evidence/store';
import { insertEvidenceFile } from '../../../electron/core/evidence/service';
import { personalFiles } from '../../../electron/core/privacy/folderCopies';
import { typed } from '../../helpers/call';
import { value } from '../../helpers/importFlow';
import { openTestSession } from '../../helpers/session';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const NIP = '198507142010012003';
const NAME = 'Siti Aminah Nasution';
const PASS = 'Satgas Netral 2024!';

describe('the backup area\'s copies in the privacy list', () => {
  it('lists the restore\'s set-aside folder, the move\'s old copies and the evidence mirror; encrypts and deletes them by the rules', async () => {
    const session = await openTestSession({ scrypt: FAST });
    const call = typed(session.dispatch);
    const { workspace, platform } = session;
    expect((await call('staff.save', { name: NAME, identifier: NIP, employment: 'PNS', rank: '', position: 'Analis', positionType: null, unitId: null, gender: 'P', birthDate: null, birthPlace: '' })).ok).toBe(true);
    const source = path.join(session.dir, 'berita.pdf');
    fs.writeFileSync(source, `%PDF-1.4 berita acara ${NAME} ${NIP}`);
    const stored = await storeEvidenceFile(evidenceDirOf(workspace.options.dbFile), source);
    workspace.db().write('test', (tx) => insertEvidenceFile(tx, stored, { originalName: 'berita.pdf', caption: '', addedAt: '2026-11-01T00:00:00.000Z' }));
    const oldDb = workspace.options.dbFile;

    // a move: the old place keeps its copies; then, at the new place (its mirror made at the open), a restore
    const { moved } = await value<{ moved: BackupState | null }>(call('backup.moveDatabase', {}));
    const dbFile = moved!.dbFile;
    expect(path.dirname(dbFile)).not.toBe(path.dirname(oldDb));
    const backup = await value<SaveResult>(call('backup.create', {}));
    platform.queueUpload(session.ctx.files.get(backup.saved!.ref).path);
    const ref = (await value<{ ref: string }[]>(call('files.choose', { kind: 'backup' })))[0]!.ref;
    await value(call('backup.restore', { ref, confirmed: true }));
    expect(fs.readdirSync(evidenceMirrorOf(dbFile)).length).toBeGreaterThan(0);

    const copies = async () => (await value<{ copies: DatabaseCopy[] }>(call('privacy.status', {}))).copies;
    const list = await copies();
    const of = (kind: DatabaseCopy['kind']) => list.filter((c) => c.kind === kind);
    expect(of('restore-set-aside')).toHaveLength(1);
    expect(of('restore-set-aside')[0]).toMatchObject({ deletable: true, encrypted: false });
    expect(path.relative(path.dirname(dbFile), of('restore-set-aside')[0]!.file)).toMatch(/^disisihkan[/\\]\d{8}-\d{6}/);
    expect(of('evidence-mirror')).toEqual([expect.objectContaining({ file: evidenceMirrorOf(dbFile), deletable: false, encrypted: false })]);
    const movedAway = of('moved-away').map((c) => path.relative(path.dirname(oldDb), c.file)).sort();
    expect(movedAway).toEqual(expect.arrayContaining(['bukti', 'cadangan', expect.stringMatching(/^satgas\.db\.dipindahkan-\d{8}-\d{6}$/)]));
    for (const c of list) {
      expect(c.size, c.name).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(c.modifiedAt))).toBe(false);
    }

    // a passphrase: every copy encrypted, nothing plain left in any of them
    expect((await call('privacy.setPassphrase', { passphrase: PASS, confirm: PASS })).ok).toBe(true);
    const after = await copies();
    expect(after.filter((c) => !c.encrypted).map((c) => `${c.kind} ${c.name}`)).toEqual([]);
    for (const c of after) {
      for (const f of personalFiles(c.file)) {
        const bytes = fs.readFileSync(f);
        expect(isEncrypted(bytes), f).toBe(true);
        expect(bytes.includes(Buffer.from(NIP)) || bytes.includes(Buffer.from(NAME)), f).toBe(false);
      }
    }
    // the mirror shares the live encrypted file again (a hard link, no second copy), where links are possible
    const rel = `${stored.sha256.slice(0, 2)}/${stored.sha256}.${stored.ext}`;
    expect(fs.statSync(path.join(evidenceMirrorOf(dbFile), rel)).ino).toBe(fs.statSync(path.join(evidenceDirOf(dbFile), rel)).ino);

    // deleting: never the mirror; the set-aside folder and the old copies go whole, and leave the list
    const mirror = await call('privacy.deleteCopies', { files: [evidenceMirrorOf(dbFile)] });
    expect(!mirror.ok && mirror.error.code).toBe('copy-not-deletable');
    const goes = after.filter((c) => c.kind === 'restore-set-aside' || c.kind === 'moved-away').map((c) => c.file);
    expect(await value(call('privacy.deleteCopies', { files: goes }))).toEqual({ deleted: goes.length });
    for (const f of goes) expect(fs.existsSync(f), f).toBe(false);
    expect((await copies()).filter((c) => c.kind === 'restore-set-aside' || c.kind === 'moved-away')).toEqual([]);
    expect(fs.existsSync(dbFile)).toBe(true);
    workspace.close();
  });
});
