// "Temuan" locked separately, through the same dispatcher the app uses: with a passphrase and the setting on,
// every call that touches findings data is refused with `findings-locked` (the catalog, the holidays and a
// session's proof are not), until the passphrase is given again in this running app; it locks again when asked,
// when the data is closed, and after the PC's idle minutes. The setting lives in the database; the opening never.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingDetail, LockState } from '../../../electron/core/contract';
import { insertEvidenceFile } from '../../../electron/core/evidence/service';
import { evidenceDirOf, storeEvidenceFile } from '../../../electron/core/evidence/store';
import { FINDINGS_LOCKED_CALLS } from '../../../electron/core/privacy/findingsLock';
import { findingsCalls } from '../../../electron/core/findings/calls';
import { typed } from '../../helpers/call';
import { value } from '../../helpers/importFlow';
import { openTestSession } from '../../helpers/session';
import { record, world } from '../findings/helpers';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'Satgas Netral 2024!';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

afterEach(() => {
  vi.useRealTimers();
});

async function lockedWorld() {
  const t = await openTestSession({ scrypt: FAST });
  const d = typed(t.dispatch);
  const w = await world(t);
  const finding = await record(t, w);
  const shot = await t.choose('berita.pdf', PDF, 'evidence');
  const withFile = await value<FindingDetail>(d('findings.evidenceAdd', { findingId: finding.id, files: [{ ref: shot.ref, caption: '' }] }));
  await value(d('privacy.setPassphrase', { passphrase: PASS, confirm: PASS }));
  // a session's proof: an evidence row no finding links
  const src = path.join(t.dir, 'daftar hadir.pdf');
  fs.writeFileSync(src, Buffer.concat([PDF, Buffer.from('% sesi')]));
  const stored = await storeEvidenceFile(evidenceDirOf(t.workspace.options.dbFile), src, { dataKey: t.workspace.dataKeyOrNull() });
  const proofId = t.workspace.db().write('test.proof', (tx) => insertEvidenceFile(tx, stored, { originalName: 'daftar hadir.pdf', addedAt: 'x' }));
  return { t, d, w, finding, evidenceId: withFile.evidence[0]!.id, proofId };
}

describe('the Temuan lock', () => {
  it('is only offered with a passphrase, and turning it off asks for the passphrase', async () => {
    const t = await openTestSession({ scrypt: FAST });
    const d = typed(t.dispatch);
    const none = await d('privacy.setFindingsLock', { on: true });
    expect(!none.ok && none.error.code).toBe('passphrase-not-set');
    await value(d('privacy.setPassphrase', { passphrase: PASS, confirm: PASS }));
    expect(await value<LockState>(d('privacy.setFindingsLock', { on: true }))).toMatchObject({ protected: true, findingsLock: true, findingsOpen: false });
    const noPass = await d('privacy.setFindingsLock', { on: false });
    expect(!noPass.ok && noPass.error.code).toBe('passphrase-wrong');
    const wrong = await d('privacy.setFindingsLock', { on: false, passphrase: 'salah sekali' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    expect(t.workspace.db().read((q) => q.get('SELECT findings_locked AS v FROM privacy_setting'))).toEqual({ v: 1 });
    expect(await value<LockState>(d('privacy.setFindingsLock', { on: false, passphrase: PASS }))).toMatchObject({ findingsLock: false, findingsOpen: true });
    const audit = t.workspace.db().read((q) => q.all("SELECT detail FROM audit_log WHERE call = 'privacy.setFindingsLock' ORDER BY id"));
    expect(audit).toEqual([{ detail: 'findings lock on' }, { detail: 'findings lock off' }]);
    t.workspace.close();
  });

  it('refuses every findings call in the core until the passphrase is given again, and locks again when asked', async () => {
    const { t, d, finding, evidenceId, proofId } = await lockedWorld();
    // off: everything works under the passphrase as before
    expect((await d('findings.list', {})).ok).toBe(true);
    await value(d('privacy.setFindingsLock', { on: true }));
    const refusedCalls: [string, unknown][] = [
      ['findings.list', {}], ['findings.get', { id: finding.id }], ['findings.counts', {}],
      ['findings.thumbnail', { evidenceId }], ['findings.exportSbt', { id: finding.id }],
      ['findings.stepRemove', { findingId: finding.id, entryId: 1 }], ['findings.remove', { id: finding.id }],
      ['evidence.open', { id: evidenceId }],
    ];
    for (const [name, input] of refusedCalls) {
      const r = await t.dispatch(name, input);
      expect(!r.ok && r.error.code, name).toBe('findings-locked');
      expect(!r.ok && r.error.message, name).toMatch(/Temuan dikunci dengan kata sandi/);
    }
    // nothing was written by the refused mutations
    expect(t.workspace.db().read((q) => q.get('SELECT COUNT(*) AS n FROM finding'))).toEqual({ n: 1 });
    // reference data naming nobody, and a session's proof, stay open
    expect((await d('findings.catalog', {})).ok).toBe(true);
    expect((await d('findings.holidays', {})).ok).toBe(true);
    expect(await d('evidence.open', { id: proofId })).toEqual({ ok: true, value: { opened: true } });

    const wrong = await d('privacy.unlockFindings', { passphrase: 'salah sekali' });
    expect(!wrong.ok && wrong.error.code).toBe('passphrase-wrong');
    expect((await d('findings.list', {})).ok).toBe(false);
    expect(await value<LockState>(d('privacy.unlockFindings', { passphrase: PASS }))).toMatchObject({ findingsLock: true, findingsOpen: true });
    expect((await d('findings.list', {})).ok).toBe(true);
    expect((await d('findings.get', { id: finding.id })).ok).toBe(true);
    expect(await d('evidence.open', { id: evidenceId })).toEqual({ ok: true, value: { opened: true } });

    expect(await value<LockState>(d('privacy.lockFindings', {}))).toMatchObject({ findingsOpen: false });
    const again = await d('findings.get', { id: finding.id });
    expect(!again.ok && again.error.code).toBe('findings-locked');
    t.workspace.close();
  });

  it('locks again after the PC\'s idle minutes without a findings call, and when the data is closed', async () => {
    const { t, d, finding } = await lockedWorld();
    await value(d('privacy.setFindingsLock', { on: true }));
    expect(await value<LockState>(d('privacy.setIdleMinutes', { minutes: 5 }))).toMatchObject({ idleMinutes: 5 });
    vi.useFakeTimers({ now: new Date('2024-10-03T09:00:00Z'), toFake: ['Date'] });
    await value(d('privacy.unlockFindings', { passphrase: PASS }));
    vi.setSystemTime(new Date('2024-10-03T09:04:00Z'));
    expect((await d('findings.get', { id: finding.id })).ok).toBe(true); // 4 minutes: open, and counts as use
    vi.setSystemTime(new Date('2024-10-03T09:08:30Z'));
    expect((await d('findings.list', {})).ok).toBe(true); // 4.5 minutes after the last use
    vi.setSystemTime(new Date('2024-10-03T09:13:31Z'));
    expect(await value<LockState>(d('privacy.lockState', {}))).toMatchObject({ findingsOpen: false });
    const idle = await d('findings.list', {});
    expect(!idle.ok && idle.error.code).toBe('findings-locked');
    vi.useRealTimers();

    await value(d('privacy.unlockFindings', { passphrase: PASS }));
    const dbFile = t.workspace.options.dbFile;
    t.workspace.close();
    await t.workspace.unlock({ passphrase: PASS });
    // the setting came back from the database; the opening did not
    expect(await value<LockState>(d('privacy.lockState', {}))).toMatchObject({ findingsLock: true, findingsOpen: false });
    expect((await d('findings.list', {})).ok).toBe(false);
    expect(fs.readFileSync(dbFile).includes(Buffer.from('findings_locked'))).toBe(false); // encrypted at rest like the rest
    t.workspace.close();
  });

  it('names every findings call: locked, or reference data on purpose', () => {
    const open = findingsCalls.filter((c) => !FINDINGS_LOCKED_CALLS.has(c));
    expect(open).toEqual(['findings.catalog', 'findings.catalogSave', 'findings.catalogRetire', 'findings.catalogRemove', 'findings.holidays', 'findings.holidaySave', 'findings.holidayRemove']);
  });
});
