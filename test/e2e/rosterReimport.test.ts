// The month after the first import, in Chromium through the web harness (issue 8): import January's DUK (written
// by openpyxl), merge two spellings of one unit, move someone by hand, re-import February's DUK (opened and saved
// in LibreOffice) and see old → new on the rows, the hand-set value kept as a conflict, the missing people by
// name; mark them as left in the same commit; take that import back; export the roster to Excel (read back by
// openpyxl) and print it. Screenshots at 1366×768: pegawai-impor-ulang.png (the preview) and pegawai-ubah-dialog.png
// (the edit dialog of an existing person), pegawai-daftar.png (the roster), pegawai-cetak-1.png (the print, as a PDF).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMINAH, BUDI, DEWI, EKO, FAUZI, JANUARY, RINA, YUSUF, dukSpec } from '../fixtures/roster/reimport';
import type { DukRow } from '../fixtures/roster/reimport';
import { resaveWithLibreOffice, writeWithOpenpyxl } from '../fixtures/roster/writers';
import { readWorkbookBack, sheetOf } from '../helpers/workbookBack';
import { makeTempDir } from '../helpers/tempDir';
import type { AppUnderTest } from './harnessFixture';
import { ARTIFACTS, openApp, pickFile, savedFile, screenshot } from './harnessFixture';

let app: AppUnderTest;
let january: string;
let february: string;

const with_ = (row: DukRow, at: 2 | 3 | 4, v: string): DukRow => row.map((c, i) => (i === at ? v : c)) as DukRow;

beforeAll(async () => {
  const dir = makeTempDir('satgas-reimport-e2e');
  january = await writeWithOpenpyxl(dukSpec(JANUARY, 'JANUARI 2026'), path.join(dir, 'DUK Januari 2026.xlsx'));
  const feb = await writeWithOpenpyxl(dukSpec([with_(FAUZI, 2, 'IV/b'), with_(AMINAH, 2, 'IV/a'), EKO, DEWI, RINA, YUSUF], 'FEBRUARI 2026'),
    path.join(dir, 'DUK Februari 2026.xlsx'));
  // February as the office has it after opening and saving it in LibreOffice, under its own name again
  const [resaved] = await resaveWithLibreOffice([feb], dir);
  february = path.join(makeTempDir('satgas-reimport-e2e-lo'), 'DUK Februari 2026.xlsx');
  fs.copyFileSync(resaved!, february);
  app = await openApp();
}, 300_000);
afterAll(async () => {
  await app?.close();
});

const staffRow = (nip: string) => app.harness.workspace.db().read((q) =>
  q.get<{ status: string; left_reason: string | null; left_date: string | null; rank: string; unit: string | null }>(
    'SELECT s.status, s.left_reason, s.left_date, s.rank, u.name AS unit FROM staff s LEFT JOIN unit u ON u.id = s.unit_id WHERE s.nip = ?',
    [nip.replace(/\s/g, '')]));
const staffCount = () => Number(app.harness.workspace.db().read((q) => q.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff'))?.n);

describe('Pegawai: a re-import that keeps the user’s work', () => {
  it('imports January and merges two spellings of one unit', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).click();
    await page.getByTestId('roster-empty').getByRole('button', { name: 'Impor dari Excel…' }).click();
    await pickFile(page, () => page.getByRole('dialog').getByRole('button', { name: 'Pilih berkas…' }).click(), january);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });
    // TODO(issue 8, reader branch): import a three-tab workbook (PNS / PPPK / Honorer) here and assert its per-sheet counts.
    // TODO(issue 8, reader branch): assert the signature block is listed under "tidak dibaca sebagai pegawai".
    expect(await preview.getByTestId('count-new').innerText()).toMatch(/^6\s*baru$/);
    await page.getByRole('button', { name: 'Impor 6 pegawai' }).click();
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('6 dari 6 pegawai');

    await page.getByRole('button', { name: 'Unit kerja…' }).click();
    const units = page.getByTestId('units-panel');
    await units.waitFor();
    // new units take a tidy spelling
    expect(await units.innerText()).toContain('Sub Bagian Umum dan Kepegawaian');
    expect(await units.innerText()).not.toContain('SUB BAGIAN UMUM');
    const typo = units.locator('li', { hasText: 'Bid. Pembinaan SD' });
    await typo.getByRole('button', { name: 'Gabungkan…' }).click();
    await typo.getByRole('combobox').selectOption({ label: 'Bidang Pembinaan SD' });
    await typo.getByRole('button', { name: 'Gabungkan' }).click();
    await page.getByRole('alertdialog', { name: 'Gabungkan unit?' }).getByRole('button', { name: 'Gabungkan' }).click();
    await page.getByText('"Bid. Pembinaan SD" digabung ke "Bidang Pembinaan SD": 1 pegawai dipindahkan.').first().waitFor();
    await expect.poll(() => units.innerText()).toContain('Nama lama, dikenali saat impor: Bid. Pembinaan SD');
    await page.keyboard.press('Escape');
    await units.waitFor({ state: 'detached' });
  });

  it('edits a person by hand in a dialog that fits (moving Rina to another unit)', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Daftar pegawai' });
    // the Unit column is wide enough to tell the units apart
    const unitCell = grid.getByRole('gridcell', { name: 'Bidang Pembinaan SD', exact: true }).first();
    expect(await unitCell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await grid.getByText(RINA[0]).dblclick();
    const dialog = page.getByRole('dialog', { name: 'Ubah data pegawai' });
    await dialog.waitFor();
    expect(await dialog.locator('select[name=positionType] option').first().innerText()).toMatch(/^Otomatis dari jabatan: /);
    // nothing sticks out past the dialog on the right
    const overflow = await dialog.evaluate((surface) => {
      const right = surface.getBoundingClientRect().right;
      return [...surface.querySelectorAll('input, select, button')].map((el) => el.getBoundingClientRect().right - right).filter((d) => d > 0.5);
    });
    expect(overflow).toEqual([]);
    expect(await dialog.evaluate((surface) => surface.scrollWidth <= surface.clientWidth)).toBe(true);
    await dialog.locator('select[name=unitId]').selectOption({ label: 'Bidang Pembinaan SD' });
    await screenshot(page, 'pegawai-ubah-dialog');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(staffRow(RINA[1])?.unit).toBe('Bidang Pembinaan SD');
  });

  it('re-imports February: old → new on the rows, the hand-set unit kept, the missing people by name, marked as left on commit', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Impor dari Excel…' }).click();
    await pickFile(page, () => page.getByRole('dialog').getByRole('button', { name: 'Pilih berkas…' }).click(), february);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getByTestId('count-new').innerText()).toMatch(/^1\s*baru$/);
    expect(await preview.getByTestId('count-updated').innerText()).toMatch(/^2\s*diperbarui$/);
    // the old spelling maps to the merged unit: no unit comes back
    expect(await preview.getByTestId('count-newUnits').innerText()).toMatch(/^1\s*unit baru$/);
    expect(await preview.getByTestId('count-conflicts').innerText()).toMatch(/^1\s*diubah manual$/);
    expect(await preview.getByRole('switch', { name: 'Hanya yang berubah' }).isChecked()).toBe(true);

    const rowOf = (name: string) => preview.locator('[data-testid^=accepted-]', { hasText: name });
    expect(await rowOf(FAUZI[0]).getByTestId('row-changes').innerText()).toContain('Pangkat/Gol: IV/a → IV/b');
    expect(await rowOf(AMINAH[0]).getByTestId('row-changes').innerText()).not.toContain('Unit');
    expect(await rowOf(RINA[0]).getByTestId('row-conflict').innerText())
      .toBe('Unit: Bidang Pembinaan SD (di aplikasi) · Sub Bagian Umum dan Kepegawaian (di berkas)');
    expect(await rowOf(EKO[0]).count()).toBe(0); // unchanged: filtered out

    const missing = preview.getByTestId('import-missing');
    expect(await missing.innerText()).toContain('1 pegawai aktif tidak ada di berkas ini');
    expect(await missing.innerText()).toContain(BUDI[0]);
    await missing.getByRole('checkbox', { name: BUDI[0] }).check();
    expect(await missing.getByRole('combobox', { name: 'Alasan' }).inputValue()).toBe('MUTASI');
    const date = missing.getByRole('textbox', { name: 'Tanggal keluar' });
    await date.fill('01/02/2026');
    await page.waitForTimeout(500);
    await screenshot(page, 'pegawai-impor-ulang');

    await page.getByRole('button', { name: 'Impor 3 pegawai, tandai 1 keluar' }).click();
    await page.getByText(/^Impor selesai: 1 baru, 2 diperbarui, .* 1 pegawai ditandai keluar\.$/).first().waitFor();
    expect(staffRow(BUDI[1])).toMatchObject({ status: 'LEFT', left_reason: 'MUTASI', left_date: '2026-02-01' });
    expect(staffRow(RINA[1])?.unit).toBe('Bidang Pembinaan SD'); // kept
    expect(staffRow(AMINAH[1])).toMatchObject({ rank: 'IV/a', unit: 'Bidang Pembinaan SD' });
    expect(staffCount()).toBe(7);
  });

  it('takes that import back', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Lainnya' }).click();
    await page.getByRole('menuitem', { name: 'Batalkan impor terakhir…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Batalkan impor terakhir' });
    await dialog.getByText(/Impor "DUK Februari 2026.xlsx" pada/).waitFor();
    expect(await dialog.innerText()).toContain('1 pegawai yang ditambahkannya dihapus');
    expect(await dialog.innerText()).toContain('1 pegawai yang ditandai keluar diaktifkan kembali');
    await dialog.getByRole('button', { name: 'Batalkan impor' }).click();
    await page.getByText(/^Impor "DUK Februari 2026.xlsx" dibatalkan: 1 pegawai dihapus, 2 dikembalikan, 1 aktif kembali\.$/).first().waitFor();
    expect(staffCount()).toBe(6);
    expect(staffRow(BUDI[1])).toMatchObject({ status: 'ACTIVE', left_reason: null });
    expect(staffRow(AMINAH[1])?.rank).toBe('III/d');
    expect(staffRow(YUSUF[1])).toBeUndefined();
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('6 dari 6 pegawai');
  });

  it('exports the roster as shown to Excel: openpyxl reads NIP as text, a frozen filtered header, F4 paper', async () => {
    const { page } = app;
    // sorted by name without front titles: "Drs. H. Ahmad Fauzi" first, under A
    const grid = page.getByRole('grid', { name: 'Daftar pegawai' });
    await expect.poll(() => grid.locator('[role=row][data-staff-id] [role=gridcell]').first().innerText()).toBe(FAUZI[0]);
    await page.getByRole('button', { name: 'Ekspor ke Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor ke Excel' });
    await dialog.getByRole('radio', { name: 'F4 / Folio (215 × 330 mm)' }).check();
    await dialog.getByRole('button', { name: 'Ekspor' }).click();
    const file = await savedFile(app, `Daftar Pegawai ${new Date().toISOString().slice(0, 10)}.xlsx`);
    const sheet = sheetOf(readWorkbookBack(file), 'Daftar Pegawai');
    expect(sheet.cells[0]).toEqual(['No', 'Nama', 'NIP/NIK', 'Pangkat/Gol', 'Jabatan', 'Unit', 'Jenis kepegawaian', 'Status']);
    expect(sheet.cells.slice(1).map((r) => r[1])).toEqual([FAUZI, BUDI, DEWI, EKO, RINA, AMINAH].map((r) => r[0]));
    expect(sheet.cells[1]![2]).toBe('196805231998031005');
    expect(sheet.types.slice(1).map((r) => r[2])).toEqual(Array(6).fill('s'));
    expect(sheet.frozen).toBe('A2');
    expect(sheet.autoFilter).toBe('A1:H7');
    expect(String(sheet.paperSize)).toBe('14');
    expect(sheet.orientation).toBe('landscape');
  });

  it('prints the list as shown (the print stylesheet shows only the table)', async () => {
    const { page } = app;
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await page.getByRole('button', { name: 'Cetak daftar…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cetak daftar pegawai' });
    await dialog.getByRole('radio', { name: 'A4 (210 × 297 mm)' }).check();
    await dialog.getByRole('button', { name: 'Cetak' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const table = page.getByTestId('print-roster');
    expect(await table.locator('tbody tr').count()).toBe(6);
    const pdf = path.join(makeTempDir('satgas-print'), 'pegawai-cetak.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('DAFTAR PEGAWAI');
    expect(text).toContain('19680523 199803 1 005');
    expect(text).not.toContain('Impor dari Excel'); // the app itself is not printed
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/); // A4 landscape
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(ARTIFACTS, 'pegawai-cetak')]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => table.count()).toBe(0);
  });

  it('shows dates in forms as dd/mm/yyyy even in a browser set to English', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    try {
      await page.goto(app.harness.url);
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Pegawai' }).click();
      const grid = page.getByRole('grid', { name: 'Daftar pegawai' });
      await grid.getByText(EKO[0]).click();
      await page.keyboard.press('Delete');
      const dialog = page.getByRole('dialog', { name: `Tandai ${EKO[0]} keluar` });
      const date = dialog.getByRole('textbox', { name: 'Tanggal keluar' });
      const today = new Date();
      const dmy = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`;
      expect(await date.inputValue()).toBe(dmy);
      expect(await date.getAttribute('placeholder')).toBe('hh/bb/tttt');
      await dialog.getByRole('button', { name: 'Batal' }).click();
    } finally {
      await context.close();
    }
  });

  it('shows the roster at 1366×768', async () => {
    const { page } = app;
    await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
    await screenshot(page, 'pegawai-daftar');
    expect(app.errors).toEqual([]);
  });
});
