// The lock on a shared PC, in the window: a passphrase set, the idle minutes and "Kunci Temuan dengan kata sandi"
// chosen on Pengaturan > Privasi, the window locked with Ctrl+L and opened with the passphrase, Temuan asking for
// the passphrase again, a finding opened (and the open shown in its audit), Temuan locked again on leaving it and
// when the window locks.
// Screenshots: test/artifacts/privasi-kunci-temuan.png, layar-terkunci-15-menit.png, temuan-terkunci.png,
// temuan-riwayat-dibuka.png.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { defaultDatabasePath } from '../../electron/core/db/paths';
import { createElection } from '../../electron/core/elections/service';
import { saveFinding } from '../../electron/core/findings/service';
import { makeTempDir } from '../helpers/tempDir';
import { openApp, screenshot } from './harnessFixture';

const NAME = 'Siti Aminah Nasution';
const PASS = 'Satgas Netral 2024!';

describe('the Temuan lock in the window', () => {
  it('asks for the passphrase at Temuan, audits the open, and locks Temuan again', async () => {
    const dir = makeTempDir('satgas-lock-e2e');
    const file = defaultDatabasePath(dir);
    const seeded = await openDatabase({ file });
    if (seeded.state !== 'ready') throw new Error(seeded.state);
    seeded.db.write('test.seed', (tx) => {
      tx.run("UPDATE opd_profile SET opd_name = 'Dinas Sosial' WHERE id = 1");
      const staff = tx.run(`INSERT INTO staff (name, nip, employment, position_type, created_at, updated_at) VALUES (?, '198507142010012003', 'PNS', 'PELAKSANA', 'x', 'x')`, [NAME]);
      createElection(tx, 'PILKADA_2024');
      const type = tx.get<{ id: number }>("SELECT id FROM violation_type WHERE code = 'A04'")!;
      saveFinding(tx, {
        knownDate: '2024-10-02', actDate: '2024-10-01', actTime: '19:30', actPlace: 'Facebook (akun pribadi)', source: 'SOCIAL_MEDIA',
        sourceLink: 'https://www.facebook.com/permalink/123', sbtNumber: null, description: 'Membagikan unggahan kampanye pasangan calon.',
        person: { kind: 'STAFF', staffId: staff.lastId }, violationTypeId: type.id,
      });
    });
    seeded.db.close();

    const app = await openApp(dir);
    try {
      const { page } = app;
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.getByRole('button', { name: 'Privasi' }).click();
      // no passphrase yet: no lock settings to offer
      await page.getByText(/belum dilindungi kata sandi/).waitFor();
      expect(await page.getByText('Kunci Temuan dengan kata sandi').count()).toBe(0);
      await page.getByLabel('Kata sandi baru').fill(PASS);
      await page.getByLabel('Ketik ulang kata sandi').fill(PASS);
      await page.getByRole('button', { name: 'Atur kata sandi' }).click();
      await page.getByTestId('recovery-code').waitFor();
      await page.getByRole('button', { name: 'Sudah saya simpan' }).click();

      await page.getByTestId('privacy-idle-minutes').selectOption('15');
      await page.getByText('Layar akan dikunci setelah 15 menit tidak dipakai.').first().waitFor();
      // a controlled switch: it turns on when the core answered (check() would race that)
      await page.getByRole('switch', { name: 'Kunci Temuan dengan kata sandi' }).click();
      await page.getByText('Temuan sekarang dikunci dengan kata sandi.').first().waitFor();
      expect(await page.getByRole('switch', { name: 'Kunci Temuan dengan kata sandi' }).isChecked()).toBe(true);
      await page.getByTestId('privacy-renew').scrollIntoViewIfNeeded();
      await screenshot(page, 'privasi-kunci-temuan');

      // the window lock: Ctrl+L, the chosen minutes on the lock screen, opened with the passphrase
      await page.keyboard.press('Control+l');
      const lock = page.getByTestId('lock-screen');
      await lock.waitFor();
      expect(await lock.innerText()).toContain('15 menit');
      await screenshot(page, 'layar-terkunci-15-menit');
      await lock.getByLabel('Kata sandi').fill(PASS);
      await lock.getByRole('button', { name: 'Buka' }).click();
      await lock.waitFor({ state: 'detached' });

      // Temuan asks for the passphrase again; the core refuses findings calls meanwhile
      await nav.getByRole('button', { name: 'Temuan' }).click();
      const prompt = page.getByTestId('findings-locked');
      await prompt.waitFor();
      expect(await page.getByText(NAME).count()).toBe(0);
      const refused = await page.evaluate(() => window.api!['findings.list']({}));
      expect(!refused.ok && refused.error.code).toBe('findings-locked');
      await screenshot(page, 'temuan-terkunci');
      await prompt.getByLabel('Kata sandi').fill('salah sekali');
      await prompt.getByRole('button', { name: 'Buka Temuan' }).click();
      await prompt.getByText(/Kata sandi salah/).waitFor();
      await prompt.getByLabel('Kata sandi').fill(PASS);
      await prompt.getByRole('button', { name: 'Buka Temuan' }).click();

      // a finding opened: its audit says so (by the OS user, now)
      await page.getByRole('table', { name: 'Daftar temuan' }).getByRole('row').filter({ hasText: NAME }).click();
      const audit = page.getByRole('region', { name: 'Riwayat (log audit)' });
      await audit.getByRole('button', { name: /Riwayat \(log audit\)/ }).click();
      const rows = await audit.getByRole('table').getByRole('row').allInnerTexts();
      expect(rows[1]).toMatch(/Dibuka/);
      expect(rows.some((r) => /Temuan dicatat/.test(r))).toBe(true);
      await audit.scrollIntoViewIfNeeded();
      await screenshot(page, 'temuan-riwayat-dibuka');

      // leaving Temuan locks it again
      await nav.getByRole('button', { name: 'Beranda' }).click();
      await nav.getByRole('button', { name: 'Temuan' }).click();
      await prompt.waitFor();
      await prompt.getByLabel('Kata sandi').fill(PASS);
      await prompt.getByRole('button', { name: 'Buka Temuan' }).click();
      await page.getByRole('table', { name: 'Daftar temuan' }).waitFor();
      // and so does the window lock, while Temuan is on screen
      await page.keyboard.press('Control+l');
      await lock.waitFor();
      await lock.getByLabel('Kata sandi').fill(PASS);
      await lock.getByRole('button', { name: 'Buka' }).click();
      await lock.waitFor({ state: 'detached' });
      await prompt.waitFor();
      expect(await page.getByRole('table', { name: 'Daftar temuan' }).count()).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
