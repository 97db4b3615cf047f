// A passphrase set in Pengaturan, through the same dispatcher the app uses: every copy on disk encrypted, the
// next start locked until the passphrase (or the recovery code) is given, a wrong one refused with the files
// untouched, a change of passphrase that leaves the data as it was, an interrupted setting finished at unlock.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/app/workspace';
import { createCallContext } from '../../../electron/core/context';
import { isEncrypted } from '../../../electron/core/crypto/cipher';
import { createKeys } from '../../../electron/core/crypto/keyFile';
import { handlers } from '../../../electron/core/handlers';
import { keyFilePathOf, writeKeyFile } from '../../../electron/core/privacy/keyStore';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { harnessPlatform } from '../../../electron/harness/platform';
import { typed } from '../../helpers/call';
import { openTestSession } from '../../helpers/session';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const NIP = '198507142010012003';
const NAME = 'Siti Aminah Nasution';
const PASS = 'Satgas Netral 2024!';

async function reopen(dbFile: string) {
  const workspace = new Workspace({ dbFile, appVersion: '0.0.0-test', scrypt: FAST });
  await workspace.open();
  const dispatch = typed(createDispatcher(handlers, createCallContext(workspace, harnessPlatform(path.dirname(dbFile), path.join(path.dirname(dbFile), 'tmp')), () => {}), () => {}));
  return { workspace, dispatch };
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function withPerson() {
  const session = await openTestSession({ scrypt: FAST });
  const t = { ...session, dispatch: typed(session.dispatch) };
  const saved = await t.dispatch('staff.save', { name: NAME, identifier: NIP, employment: 'PNS', rank: '', position: 'Pengadministrasi Umum', positionType: null, unitId: null, gender: 'P', birthDate: null, birthPlace: '' });
  expect(saved.ok, JSON.stringify(saved)).toBe(true);
  return t;
}

describe('a passphrase on the data', () => {
  it('encrypts the database and every copy, then the next start is locked until the passphrase is given', async () => {
    const t = await withPerson();
    const dbFile = t.workspace.options.dbFile;
    const dataDir = path.dirname(dbFile);
    expect((await t.dispatch('privacy.setPassphrase', { passphrase: PASS, confirm: 'lain' })).ok).toBe(false);
    const set = await t.dispatch('privacy.setPassphrase', { passphrase: PASS, confirm: PASS });
    expect(set.ok).toBe(true);
    const code = set.ok ? set.value.recoveryCode : '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    // still usable in this run
    expect((await t.dispatch('staff.list', {})).ok).toBe(true);
    const status = await t.dispatch('privacy.status', {});
    expect(status.ok && status.value.protected && status.value.unlocked).toBe(true);
    expect(status.ok && status.value.copies.every((c) => c.encrypted)).toBe(true);
    t.workspace.close();
    const stored = filesIn(dataDir).filter((f) => /\.db|\.prev/.test(f));
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const f of stored) {
      const bytes = fs.readFileSync(f);
      expect(isEncrypted(bytes), f).toBe(true);
      expect(bytes.includes(Buffer.from(NIP)) || bytes.includes(Buffer.from(NAME)), f).toBe(false);
    }
    // nothing in the key file gives the passphrase or the code away
    const keyText = fs.readFileSync(keyFilePathOf(dbFile), 'utf8');
    expect(keyText).not.toContain('Satgas');
    expect(keyText).not.toContain(code.slice(0, 9));

    const next = await reopen(dbFile);
    const locked = await next.dispatch('app.status', {});
    expect(locked.ok && locked.value.database.state).toBe('locked');
    expect(locked.ok && locked.value.database.state === 'locked' && locked.value.database.message).toMatch(/kata sandi/);
    const refused = await next.dispatch('staff.list', {});
    expect(refused.ok).toBe(false);
    const before = fs.readFileSync(dbFile);
    const wrong = await next.dispatch('privacy.unlock', { passphrase: 'salah sekali' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
    const open = await next.dispatch('privacy.unlock', { passphrase: PASS });
    expect(open.ok && open.value.database.state).toBe('ready');
    const list = await next.dispatch('staff.list', {});
    expect(JSON.stringify(list)).toContain(NIP);
    next.workspace.close();

    // the recovery code opens it too, and lets a new passphrase be set without the old one
    const again = await reopen(dbFile);
    expect((await again.dispatch('privacy.unlock', { recoveryCode: code.toLowerCase() })).ok).toBe(true);
    expect((await again.dispatch('privacy.changePassphrase', { current: { recoveryCode: code }, next: 'kata sandi baru', confirm: 'kata sandi baru' })).ok).toBe(true);
    again.workspace.close();
    const last = await reopen(dbFile);
    expect((await last.dispatch('privacy.unlock', { passphrase: PASS })).ok).toBe(false);
    expect((await last.dispatch('privacy.unlock', { passphrase: 'kata sandi baru' })).ok).toBe(true);
    expect((await last.dispatch('privacy.verify', { passphrase: 'kata sandi baru' })).ok).toBe(true);
    const v = await last.dispatch('privacy.verify', { passphrase: PASS });
    expect(!v.ok && v.error.code).toBe('passphrase-wrong');
    last.workspace.close();
  });

  it('finishes a setting cut short: key file written, database still plain', async () => {
    const t = await withPerson();
    const dbFile = t.workspace.options.dbFile;
    t.workspace.close();
    // what a crash right after the key file's rename leaves
    writeKeyFile(dbFile, createKeys(PASS, FAST).keyFile);
    expect(fs.readFileSync(dbFile).includes(Buffer.from(NIP))).toBe(true);
    const next = await reopen(dbFile);
    const s = await next.dispatch('app.status', {});
    expect(s.ok && s.value.database.state).toBe('locked');
    expect((await next.dispatch('privacy.unlock', { passphrase: PASS })).ok).toBe(true);
    next.workspace.close();
    for (const f of filesIn(path.dirname(dbFile)).filter((x) => /\.db|\.prev/.test(x))) expect(isEncrypted(fs.readFileSync(f)), f).toBe(true);
  });

  it('a damaged key file says so and leaves the data alone', async () => {
    const t = await withPerson();
    const dbFile = t.workspace.options.dbFile;
    expect((await t.dispatch('privacy.setPassphrase', { passphrase: PASS, confirm: PASS })).ok).toBe(true);
    t.workspace.close();
    fs.writeFileSync(keyFilePathOf(dbFile), '{"format": 1, "rusak": true}');
    const before = fs.readFileSync(dbFile);
    const next = await reopen(dbFile);
    const s = await next.dispatch('app.status', {});
    expect(s.ok && s.value.database.state === 'locked' && s.value.database.message).toMatch(/kunci\.json/);
    const u = await next.dispatch('privacy.unlock', { passphrase: PASS });
    expect(!u.ok && u.error.code).toBe('key-file-damaged');
    expect(fs.readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('lists the copies on this PC and deletes only what may go', async () => {
    const t = await withPerson();
    const dbFile = t.workspace.options.dbFile;
    const aside = `${dbFile}.rusak-20240101-000000`;
    fs.writeFileSync(aside, 'damaged bytes');
    const s = await t.dispatch('privacy.status', {});
    if (!s.ok) throw new Error('status');
    const kinds = s.value.copies.map((c) => [c.kind, c.deletable]);
    expect(kinds).toEqual(expect.arrayContaining([['database', false], ['previous', false], ['backup', false], ['set-aside', true]]));
    const refused = await t.dispatch('privacy.deleteCopies', { files: [dbFile] });
    expect(!refused.ok && refused.error.code).toBe('copy-not-deletable');
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(await t.dispatch('privacy.deleteCopies', { files: [aside] })).toEqual({ ok: true, value: { deleted: 1 } });
    expect(fs.existsSync(aside)).toBe(false);
  });
});
