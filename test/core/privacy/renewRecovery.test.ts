// A new recovery code from Pengaturan > Privasi: asks the current passphrase, replaces only the key file
// (atomically), returns the new code once for a new recovery sheet; the old code stops opening the data, the new
// one and the passphrase open it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/app/workspace';
import { keyFilePathOf } from '../../../electron/core/privacy/keyStore';
import { typed } from '../../helpers/call';
import { value } from '../../helpers/importFlow';
import { openTestSession } from '../../helpers/session';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'Satgas Netral 2024!';

describe('renewing the recovery code', () => {
  it('needs the passphrase, makes the old code useless and the new one work', async () => {
    const t = await openTestSession({ scrypt: FAST });
    const d = typed(t.dispatch);
    const { recoveryCode: oldCode } = await value<{ recoveryCode: string }>(d('privacy.setPassphrase', { passphrase: PASS, confirm: PASS }));
    const dbFile = t.workspace.options.dbFile;
    const keyBefore = fs.readFileSync(keyFilePathOf(dbFile));

    const wrong = await d('privacy.renewRecoveryCode', { passphrase: 'salah sekali' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    expect(fs.readFileSync(keyFilePathOf(dbFile)).equals(keyBefore)).toBe(true);

    const { recoveryCode: newCode } = await value<{ recoveryCode: string }>(d('privacy.renewRecoveryCode', { passphrase: PASS }));
    expect(newCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(newCode).not.toBe(oldCode);
    expect(fs.readFileSync(keyFilePathOf(dbFile), 'utf8')).not.toContain(newCode.slice(0, 9));
    // no temp file left beside the key file
    expect(fs.readdirSync(path.dirname(dbFile)).filter((f) => f.startsWith('kunci'))).toEqual(['kunci.json']);
    // the sheet is made for the new code only
    const oldSheet = await d('privacy.recoverySheet', { recoveryCode: oldCode });
    expect(!oldSheet.ok && oldSheet.error.code).toBe('recovery-code-wrong');
    expect((await d('privacy.recoverySheet', { recoveryCode: newCode })).ok).toBe(true);
    const audit = t.workspace.db().read((q) => q.all("SELECT detail, os_user FROM audit_log WHERE call = 'privacy.renewRecoveryCode'"));
    expect(audit).toHaveLength(1);
    t.workspace.close();

    const next = new Workspace({ dbFile, appVersion: '0.0.0-test', scrypt: FAST });
    await next.open();
    await expect(next.unlock({ recoveryCode: oldCode })).rejects.toMatchObject({ code: 'recovery-code-wrong' });
    expect((await next.unlock({ recoveryCode: newCode })).database.state).toBe('ready');
    next.close();
    const third = new Workspace({ dbFile, appVersion: '0.0.0-test', scrypt: FAST });
    await third.open();
    expect((await third.unlock({ passphrase: PASS })).database.state).toBe('ready');
    third.close();
  });
});
