// Evidence files under a passphrase: those stored before it was set are encrypted when it is set, new ones are
// stored encrypted, the same content is still stored once, and the viewer gets a decrypted copy.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEncrypted } from '../../../electron/core/crypto/cipher';
import { insertEvidenceFile } from '../../../electron/core/evidence/service';
import { evidenceDirOf, listStoredFiles, readStoredFile, storeEvidenceFile, storedPathOf } from '../../../electron/core/evidence/store';
import { openTestSession } from '../../helpers/session';

// a "photo" whose bytes carry a name, as a screenshot of a post would
const photo = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF unggahan oleh ${text}`), Buffer.alloc(500, 3)]);

describe('evidence at rest', () => {
  it('is encrypted when the passphrase is set and from then on, and opens decrypted for the viewer', async () => {
    const t = await openTestSession({ scrypt: { N: 2 ** 10, r: 8, p: 1 } });
    const dir = evidenceDirOf(t.workspace.options.dbFile);
    const src = (name: string, bytes: Buffer) => {
      const f = path.join(t.dir, name);
      fs.writeFileSync(f, bytes);
      return f;
    };
    const before = await storeEvidenceFile(dir, src('a.jpg', photo('Siti Aminah')));
    t.workspace.setPassphrase('Satgas Netral 2024!');
    const key = t.workspace.dataKeyOrNull();
    expect(key).not.toBeNull();
    const after = await storeEvidenceFile(dir, src('b.jpg', photo('Budi Santoso')), { dataKey: key });
    const again = await storeEvidenceFile(dir, src('c.jpg', photo('Budi Santoso')), { dataKey: key });
    expect(again.alreadyStored).toBe(true);
    expect(listStoredFiles(dir)).toHaveLength(2);
    for (const s of [before, after]) {
      const bytes = fs.readFileSync(storedPathOf(dir, s.sha256, s.ext));
      expect(isEncrypted(bytes)).toBe(true);
      expect(bytes.includes(Buffer.from('Siti')) || bytes.includes(Buffer.from('Budi'))).toBe(false);
    }
    expect(readStoredFile(dir, after.sha256, after.ext, key).equals(photo('Budi Santoso'))).toBe(true);

    const id = t.workspace.db().write('test.add', (tx) => insertEvidenceFile(tx, after, { originalName: 'b.jpg', addedAt: 'x' }));
    const opened = await t.dispatch('evidence.open', { id });
    expect(opened).toEqual({ ok: true, value: { opened: true } });
    const previews = fs.readdirSync(path.join(t.platform.userDataDir(), 'pratinjau'));
    expect(previews).toHaveLength(1);
    expect(fs.readFileSync(path.join(t.platform.userDataDir(), 'pratinjau', previews[0]!)).equals(photo('Budi Santoso'))).toBe(true);
  });
});
