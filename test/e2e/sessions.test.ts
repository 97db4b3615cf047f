// Sosialisasi in Chromium through the web harness: the Pilkada 2024 preset set up under Pengaturan, the header
// showing it with today's phase; a session for two units created, its phase shown; the daftar hadir previewed
// as the real PDF (a new tab in the harness) and saved. Screenshots: test/artifacts/sosialisasi-daftar.png (the
// list), sosialisasi-sesi.png (the session screen), sosialisasi-daftar-hadir-hal-1.png (page 1 of the PDF),
// jadwal-pemilihan.png (the election calendar).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedPerson } from '../helpers/generatedRoster';
import { GENERATED_UNITS, seedRoster } from '../helpers/generatedRoster';
import { layoutPages, pdfInfo, wordPages } from '../helpers/poppler';
import { readSheet } from '../core/documents/sheetReader';
import type { AppUnderTest } from './harnessFixture';
import { ARTIFACTS, openApp, savedFile, screenshot } from './harnessFixture';
import { NAVIGATION } from './navigation';

let app: AppUnderTest;
let people: GeneratedPerson[];
beforeAll(async () => {
  app = await openApp();
  // the roster as an import would leave it (the import itself is the roster suite's)
  people = seedRoster(app.harness.workspace.db(), 120);
  await app.page.reload();
});
afterAll(async () => {
  await app?.close();
});

const UNITS = [GENERATED_UNITS[0]!, GENERATED_UNITS[5]!]; // Sekretariat, Bidang Kebudayaan

describe('Sosialisasi', () => {
  it('sets up the Pilkada 2024 preset; the header shows it with today\'s phase', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    // after the reload the shell renders once app.status answered: wait for it
    await expect.poll(() => nav.getByRole('button').allInnerTexts()).toEqual(NAVIGATION);
    await expect.poll(() => page.getByTestId('header-election').innerText()).toBe('Jadwal pemilihan belum diisi');
    await nav.getByRole('button', { name: 'Jadwal Pemilihan' }).click();
    await page.getByText('Belum ada jadwal pemilihan').waitFor();
    await page.getByRole('button', { name: 'Pilkada Serentak 2024 (jadwal PKPU 2/2024)' }).click();
    await page.getByText('Pemilihan "Pilkada Serentak 2024" ditambahkan.').first().waitFor();
    expect(await page.locator('input[name=campaignStart]').inputValue()).toBe('2024-09-25');
    expect(await page.locator('input[name=votingDay]').inputValue()).toBe('2024-11-27');
    // today is long after the 2024 voting day
    await expect.poll(() => page.getByTestId('header-election').innerText()).toMatch(/Pilkada Serentak 2024\s*Sesudah pemungutan suara/);
    await screenshot(page, 'jadwal-pemilihan');
  });

  it('creates a session for two units and shows its phase', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Sosialisasi' }).click();
    await page.getByText('Belum ada sosialisasi').waitFor();
    await page.getByRole('button', { name: 'Sosialisasi baru' }).first().click();
    await page.locator('input[name=date]').fill('2024-10-15');
    await page.locator('input[name=startTime]').fill('08:30');
    await page.locator('input[name=endTime]').fill('11:00');
    await page.locator('input[name=topic]').fill('Sosialisasi dan Penandatanganan Ikrar Netralitas ASN');
    await page.locator('input[name=place]').fill('Aula Dinas Pendidikan dan Kebudayaan');
    await page.locator('textarea[name=speakers]').fill('Ketua Bawaslu Kabupaten Pamekasan');
    await page.getByRole('radio', { name: 'Unit kerja tertentu' }).check();
    for (const unit of UNITS) await page.getByRole('checkbox', { name: new RegExp(`^${unit} \\(`) }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Sosialisasi disimpan.').first().waitFor();
    const phase = page.getByTestId('session-phase');
    await expect.poll(() => phase.innerText()).toMatch(/Masa kampanye\s+sesudah penetapan calon · Pilkada Serentak 2024/);
    const invited = people.filter((p) => UNITS.includes(p.unit)).length;
    await page.getByText(`2 unit kerja (${invited} orang)`).waitFor();
    await screenshot(page, 'sosialisasi-sesi');
  });

  it('previews the real daftar hadir in a new tab, then saves it on F4', async () => {
    const { page } = app;
    const [tab] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Pratinjau daftar hadir' }).click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/^blob:/);
    await page.getByText(/Pratinjau dibuka \(\d+ halaman\)/).first().waitFor();
    const previews = path.join(app.dataDir, 'pratinjau');
    const preview = path.join(previews, fs.readdirSync(previews).find((n) => n.endsWith('.pdf'))!);
    expect(path.basename(preview)).toBe('Pratinjau - Daftar Hadir 2024-10-15.pdf');
    const text = layoutPages(preview).join('\n');
    expect(text).toMatch(/Hari\/Tanggal\s+:\s+Selasa, 15 Oktober 2024/);
    expect(text).toMatch(/Waktu\s+:\s+08\.30 – 11\.00 WIB/);
    // exactly the people of the two units, each once
    const printed = readSheet(wordPages(preview)).flatMap((pg) => pg.rows).filter((r) => r.name !== '').map((r) => r.name);
    expect(printed.sort()).toEqual(people.filter((p) => UNITS.includes(p.unit)).map((p) => p.name).sort());
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', '1', '-l', '1', preview, path.join(ARTIFACTS, 'sosialisasi-daftar-hadir-hal-1')]);
    await tab.close();

    await page.getByRole('radio', { name: /F4\/Folio/ }).check();
    await page.getByRole('button', { name: 'Simpan PDF…' }).click();
    const saved = await savedFile(app, 'Daftar Hadir 2024-10-15.pdf');
    const size = pdfInfo(saved).sizes[0]!;
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([609, 935]);
    // the paper is remembered on this PC
    expect(app.harness.platform.paperSize()).toBe('F4');
  });

  it('lists the sessions, upcoming first, each with its phase', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Kembali ke daftar/ }).click();
    await page.getByRole('table', { name: 'Daftar sosialisasi' }).waitFor();
    await page.getByRole('button', { name: 'Sosialisasi baru' }).click();
    await page.locator('input[name=date]').fill('2024-11-25');
    await page.locator('input[name=topic]').fill('Apel Netralitas ASN pada Masa Tenang');
    await page.locator('input[name=place]').fill('Halaman Kantor');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Sosialisasi disimpan.').first().waitFor();
    await page.getByRole('button', { name: /Kembali ke daftar/ }).click();
    const table = page.getByRole('table', { name: 'Daftar sosialisasi' });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows[1]).toMatch(/Sudah lewat/);
    expect(rows[2]).toMatch(/Senin, 25 November 2024[\s\S]*Apel Netralitas[\s\S]*Seluruh pegawai OPD \(120 orang\)[\s\S]*Masa tenang/);
    expect(rows[3]).toMatch(/Selasa, 15 Oktober 2024[\s\S]*08\.30 – 11\.00 WIB[\s\S]*2 unit kerja[\s\S]*Masa kampanye/);
    await screenshot(page, 'sosialisasi-daftar');
    expect(app.errors).toEqual([]);
  });
});
