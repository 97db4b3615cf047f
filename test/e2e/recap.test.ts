// Rekap and Konsolidasi in Chromium through the web harness: the OPD's recap exported (this week by default;
// here the week of 23 September 2024), then in Sekda mode consolidated with two more recaps, one of them of
// another period. Screenshots: test/artifacts/rekap-ekspor.png (the export screen), rekap-konsolidasi.png (the
// kabupaten table with the coverage chart and the problems), rekap-ekspor-identitas.png (the notice shown when
// identities are included).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRecapDb } from '../helpers/recapDb';
import { writeMadeUpRecap } from '../helpers/recapFiles';
import { makeTempDir } from '../helpers/tempDir';
import { readWorkbookBack, sheetOf } from '../helpers/workbookBack';
import type { AppUnderTest } from './harnessFixture';
import { openApp, savedFile, screenshot } from './harnessFixture';

let app: AppUnderTest;
beforeAll(async () => {
  app = await openApp();
  seedRecapDb(app.harness.workspace.db(), 60);
  await app.page.reload();
});
afterAll(async () => {
  await app?.close();
});

const NAME = 'Rekap Satgas Netralitas - Dinas Pendidikan dan Kebudayaan - 2024-09-29.xlsx';
let exported: string;

describe('Rekap', () => {
  it('exports the week\'s recap with the privacy default stated', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Rekap' }).click();
    await page.getByTestId('recap-privacy').waitFor();
    await page.locator('#recap-from').fill('2024-09-23');
    await page.locator('#recap-to').fill('2024-09-29');
    await expect.poll(() => page.getByTestId('recap-file-name').innerText()).toBe(NAME);
    await screenshot(page, 'rekap-ekspor');
    await page.getByRole('button', { name: 'Simpan rekap Excel…' }).click();
    exported = await savedFile(app, NAME);
    const book = readWorkbookBack(exported);
    expect(sheetOf(book, 'Metadata').cells.find((r) => r[0] === 'includesIdentities')?.[1]).toBe('no');
    expect(sheetOf(book, 'Pegawai').cells).toHaveLength(59);
  });

  it('says before saving that the recap with identities names people, and the audit log records where it went', async () => {
    const { page } = app;
    expect(await page.getByTestId('identity-notice').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Sertakan identitas terlapor' }).check();
    const notice = page.getByTestId('identity-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('dicatat di log audit');
    await screenshot(page, 'rekap-ekspor-identitas');
    await page.getByRole('button', { name: 'Simpan rekap Excel…' }).click();
    const saved = await savedFile(app, NAME.replace('.xlsx', ' (2).xlsx'));
    const rows = app.harness.workspace.db().read((q) => q.all("SELECT call, entity_id, detail FROM audit_log WHERE entity = 'IdentityExport'"));
    expect(rows).toEqual([{ call: 'recap.export', entity_id: 'recap', detail: JSON.stringify({ people: 4, folder: path.dirname(saved), file: path.basename(saved) }) }]);
    await page.getByRole('checkbox', { name: 'Sertakan identitas terlapor' }).uncheck();
  });

  it('consolidates it with two more recaps in Sekda mode, one of another period', async () => {
    const { page } = app;
    const dir = makeTempDir('rekap masuk');
    const others = [
      await writeMadeUpRecap(dir, { name: 'Dinas Kesehatan', staff: 40, nipStart: 50_000, signed: 34, openFindings: 2 }),
      await writeMadeUpRecap(dir, { name: 'Dinas Sosial', staff: 25, nipStart: 60_000, from: '2024-09-16', to: '2024-09-22' }),
    ];
    const mine = path.join(dir, path.basename(exported));
    fs.copyFileSync(exported, mine);
    await page.getByRole('tab', { name: 'Konsolidasi (Sekretariat Daerah)' }).click();
    await page.locator('#konsolidasi-from').fill('2024-09-23');
    await page.locator('#konsolidasi-to').fill('2024-09-29');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Pilih berkas rekap…' }).click()]);
    await chooser.setFiles([mine, ...others]);
    await expect.poll(() => page.getByTestId('konsolidasi-chosen').innerText()).toContain('Dinas Sosial');
    await page.getByRole('button', { name: 'Konsolidasikan…' }).click();
    const table = page.getByTestId('kabupaten-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^1\s+Dinas Pendidikan dan Kebudayaan\s+58\s+58\s+11\s+19%/);
    expect(rows[1]).toMatch(/^2\s+Dinas Kesehatan\s+40\s+40\s+34\s+85%/);
    expect(await page.getByTestId('konsolidasi-problems').innerText()).toContain('Periode lain');
    await page.getByTestId('coverage-chart').waitFor();
    await screenshot(page, 'rekap-konsolidasi');
    await page.getByRole('button', { name: 'Simpan tabel kabupaten (Excel)…' }).click();
    const saved = await savedFile(app, 'Konsolidasi Rekap Satgas Netralitas - 2024-09-29.xlsx');
    expect(sheetOf(readWorkbookBack(saved), 'Masalah').cells[1]![3]).toBe('other-period');
    expect(app.errors).toEqual([]);
  });
});
