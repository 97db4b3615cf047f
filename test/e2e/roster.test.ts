// The roster screen in Chromium through the web harness: a messy agency list made here with exceljs (title rows,
// a merged title, a column-number row, a JUMLAH row, NIPs with spaces, an 18-digit NIP stored as a number, a
// duplicate NIP, a row without a name) → preview with the refused rows → commit → search → edit → mark as left
// and undo. Screenshots: test/artifacts/pegawai-pratinjau.png (the preview) and pegawai.png (the roster).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';
import type { AppUnderTest } from './harnessFixture';
import { openApp, pickFile, savedFile, screenshot } from './harnessFixture';

let app: AppUnderTest;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Staff on Excel rows 6–13; refused: 9 (NIP stored as a number), 10 (duplicate of row 7), 11 (no name). */
async function messyRoster(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DUK 2026');
  ws.addRow(['DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL']);
  ws.mergeCells('A1:F1');
  ws.addRow(['DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PAMEKASAN TAHUN 2026']);
  ws.mergeCells('A2:F2');
  ws.addRow([]);
  ws.addRow(['NO', 'NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA']);
  ws.addRow([1, 2, 3, 4, 5, 6]);
  ws.addRow([1, 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', '19680523 199803 1 005', 'Pembina Utama Muda (IV/c)', 'Kepala Dinas', 'Sekretariat']);
  ws.addRow([2, 'Siti Rahmawati, S.Sos.', '198507142010012003', 'III/c', 'Kepala Sub Bagian Umum dan Kepegawaian', 'Sekretariat']);
  ws.addRow([3, 'Eko Permana, S.Pd.', '19790312 200501 1 002', 'III/d', 'Kepala Seksi Kurikulum', 'Bidang Pembinaan SMP']);
  // typed into Excel as a number: only 15 significant digits survive
  ws.addRow([4, 'Nur Hidayati, S.Pd.', Number('198901012015032001'), 'III/b', 'Guru Ahli Pertama', 'Bidang Pembinaan SMP']);
  ws.addRow([5, 'Budi Santoso', '19850714 201001 2 003', 'II/c', 'Pengadministrasi Umum', 'Sekretariat']);
  ws.addRow([6, null, '199106152019031002', 'III/a', 'Pengawas Sekolah', 'Bidang Pembinaan SMP']);
  ws.addRow([7, 'Rina Marlina, S.Kom.', '199203172022212001', 'IX', 'Pranata Komputer Ahli Pertama', 'Sekretariat']);
  ws.addRow([8, 'Moh. Ma\'ruf', '19900202 201903 1 004', 'III/a', 'Penyusun Program', 'Bidang Pembinaan SMP']);
  ws.addRow(['JUMLAH', null, '8 orang']);
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 24;
  const file = path.join(makeTempDir('satgas-roster-e2e'), 'DUK Disdikbud 2026.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('Pegawai', () => {
  it('starts empty and says what to do first', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('button', { name: 'Pegawai' }).click();
    const empty = page.getByTestId('roster-empty');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('Impor daftar pegawai dari Excel');
    await screenshot(page, 'pegawai-kosong');
    await empty.getByRole('button', { name: 'Unduh templat' }).click();
    const template = await savedFile(app, 'Templat Daftar Pegawai.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Daftar Pegawai', 'Petunjuk']);
    // "Buka" on the toast: the harness's stand-in for opening the file hands it to the browser
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Buka', exact: true }).first().click()]);
    expect(download.suggestedFilename()).toBe('Templat Daftar Pegawai.xlsx');
  });

  it('imports a messy list: the preview names the refused rows, nothing is written before confirming', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Impor dari Excel…' }).click();
    await pickFile(page, () => page.getByRole('dialog').getByRole('button', { name: 'Pilih berkas…' }).click(), await messyRoster());
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });
    await page.getByRole('dialog', { name: 'Pratinjau impor: DUK Disdikbud 2026.xlsx' }).waitFor();
    await page.waitForTimeout(1000);
    await screenshot(page, 'pegawai-pratinjau');

    expect(await preview.getByTestId('count-new').innerText()).toMatch(/^5\s*baru$/);
    expect(await preview.getByTestId('count-refused').innerText()).toMatch(/^3\s*ditolak$/);
    expect(await preview.getByTestId('count-newUnits').innerText()).toMatch(/^2\s*unit baru$/);
    const refused = preview.getByRole('table', { name: 'Baris yang ditolak (3)' });
    const rows = await refused.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((r) => r[0])).toEqual(['9', '10', '11']);
    expect(rows[0]![1]).toContain('NIP tersimpan sebagai angka');
    expect(rows[1]![1]).toContain('sudah tercantum di baris 7 (Siti Rahmawati, S.Sos.)');
    expect(rows[2]![1]).toContain('Nama pegawai kosong');
    const accepted = preview.getByRole('table', { name: 'Baris yang diterima (5)' });
    expect(await accepted.getByText('Baru', { exact: true }).count()).toBe(5);

    await preview.getByRole('button', { name: 'Simpan baris yang ditolak (.xlsx)' }).click();
    const refusedBook = new ExcelJS.Workbook();
    await refusedBook.xlsx.readFile(await savedFile(app, 'DUK Disdikbud 2026 - baris ditolak.xlsx'));
    expect(refusedBook.getWorksheet('Baris Ditolak')?.rowCount).toBe(4);

    const staffBefore = await app.harness.workspace.db().read((q) => q.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff'));
    expect(Number(staffBefore?.n)).toBe(0);

    await page.getByRole('button', { name: 'Impor 5 pegawai' }).click();
    await page.getByText('Impor selesai: 5 baru, 0 diperbarui, 0 tidak berubah, 3 ditolak, 2 unit baru.').first().waitFor();
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('5 dari 5 pegawai');
    const grid = page.getByRole('grid', { name: 'Daftar pegawai' });
    await expect.poll(() => grid.getByText('19680523 199803 1 005').isVisible()).toBe(true);
    await expect.poll(() => grid.getByText('PPPK', { exact: true }).isVisible()).toBe(true);
  });

  it('finds a person as you type and edits them from the keyboard', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await page.keyboard.type('eko perm');
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('1 dari 5 pegawai');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ubah data pegawai' });
    await dialog.waitFor();
    await dialog.locator('input[name=position]').fill('Kepala Seksi Kurikulum SMP');
    await screenshot(page, 'pegawai-ubah');
    await dialog.locator('input[name=position]').press('Enter');
    await page.getByText('Data Eko Permana, S.Pd. disimpan.').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    const saved = await app.harness.workspace.db().read((q) => q.get<{ position: string }>("SELECT position FROM staff WHERE nip = '197903122005011002'"));
    expect(saved?.position).toBe('Kepala Seksi Kurikulum SMP');

    // a NIP typed with spaces finds the same person
    await page.keyboard.press('Control+f');
    await page.keyboard.type('19790312 2005');
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('1 dari 5 pegawai');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('5 dari 5 pegawai');
  });

  it('marks a person as left and undoes it from the toast', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Daftar pegawai' });
    await grid.getByText("Moh. Ma'ruf").click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: "Tandai Moh. Ma'ruf keluar" });
    await dialog.getByRole('combobox', { name: 'Alasan' }).selectOption('MUTASI');
    await dialog.getByRole('button', { name: 'Tandai keluar' }).click();
    await page.getByText("Moh. Ma'ruf ditandai keluar (Mutasi).").first().waitFor();
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('4 dari 5 pegawai');
    await page.locator('.fui-Toast').getByText('Urungkan', { exact: true }).click();
    await page.getByText("Moh. Ma'ruf aktif kembali.").first().waitFor();
    await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('5 dari 5 pegawai');

    await page.getByRole('button', { name: 'Unit kerja…' }).click();
    const units = page.getByTestId('units-panel');
    await units.waitFor();
    expect(await units.innerText()).toContain('Bidang Pembinaan SMP');
    await screenshot(page, 'unit-kerja');
    await page.keyboard.press('Escape');
    await units.waitFor({ state: 'detached' });

    await grid.getByText('Eko Permana, S.Pd.').click();
    // let the toasts fade before the picture
    await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
    const shot = await screenshot(page, 'pegawai');
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
    expect(app.errors).toEqual([]);
  });
});
