// Cadangan in Chromium through the web harness: a backup made (the reminder gone), staff removed, the backup
// chosen, its content shown, restored after the confirmation: the staff are back. Screenshots:
// test/artifacts/cadangan.png (the screen with the preview), cadangan-konfirmasi.png (the confirmation). Then the
// same with the data protected by a passphrase: the backup is encrypted, and the screen asks for its passphrase
// before the restore (cadangan-kata-sandi.png).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedPerson } from '../helpers/generatedRoster';
import { seedRoster } from '../helpers/generatedRoster';
import type { AppUnderTest } from './harnessFixture';
import { openApp, pickFile, screenshot } from './harnessFixture';

let app: AppUnderTest;
let people: GeneratedPerson[] = [];
beforeAll(async () => {
  app = await openApp();
  people = seedRoster(app.harness.workspace.db(), 40);
  await app.page.reload();
});
afterAll(async () => {
  await app?.close();
});

function staffCount(): number {
  return app.harness.workspace.db().read((q) => Number(q.get<{ n: number }>('SELECT count(*) AS n FROM staff')!.n));
}

describe('Cadangan', () => {
  it('backs up, and restores after the preview and the confirmation', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Cadangan' }).click();
    await page.getByText(/Belum ada cadangan di luar komputer ini/).waitFor();
    await page.getByRole('button', { name: 'Cadangkan…' }).click();
    await page.getByText(/Tersimpan: "Cadangan Satgas \d{4}-\d{2}-\d{2}\.satgasbak"/).first().waitFor();
    await page.getByText(/\(hari ini\)/).waitFor();
    expect(await page.getByText(/Belum ada cadangan di luar komputer ini/).count()).toBe(0);
    const [name] = fs.readdirSync(app.harness.platform.downloadsDir).filter((f) => f.endsWith('.satgasbak'));
    const backup = path.join(app.harness.platform.downloadsDir, name!);

    app.harness.workspace.db().write('test', (tx) => tx.run('DELETE FROM staff'));
    expect(staffCount()).toBe(0);

    await pickFile(page, () => page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click(), backup);
    const preview = page.getByLabel('Isi cadangan');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/Pegawai\s*40/);
    await page.getByText('Semua berkas di dalam cadangan sudah diperiksa dan utuh.').waitFor();
    await screenshot(page, 'cadangan');

    await page.getByRole('button', { name: 'Pulihkan dari cadangan ini…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Pulihkan dari cadangan ini?' });
    await dialog.waitFor();
    await screenshot(page, 'cadangan-konfirmasi');
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/Data dipulihkan dari cadangan/).first().waitFor();
    expect(staffCount()).toBe(40);
    expect(app.errors).toEqual([]);
  });

  it('shows a double-clicked backup on Cadangan, restoring nothing before the confirmation', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Beranda' }).click();
    const [name] = fs.readdirSync(app.harness.platform.downloadsDir).filter((f) => f.endsWith('.satgasbak'));
    // Explorer starts (or focuses) the app with the file's path; the window gains focus
    app.harness.platform.queueOpened(path.join(app.harness.platform.downloadsDir, name!));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const preview = page.getByLabel('Isi cadangan');
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/Pegawai\s*40/);
    await page.getByRole('button', { name: 'Pulihkan dari cadangan ini…' }).waitFor();
    expect(staffCount()).toBe(40);
    expect(app.errors).toEqual([]);
  });

  it('backs up protected data encrypted, and restores it only with its passphrase', async () => {
    const { page } = app;
    const pass = 'Satgas Netral 2024!';
    app.harness.workspace.setPassphrase(pass);
    await page.getByRole('button', { name: 'Cadangkan…' }).click();
    await page.getByText(/Tersimpan: "Cadangan Satgas \d{4}-\d{2}-\d{2} \(2\)\.satgasbak"/).first().waitFor();
    const backup = path.join(app.harness.platform.downloadsDir, fs.readdirSync(app.harness.platform.downloadsDir).filter((f) => f.includes('(2)'))[0]!);
    const bytes = fs.readFileSync(backup);
    for (const p of people.slice(0, 5)) expect(bytes.includes(Buffer.from(p.name)) || (p.nip !== null && bytes.includes(Buffer.from(p.nip))), p.name).toBe(false);

    app.harness.workspace.db().write('test', (tx) => tx.run('DELETE FROM staff'));
    await pickFile(page, () => page.getByRole('button', { name: 'Pilih berkas cadangan…' }).click(), backup);
    await page.getByText(/Cadangan ini terenkripsi/).waitFor();
    const start = page.getByRole('button', { name: 'Pulihkan dari cadangan ini…' });
    expect(await start.isDisabled()).toBe(true);
    await page.getByLabel('Kata sandi cadangan').fill('bukan kata sandinya');
    await start.click();
    await page.getByRole('alertdialog', { name: 'Pulihkan dari cadangan ini?' }).getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/tidak membuka cadangan ini/).waitFor();
    expect(staffCount()).toBe(0);
    await page.getByLabel('Kata sandi cadangan').fill(pass);
    await page.evaluate(() => document.getElementById('backup-restore')?.scrollIntoView());
    await screenshot(page, 'cadangan-kata-sandi');
    await start.click();
    await page.getByRole('alertdialog', { name: 'Pulihkan dari cadangan ini?' }).getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/Data dipulihkan dari cadangan/).first().waitFor();
    expect(staffCount()).toBe(40);
    expect(app.harness.workspace.isUnlocked).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
