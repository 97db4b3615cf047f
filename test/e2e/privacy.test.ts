// Privacy on a shared PC, in the window: a passphrase set in Pengaturan > Privasi (the recovery code shown once),
// the screen locked with Ctrl+L and opened only with the passphrase, and the next start locked until it is given.
// The data on disk is encrypted: no plain NIP or name in any copy.
// Screenshots: test/artifacts/pengaturan-privasi.png, privasi-kode-pemulihan.png, layar-terkunci.png, data-terkunci.png.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { defaultDatabasePath } from '../../electron/core/db/paths';
import { makeTempDir } from '../helpers/tempDir';
import { openApp, screenshot } from './harnessFixture';

const NIP = '198507142010012003';
const NAME = 'Siti Aminah Nasution';
const PASS = 'Satgas Netral 2024!';

describe('privacy in the window', () => {
  it('sets a passphrase, locks with Ctrl+L, and asks for it at the next start', async () => {
    const dir = makeTempDir('satgas-privacy-e2e');
    const file = defaultDatabasePath(dir);
    const seeded = await openDatabase({ file });
    if (seeded.state !== 'ready') throw new Error(seeded.state);
    seeded.db.write('test.seed', (tx) => {
      tx.run("UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1");
      tx.run(`INSERT INTO staff (name, nip, employment, position_type, created_at, updated_at) VALUES (?, ?, 'PNS', 'PELAKSANA', 'x', 'x')`, [NAME, NIP]);
    });
    seeded.db.close();

    let app = await openApp(dir);
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Privasi' }).click();
      await page.getByText(/belum dilindungi kata sandi/).waitFor();
      await page.getByLabel('Kata sandi baru').fill(PASS);
      await page.getByLabel('Ketik ulang kata sandi').fill(PASS);
      await page.getByRole('button', { name: 'Atur kata sandi' }).click();
      const code = page.getByTestId('recovery-code');
      await code.waitFor();
      expect(await code.innerText()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
      await screenshot(page, 'privasi-kode-pemulihan');
      await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
      await page.getByText(/terenkripsi dan dilindungi kata sandi/).waitFor();
      await screenshot(page, 'pengaturan-privasi');

      // every copy on disk is encrypted now
      for (const f of fs.readdirSync(path.dirname(file), { recursive: true }) as string[]) {
        const full = path.join(path.dirname(file), f);
        if (!fs.statSync(full).isFile() || !/\.db|\.prev/.test(f)) continue;
        const bytes = fs.readFileSync(full);
        expect(bytes.includes(Buffer.from(NIP)) || bytes.includes(Buffer.from(NAME)), f).toBe(false);
      }

      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).click();
      await page.getByText(NAME).first().waitFor();
      await page.keyboard.press('Control+l');
      const lock = page.getByTestId('lock-screen');
      await lock.waitFor();
      await screenshot(page, 'layar-terkunci');
      await lock.getByLabel('Kata sandi').fill('salah');
      await lock.getByLabel('Kata sandi').press('Enter');
      await page.getByText(/Kata sandi salah/).first().waitFor();
      await lock.getByLabel('Kata sandi').fill(PASS);
      await lock.getByRole('button', { name: 'Buka' }).click();
      await lock.waitFor({ state: 'detached' });
      expect(await page.getByText(NAME).first().isVisible()).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }

    app = await openApp(dir);
    try {
      const { page } = app;
      const unlock = page.getByTestId('unlock-screen');
      await unlock.waitFor();
      expect(await unlock.innerText()).toContain('dilindungi kata sandi');
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).isDisabled()).toBe(true);
      await screenshot(page, 'data-terkunci');
      await unlock.getByLabel('Kata sandi').fill(PASS);
      await unlock.getByRole('button', { name: 'Buka' }).click();
      await expect.poll(() => page.getByTestId('header-opd').innerText()).toBe('Dinas Sosial');
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).click();
      await page.getByText(NAME).first().waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
