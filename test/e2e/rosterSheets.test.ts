// A workbook with one tab per employment kind (written by openpyxl), its Honorer tab ending in a signature
// block, imported in Chromium through the web harness: the preview shows each tab with its counts and the rows
// not read as staff; the Honorer tab is left out and the import writes the other two. Screenshot at 1366×768:
// test/artifacts/pegawai-pratinjau-lembar.png.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threeTabSpec } from '../fixtures/roster/duk';
import { writeWithOpenpyxl } from '../fixtures/roster/writers';
import { makeTempDir } from '../helpers/tempDir';
import type { AppUnderTest } from './harnessFixture';
import { openApp, pickFile, screenshot } from './harnessFixture';

let app: AppUnderTest;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('Pegawai: a workbook with several tabs', () => {
  it('shows each tab with its counts and the rows not read as staff; a tab left out is not imported', async () => {
    const { page } = app;
    const file = path.join(makeTempDir('satgas-sheets-e2e'), 'Pegawai Dinkes per status.xlsx');
    await writeWithOpenpyxl(threeTabSpec(), file);
    expect(fs.existsSync(file)).toBe(true);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).click();
    await page.getByRole('button', { name: 'Impor dari Excel…' }).click();
    await pickFile(page, () => page.getByRole('dialog').getByRole('button', { name: 'Pilih berkas…' }).click(), file);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });

    const sheets = preview.getByTestId('import-sheets');
    expect(await sheets.locator('[data-sheet="PNS"]').innerText()).toContain('2 diterima · 1 ditolak · 0 bukan pegawai');
    expect(await sheets.locator('[data-sheet="Honorer"]').innerText()).toContain('2 diterima · 0 ditolak · 5 bukan pegawai');
    const notStaff = preview.getByRole('table', { name: 'Tidak dibaca sebagai pegawai (7)' });
    expect(await notStaff.innerText()).toContain('NIP. 19700312 199503 2 004');
    expect(await preview.getByTestId('count-new').innerText()).toMatch(/^6\s*baru$/);
    await page.waitForTimeout(500);
    await screenshot(page, 'pegawai-pratinjau-lembar');

    await sheets.getByRole('checkbox', { name: 'Ikutkan lembar "Honorer"' }).click();
    await expect.poll(async () => preview.getByTestId('count-new').innerText()).toMatch(/^4\s*baru$/);
    expect(await sheets.locator('[data-sheet="Honorer"]').innerText()).toContain('tidak diikutkan');
    await page.getByRole('button', { name: 'Impor 4 pegawai' }).click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    const table = page.getByRole('grid').or(page.getByRole('table')).first();
    await table.waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Rudi Hartono');
    expect(text).not.toContain('Yuli Astuti');
  });
});
