// Temuan in Chromium through the web harness: a finding recorded for a staff member from the roster, two evidence
// files attached (a screenshot shown as a thumbnail, a PDF), the follow-up steps added until it is closed, and the
// finding counted above the list. Screenshots: test/artifacts/temuan-rinci.png (the finding screen),
// temuan-daftar.png (the list with its counts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElection } from '../../electron/core/elections/service';
import { listViolationTypes } from '../../electron/core/findings/catalog';
import type { GeneratedPerson } from '../helpers/generatedRoster';
import { seedRoster } from '../helpers/generatedRoster';
import { encodePng } from '../helpers/png';
import { makeTempDir } from '../helpers/tempDir';
import type { AppUnderTest } from './harnessFixture';
import { openApp, screenshot } from './harnessFixture';

let app: AppUnderTest;
let people: GeneratedPerson[];
let files: { shot: string; pdf: string };
beforeAll(async () => {
  app = await openApp();
  const db = app.harness.workspace.db();
  people = seedRoster(db, 40);
  db.write('test.seed', (tx) => createElection(tx, 'PILKADA_2024'));
  const dir = makeTempDir('temuan-bukti');
  files = { shot: path.join(dir, 'tangkapan layar facebook.png'), pdf: path.join(dir, 'berita online.pdf') };
  // a "screenshot": a white page with a blue bar and a grey block, big enough to need downscaling
  fs.writeFileSync(files.shot, encodePng(640, 400, (x, y) => (y < 60 ? [24, 119, 242, 255] : x > 80 && x < 560 && y > 100 && y < 300 ? [200, 200, 200, 255] : [255, 255, 255, 255])));
  fs.writeFileSync(files.pdf, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
  await app.page.reload();
});
afterAll(async () => {
  await app?.close();
});

describe('Temuan', () => {
  it('records a finding for a staff member, derives its classification, and takes two evidence files', async () => {
    const { page } = app;
    const person = people[3]!;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Temuan' }).click();
    await page.getByText('Belum ada temuan').waitFor();
    await page.getByRole('button', { name: 'Catat temuan' }).first().click();
    await page.getByLabel('Cari pegawai (nama atau NIP)').fill(person.name.split(' ')[0]!);
    await page.getByLabel('Nama terlapor').selectOption({ label: `${person.name} — ${person.unit}` });
    const a04 = app.harness.workspace.db().read((q) => listViolationTypes(q)).find((v) => v.code === 'A04')!;
    await page.getByLabel('Jenis pelanggaran (SKB 2022 Lampiran II)').selectOption({ label: `A04 · ${a04.act}` });
    await page.getByLabel('Tanggal kejadian').fill('2024-10-01');
    await page.getByLabel('Tanggal diketahui').fill('2024-10-02');
    await page.getByLabel('Sumber').selectOption('SOCIAL_MEDIA');
    await page.getByLabel('Tempat kejadian').fill('Facebook (akun pribadi)');
    await page.getByLabel(/Tautan \(unggahan\/berita\)/).fill('https://www.facebook.com/permalink/123');
    await page.getByLabel('Uraian singkat').fill('Membagikan unggahan kampanye pasangan calon nomor urut 2 dengan komentar dukungan.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Temuan disimpan.').first().waitFor();
    // 1 October 2024: the campaign, after the candidates were set on 22 September → disiplin (berat for A04)
    await expect.poll(() => page.getByTestId('finding-classification').innerText()).toBe('Disiplin tingkat berat');
    await page.getByText(/Masa kampanye/).first().waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Tambah berkas bukti…' }).click()]);
    await chooser.setFiles([files.shot, files.pdf]);
    await page.getByText('2 bukti ditambahkan.').first().waitFor();
    const evidence = page.getByRole('region', { name: 'Bukti' });
    await evidence.getByText('tangkapan layar facebook.png').waitFor();
    await evidence.getByText('berita online.pdf').waitFor();
    // the screenshot is a thumbnail (a small PNG made by the core), the PDF its kind
    const img = evidence.getByRole('button', { name: 'Buka tangkapan layar facebook.png' }).locator('img');
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([160, 100]);
    expect(await evidence.getByRole('button', { name: 'Buka berita online.pdf' }).innerText()).toBe('PDF');
  });

  it('adds the follow-up steps until the finding is closed', async () => {
    const { page } = app;
    const steps = page.getByRole('region', { name: 'Tindak lanjut' });
    const add = async (kind: string, date: string, actor: string, stage?: string) => {
      await steps.getByLabel('Langkah', { exact: true }).selectOption({ label: kind });
      await steps.getByLabel('Tanggal langkah').fill(date);
      await steps.getByLabel('Oleh / kepada').fill(actor);
      if (stage) await steps.getByLabel('Tahap sesudah langkah ini').selectOption({ label: stage });
      await steps.getByRole('button', { name: 'Tambah langkah' }).click();
      await page.getByText(`Langkah dicatat: ${kind}.`).first().waitFor();
    };
    await add('Dilaporkan ke Bawaslu', '2024-10-03', 'Bawaslu Kabupaten Pamekasan');
    await add('Diteruskan ke BKN (SBT)', '2024-10-04', 'BKN melalui SBT');
    await add('Hasil verifikasi', '2024-10-09', 'Satgas bersama BKN');
    await add('Rekomendasi', '2024-10-10', 'Bawaslu Kabupaten Pamekasan');
    await add('Keputusan PPK', '2024-10-21', 'Bupati Pamekasan');
    await add('Sanksi dijatuhkan', '2024-10-25', 'Bupati Pamekasan');
    await add('Ditutup', '2024-10-28', 'Sekretaris Satgas');
    // the settled screen from its top, once the toasts are gone
    await page.getByText(/^Langkah dicatat/).last().waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'temuan-rinci');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]').innerText()).toBe('Sudah dijatuhi sanksi · Ditutup');
    // every deadline met: reported within 7 days, Bawaslu within 3 working days, verification within 7 days
    const deadlines = await page.getByRole('list', { name: 'Batas waktu' }).getByRole('listitem').allInnerTexts();
    expect(deadlines).toEqual([
      expect.stringMatching(/Lapor ke Bawaslu[\s\S]*Terpenuhi 3 Oktober 2024/),
      expect.stringMatching(/Kajian Bawaslu[\s\S]*Terpenuhi 10 Oktober 2024/),
      expect.stringMatching(/Verifikasi BKN[\s\S]*Terpenuhi 9 Oktober 2024/),
    ]);
  });

  it('counts the finding above the list', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Kembali ke daftar/ }).click();
    const table = page.getByRole('table', { name: 'Daftar temuan' });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(new RegExp(`${people[3]!.name}[\\s\\S]*A04[\\s\\S]*1 Oktober 2024[\\s\\S]*Disiplin tingkat berat[\\s\\S]*Sudah dijatuhi sanksi · Ditutup`));
    const counts = page.getByRole('region', { name: 'Rekap temuan' });
    const figure = async (label: string) => counts.getByText(label, { exact: true }).locator('xpath=preceding-sibling::*[1]').innerText();
    expect(await figure('Jumlah temuan')).toBe('1');
    expect(await figure('Masih berjalan')).toBe('0');
    expect(await figure('Rekomendasi diterbitkan')).toBe('1');
    expect(await figure('Sanksi dijatuhkan')).toBe('1');
    await screenshot(page, 'temuan-daftar');
  });

  it('keeps the catalog and the holidays editable under Pengaturan; an entry in use is retired, not lost', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Katalog Pelanggaran' }).click();
    const catalog = page.getByRole('table', { name: 'Jenis pelanggaran' });
    await catalog.waitFor();
    const a04 = catalog.getByRole('row').filter({ hasText: /^A04/ });
    expect(await a04.innerText()).toMatch(/A04[\s\S]*berat\s+1/);
    await a04.getByRole('button', { name: 'Nonaktifkan' }).click();
    await a04.getByRole('button', { name: 'Aktifkan lagi' }).waitFor();
    await a04.getByText('Tidak dipakai lagi').waitFor();
    const holidays = page.getByRole('table', { name: 'Hari libur nasional dan cuti bersama' });
    await page.getByRole('combobox', { name: 'Tahun' }).selectOption('2024');
    expect(await holidays.getByRole('row').filter({ hasText: '27 November 2024' }).innerText()).toMatch(/Pemungutan suara Pilkada Serentak 2024\s+Libur nasional/);
    await screenshot(page, 'temuan-katalog');
    // the finding recorded with A04 still shows it, marked
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Temuan' }).click();
    await page.getByRole('table', { name: 'Daftar temuan' }).getByRole('row').nth(1).click();
    await page.getByRole('region', { name: 'Perbuatan dan klasifikasi' }).getByText('tidak dipakai lagi').waitFor();
    expect(app.errors).toEqual([]);
  });
});
