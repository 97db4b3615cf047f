// What a secretary sees when the database is not fully usable: a damaged file (set aside, backups offered,
// restore after a confirmation), a file held by another PC (read-only, who holds it, editing disabled, taken
// over after a warning, then saved), and a daily backup that failed (a warning; the app works).
// Screenshots: test/artifacts/basis-data-rusak.png, basis-data-hanya-baca.png, basis-data-ambil-alih.png and
// basis-data-cadangan-gagal.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { lockPathOf } from '../../electron/core/db/lock';
import { backupsDirOf, defaultDatabasePath } from '../../electron/core/db/paths';
import { loadSqlJs } from '../../electron/core/db/sqlite';
import { makeTempDir } from '../helpers/tempDir';
import { openApp, screenshot } from './harnessFixture';

/** A data folder whose database has a profile saved twice (so `.prev` and a dated backup exist). */
async function dataDirWithHistory(): Promise<{ dir: string; file: string }> {
  const dir = makeTempDir('satgas-db-e2e');
  const file = defaultDatabasePath(dir);
  const opened = await openDatabase({ file });
  if (opened.state !== 'ready') throw new Error(opened.state);
  for (const name of ['Dinas Sosial', 'Dinas Sosial P3A']) {
    opened.db.write('profile.save', (tx) => tx.run('UPDATE opd_profile SET opd_name = ? WHERE id = 1', [name]));
  }
  opened.db.close();
  return { dir, file };
}

describe('database states in the window', () => {
  it('offers the good backups for a damaged file and restores one after asking', async () => {
    const { dir, file } = await dataDirWithHistory();
    const damaged = fs.readFileSync(file).subarray(0, 3000);
    fs.writeFileSync(file, damaged);
    const app = await openApp(dir);
    try {
      const { page } = app;
      const banner = page.getByTestId('db-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain('Berkas basis data rusak');
      expect(await banner.innerText()).toMatch(/disisihkan sebagai ".*satgas\.db\.rusak-\d{8}-\d{6}"/);
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).isDisabled()).toBe(true);
      const restoreButtons = page.getByRole('button', { name: 'Pulihkan cadangan ini' });
      expect(await restoreButtons.count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'basis-data-rusak');

      await restoreButtons.first().click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.innerText()).toContain('Perubahan setelah tanggal itu tidak ada di cadangan ini');
      await dialog.getByRole('button', { name: 'Pulihkan cadangan ini' }).click();
      await page.getByText('Basis data dipulihkan dari cadangan.').first().waitFor(); // also in Fluent's aria-live announcer
      await expect.poll(() => page.getByTestId('header-opd').innerText()).toBe('Dinas Sosial');
      expect(await page.getByTestId('db-banner').count()).toBe(0);
      const setAside = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.rusak-'));
      expect(setAside).toHaveLength(1);
      expect(fs.readFileSync(path.join(path.dirname(file), setAside[0]!)).equals(damaged)).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('opens read-only while another PC holds the file, and says who', async () => {
    const { dir, file } = await dataDirWithHistory();
    fs.writeFileSync(lockPathOf(file), JSON.stringify({ host: 'PC-SEKRETARIAT-02', user: 'sri', pid: 4242, since: '2026-11-24T01:15:00.000Z' }));
    const app = await openApp(dir);
    try {
      const { page } = app;
      const banner = page.getByTestId('db-banner');
      await banner.waitFor();
      const text = await banner.innerText();
      expect(text).toContain('Dibuka hanya-baca');
      expect(text).toContain('sri di komputer PC-SEKRETARIAT-02 sejak 24 November 2026');
      expect(await page.getByText('Hanya-baca', { exact: true }).isVisible()).toBe(true);
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Profil OPD' }).click();
      await page.getByRole('heading', { name: 'Profil OPD' }).waitFor();
      expect(await page.locator('input[name=opdName]').isDisabled()).toBe(true);
      expect(await page.locator('input[name=opdName]').inputValue()).toBe('Dinas Sosial P3A');
      await screenshot(page, 'basis-data-hanya-baca');
      // and the core refuses a write even if a page tried
      const res = await fetch(`${app.harness.origin}/__api/profile.clearEmblem`, { method: 'POST', body: '{}', headers: { 'X-Satgas-Token': app.harness.token } });
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'db-read-only' } });

      // That PC crashed and stays off: the user takes the lock over after a warning naming holder, PC and since.
      await banner.getByRole('button', { name: 'Ambil alih…' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Ambil alih basis data?' });
      await dialog.waitFor();
      const warning = await dialog.innerText();
      expect(warning).toContain('dipakai oleh sri di komputer PC-SEKRETARIAT-02 sejak 24 November 2026');
      expect(warning).toContain('perubahan yang disimpan di sana setelah ini akan ditolak');
      await screenshot(page, 'basis-data-ambil-alih');
      await dialog.getByRole('button', { name: 'Ambil alih', exact: true }).click();
      await page.getByText('Basis data kini dapat diubah dari komputer ini.').first().waitFor();
      await expect.poll(() => page.getByTestId('db-banner').count()).toBe(0);
      expect(await page.getByText('Hanya-baca', { exact: true }).count()).toBe(0);
      const opdName = page.locator('input[name=opdName]');
      await expect.poll(() => opdName.isDisabled()).toBe(false);
      await opdName.fill('Dinas Sosial dan Pemberdayaan Perempuan');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => page.getByTestId('header-opd').innerText()).toBe('Dinas Sosial dan Pemberdayaan Perempuan');
      const lock = JSON.parse(fs.readFileSync(lockPathOf(file), 'utf8')) as { host: string; pid: number };
      expect(lock).toMatchObject({ host: os.hostname(), pid: process.pid });
      const SQL = await loadSqlJs();
      const onDisk = new SQL.Database(fs.readFileSync(file));
      expect(onDisk.exec('SELECT opd_name FROM opd_profile')[0]?.values).toEqual([['Dinas Sosial dan Pemberdayaan Perempuan']]);
      onDisk.close();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('warns when the day\'s backup could not be made, and works on', async () => {
    const dir = makeTempDir('satgas-db-e2e');
    const file = defaultDatabasePath(dir);
    const opened = await openDatabase({ file, now: () => new Date(Date.now() - 86_400_000) });
    if (opened.state !== 'ready') throw new Error(opened.state);
    opened.db.close();
    // the backups folder is gone and a file of that name is in its place (a sync tool, a user's clean-up)
    fs.rmSync(backupsDirOf(file), { recursive: true });
    fs.writeFileSync(backupsDirOf(file), '');
    const app = await openApp(dir);
    try {
      const { page } = app;
      const warning = page.getByTestId('db-warning');
      await warning.waitFor();
      expect(await warning.innerText()).toContain('Cadangan harian basis data tidak dapat dibuat');
      expect(await page.getByTestId('db-banner').count()).toBe(0);
      await screenshot(page, 'basis-data-cadangan-gagal');
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Profil OPD' }).click();
      const opdName = page.locator('input[name=opdName]');
      await opdName.fill('Dinas Sosial');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => page.getByTestId('header-opd').innerText()).toBe('Dinas Sosial');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
