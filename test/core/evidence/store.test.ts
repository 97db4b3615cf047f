// The evidence folder: each file stored once under its hash, its type read from its bytes, hostile names kept
// only as text (the folder's listing shows nothing else was written), the size limit, and the rows that point at
// the files cleaned up once nothing refers to them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../electron/core/evidence/fileType';
import { deleteUnreferencedEvidence, getEvidence, insertEvidenceFile, insertEvidenceLink, removeUnreferencedFiles, unreferencedFiles } from '../../../electron/core/evidence/service';
import { evidenceDirOf, listStoredFiles, storeEvidenceFile, storedPathOf } from '../../../electron/core/evidence/store';
import { isUserError } from '../../../electron/core/errors';
import { openTestSession } from '../../helpers/session';
import { makeTempDir } from '../../helpers/tempDir';
import { encodePng } from '../../helpers/png';

const solidPng = (w: number, h: number, [r, g, b]: [number, number, number]) => encodePng(w, h, () => [r, g, b, 255]);

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2000, 7)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(4000, 1)]);
const MOV = Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypqt  '), Buffer.alloc(100, 1)]);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function listAll(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function source(dir: string, name: string, bytes: Buffer): string {
  const folder = path.join(dir, 'asal', String(Math.random()).slice(2));
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('file types are read from the bytes', () => {
  it('knows photos, PDFs and videos, and nothing else', () => {
    expect(detectFileType(JPEG)?.ext).toBe('jpg');
    expect(detectFileType(solidPng(4, 4, [200, 0, 0]))?.ext).toBe('png');
    expect(detectFileType(PDF)).toEqual({ mime: 'application/pdf', ext: 'pdf', kind: 'pdf' });
    expect(detectFileType(MP4)?.kind).toBe('video');
    expect(detectFileType(MOV)?.ext).toBe('mov');
    expect(detectFileType(Buffer.from('GIF89a......'))?.ext).toBe('gif');
    expect(detectFileType(Buffer.from('MZ\x90\0 an .exe'))).toBeNull();
    expect(detectFileType(Buffer.from('<html><script>'))).toBeNull();
    expect(detectFileType(new Uint8Array(0))).toBeNull();
  });
});

describe('the evidence folder', () => {
  it('stores the same bytes once, under their hash, whatever they were called', async () => {
    const root = makeTempDir();
    const dir = path.join(root, 'bukti');
    const a = await storeEvidenceFile(dir, source(root, 'foto kegiatan.jpg', JPEG));
    const b = await storeEvidenceFile(dir, source(root, 'salinan (2).jpeg', JPEG));
    expect(a).toMatchObject({ sha256: sha(JPEG), size: JPEG.length, ext: 'jpg', kind: 'image', alreadyStored: false });
    expect(b).toMatchObject({ sha256: sha(JPEG), alreadyStored: true });
    expect(listAll(dir)).toEqual([`${sha(JPEG).slice(0, 2)}/${sha(JPEG)}.jpg`]);
    expect(fs.readFileSync(storedPathOf(dir, a.sha256, a.ext)).equals(JPEG)).toBe(true);
  });

  it('keeps hostile file names out of the folder: only hash-named files are written', async () => {
    const root = makeTempDir();
    const dir = path.join(root, 'data', 'bukti');
    // names that are legal on the disk where they come from; the ones with separators are what a renamed upload,
    // a zip entry or a crafted request could carry
    const names = ['..__..__x.jpg', 'CON.jpg', 'aux.pdf', `${'a'.repeat(240)}.jpg`, 'Foto Kampanye Ñandú 選挙 🗳️.png', ' .jpg', 'nul'];
    const contents = [JPEG, Buffer.concat([JPEG, Buffer.from('1')]), PDF, Buffer.concat([JPEG, Buffer.from('2')]), solidPng(3, 3, [1, 2, 3]), Buffer.concat([JPEG, Buffer.from('3')]), MP4];
    const stored = [];
    for (let i = 0; i < names.length; i++) stored.push(await storeEvidenceFile(dir, source(root, names[i]!, contents[i]!), { displayName: names[i]! }));
    // a name with path separators, as it might arrive from elsewhere, is only ever a display name
    stored.push(await storeEvidenceFile(dir, source(root, 'biasa.pdf', Buffer.concat([PDF, Buffer.from('x')])), { displayName: '../../../Windows/System32/x.pdf' }));
    const expected = stored.map((s) => `${s.sha256.slice(0, 2)}/${s.sha256}.${s.ext}`).sort();
    expect(listAll(dir)).toEqual([...new Set(expected)].sort());
    // nothing beside the folder: the data folder holds only bukti/
    expect(fs.readdirSync(path.join(root, 'data'))).toEqual(['bukti']);
    expect(() => storedPathOf(dir, '../../etc/passwd', 'jpg')).toThrow();
    expect(() => storedPathOf(dir, sha(JPEG), '../x')).toThrow();
  });

  it('refuses a file over the limit and a file that only claims to be a photo, leaving no temp file', async () => {
    const root = makeTempDir();
    const dir = path.join(root, 'bukti');
    const big = await storeEvidenceFile(dir, source(root, 'video.mp4', MP4), { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(isUserError(big) && big.code).toBe('file-too-large');
    expect(isUserError(big) && big.message).toMatch(/video\.mp4.*terlalu besar/);
    const fake = await storeEvidenceFile(dir, source(root, 'foto.jpg', Buffer.from('MZ\x90\0 this is a program')), {}).catch((e: unknown) => e);
    expect(isUserError(fake) && fake.code).toBe('evidence-type-unknown');
    expect(isUserError(fake) && fake.message).toContain('foto.jpg');
    const gone = await storeEvidenceFile(dir, path.join(root, 'tidak-ada.jpg')).catch((e: unknown) => e);
    expect(isUserError(gone) && gone.code).toBe('file-unreadable');
    expect(fs.existsSync(dir) ? listAll(dir) : []).toEqual([]);
  });
});

describe('evidence rows', () => {
  it('keeps a file while any row refers to it, and removes rows and files nothing refers to', async () => {
    const t = await openTestSession();
    const dbFile = t.workspace.options.dbFile;
    const dir = evidenceDirOf(dbFile);
    expect(dir).toBe(path.join(path.dirname(dbFile), 'bukti'));
    const stored = await storeEvidenceFile(dir, source(t.dir, 'a.jpg', JPEG));
    const other = await storeEvidenceFile(dir, source(t.dir, 'b.pdf', PDF));
    const db = t.workspace.db();
    // an owner table, as the sessions and findings areas declare theirs
    db.write('test.owner', (tx) => { tx.run('CREATE TABLE owner_evidence (owner INTEGER NOT NULL, evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE)'); });
    const ids = db.write('test.add', (tx) => {
      const x = insertEvidenceFile(tx, stored, { originalName: 'a.jpg', caption: 'Foto sosialisasi', addedAt: '2024-09-23T03:00:00Z' });
      const y = insertEvidenceFile(tx, stored, { originalName: 'a lagi.jpg', addedAt: '2024-09-23T03:00:00Z' });
      const z = insertEvidenceFile(tx, other, { originalName: 'b.pdf', addedAt: '2024-09-23T03:00:00Z' });
      const l = insertEvidenceLink(tx, { url: 'https://www.facebook.com/post/1', caption: 'unggahan', addedAt: '2024-09-23T03:00:00Z' });
      tx.run('INSERT INTO owner_evidence VALUES (1, ?), (2, ?), (1, ?)', [x, y, l]);
      return [x, y, z, l];
    });
    expect(db.read((q) => getEvidence(q, ids)).map((e) => [e.kind, e.originalName, e.fileKind])).toEqual([
      ['file', 'a.jpg', 'image'], ['file', 'a lagi.jpg', 'image'], ['file', 'b.pdf', 'pdf'], ['link', '', null]]);
    // b.pdf's row has no owner: it goes, and so does its file once the transaction is done
    expect(db.write('test.gc', (tx) => deleteUnreferencedEvidence(tx))).toBe(1);
    expect(db.read((q) => unreferencedFiles(q, dir))).toEqual([storedPathOf(dir, other.sha256, 'pdf')]);
    expect(db.read((q) => removeUnreferencedFiles(q, dir))).toBe(1);
    // one of the two rows of a.jpg goes: the file stays for the other
    db.write('test.drop', (tx) => { tx.run('DELETE FROM owner_evidence WHERE owner = 1'); deleteUnreferencedEvidence(tx); });
    expect(db.read((q) => removeUnreferencedFiles(q, dir))).toBe(0);
    expect(listStoredFiles(dir)).toEqual([{ sha256: stored.sha256, ext: 'jpg' }]);
    db.write('test.drop2', (tx) => { tx.run('DELETE FROM owner_evidence'); deleteUnreferencedEvidence(tx); });
    expect(db.read((q) => removeUnreferencedFiles(q, dir))).toBe(1);
    expect(listStoredFiles(dir)).toEqual([]);
  });

  it('takes only web links', async () => {
    const t = await openTestSession();
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/win.ini', 'www.example', '']) {
      const e = (() => { try { t.workspace.db().write('test.link', (tx) => insertEvidenceLink(tx, { url, addedAt: 'x' })); return null; } catch (err) { return err; } })();
      expect(isUserError(e) && e.code).toBe('evidence-link-invalid');
    }
  });

  it('opens a stored file through the platform, and says so when the file is gone', async () => {
    const t = await openTestSession();
    const dir = evidenceDirOf(t.workspace.options.dbFile);
    const stored = await storeEvidenceFile(dir, source(t.dir, 'a.jpg', JPEG));
    const id = t.workspace.db().write('test.add', (tx) => insertEvidenceFile(tx, stored, { originalName: 'a.jpg', addedAt: 'x' }));
    expect(await t.dispatch('evidence.open', { id })).toEqual({ ok: true, value: { opened: true } });
    fs.rmSync(storedPathOf(dir, stored.sha256, 'jpg'));
    const r = await t.dispatch('evidence.open', { id });
    expect(r.ok === false && r.error.code).toBe('evidence-file-missing');
    const n = await t.dispatch('evidence.open', { id: 999 });
    expect(n.ok === false && n.error.code).toBe('evidence-not-found');
  });
});
