// Temporary files: an upload the harness keeps for a job is removed when the job ends, done or cancelled; a killed
// harness's temp folder is removed at the next harness start (a live one's is kept); every document preview
// (decrypted evidence copies included) is removed when the app closes and, after a crash, at the next start.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../electron/core/app/jobs';
import { previewFolder, writePreview } from '../../electron/core/documents/preview';
import { harnessPlatform } from '../../electron/harness/platform';
import { startHarness } from '../../electron/harness/server';
import { HARNESS_TEMP_PREFIX, makeHarnessTemp, removeDeadHarnessTemps } from '../../electron/harness/tempDirs';
import { makeTempDir } from '../helpers/tempDir';

function upload(uploadsDir: string, name: string): string {
  const dir = path.join(uploadsDir, String(Math.random()).slice(2));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), 'NIP 198507142010012003');
  return path.join(dir, name);
}

describe('temporary files', () => {
  it('removes a job\'s uploads when the job ends, done or cancelled, and leaves other files alone', async () => {
    const platform = harnessPlatform(makeTempDir(), makeTempDir());
    const jobs = new JobRegistry(() => {}, (f) => platform.releaseChosen?.(f));
    const done = upload(platform.uploadsDir, 'pegawai.xlsx');
    const id = jobs.start(async () => fs.readFileSync(done).length, [done]);
    await jobs.settled(id);
    expect(fs.existsSync(path.dirname(done))).toBe(false);
    const cancelled = upload(platform.uploadsDir, 'rekap.xlsx');
    const own = path.join(makeTempDir(), 'milik pengguna.xlsx');
    fs.writeFileSync(own, 'x');
    const slow = jobs.start(({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))), [cancelled, own]);
    await new Promise((r) => setTimeout(r, 10));
    expect(fs.existsSync(cancelled)).toBe(true);
    expect(jobs.cancel(slow)).toBe(true);
    await jobs.settled(slow);
    expect(fs.existsSync(path.dirname(cancelled))).toBe(false);
    expect(fs.existsSync(own)).toBe(true);
  });

  it('removes the temp folder of a harness that was killed, keeps a live one\'s', () => {
    const root = makeTempDir();
    const live = makeHarnessTemp(root);
    const dead = makeHarnessTemp(root);
    fs.writeFileSync(path.join(dead, 'owner.pid'), '999999999');
    const unowned = fs.mkdtempSync(path.join(root, HARNESS_TEMP_PREFIX));
    const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(unowned, old, old);
    expect(removeDeadHarnessTemps(root)).toBe(2);
    expect(fs.readdirSync(root)).toEqual([path.basename(live)]);
  });

  it('removes every preview when the harness closes, and a crashed run\'s previews at the next start', async () => {
    const dataDir = makeTempDir();
    const platform = harnessPlatform(dataDir, makeTempDir());
    const left = writePreview({ platform }, 'Daftar Hadir 2024-09-23.pdf', Buffer.from('%PDF'));
    const fresh = writePreview({ platform }, 'bukti-0123456789ab.jpg', Buffer.from('jpg'));
    const harness = await startHarness({ rendererRoot: makeTempDir(), dataDir });
    expect([fs.existsSync(left), fs.existsSync(fresh)]).toEqual([false, false]);
    const during = writePreview({ platform: harness.platform }, 'Ikrar.pdf', Buffer.from('%PDF'));
    expect(fs.existsSync(during)).toBe(true);
    await harness.close();
    expect(fs.readdirSync(previewFolder({ platform }))).toEqual([]);
  });
});
