// Catat kehadiran, Ikrar and Beranda in Chromium through the web harness: a held session ticked off by ranges
// ("1-10, 12; 15-13") and by name (search + Enter), a number past the sheet refused with the numbers named, one
// action undone with the button and one with Ctrl+Z, a walk-in added as a new person, a photo attached as proof;
// Beranda's coverage grows and the not-signed list shrinks; that list exported and read back with openpyxl.
// Screenshots: test/artifacts/catat-kehadiran.png, beranda.png, ikrar.png.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/elections/dates';
import { createElection } from '../../electron/core/elections/service';
import { evidenceDirOf, storedPathOf } from '../../electron/core/evidence/store';
import { saveCampaign } from '../../electron/core/pledges/campaign';
import { saveSession, setSessionStatus } from '../../electron/core/sessions/service';
import { seedRoster } from '../helpers/generatedRoster';
import { encodePng } from '../helpers/png';
import { makeTempDir } from '../helpers/tempDir';
import type { AppUnderTest } from './harnessFixture';
import { openApp, pickFile, savedFile, screenshot } from './harnessFixture';

const STAFF = 40;
let app: AppUnderTest;
beforeAll(async () => {
  app = await openApp();
  const db = app.harness.workspace.db();
  seedRoster(db, STAFF);
  db.write('test.seed', (tx) => {
    const election = createElection(tx, 'PILKADA_2024');
    // the deadline the day after tomorrow: units under half signed are what needs doing
    saveCampaign(tx, { electionId: election.id, deadline: addDays(localToday(), 2), targetKinds: null });
    const s = saveSession(tx, {
      date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula Dinas', topic: 'Sosialisasi dan Penandatanganan Ikrar Netralitas ASN',
      speakers: [], signer: null, sheetTitle: null, signCity: null, audience: { kind: 'ALL' },
    });
    setSessionStatus(tx, s.id, 'HELD');
  });
  await app.page.reload();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const nav = () => app.page.getByRole('navigation', { name: 'Navigasi utama' });
const count = () => app.page.getByTestId('tick-count').innerText();

describe('Catat kehadiran, Ikrar, Beranda', () => {
  it('opens on Beranda with nothing signed, fitting 1366×768 without scrolling', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await expect.poll(() => page.getByTestId('home-coverage').innerText()).toContain(`0 dari ${STAFF} pegawai`);
    expect(await page.getByTestId('home-election').innerText()).toContain('Pilkada Serentak 2024');
    expect(await page.getByTestId('home-deadline').innerText()).toContain('2 hari lagi');
    const todo = page.getByRole('list', { name: 'Yang perlu dikerjakan' });
    expect(await todo.innerText()).toMatch(/baru 0% menandatangani, batas waktu 2 hari lagi/);
    expect(await todo.innerText()).toContain('belum dicatat');
    const overflow = await page.evaluate(() => { const m = document.querySelector('main')!; return m.scrollHeight - m.clientHeight; });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('ticks off by ranges and by name, refuses a number past the sheet, undoes with the button and Ctrl+Z', async () => {
    const { page } = app;
    await nav().getByRole('button', { name: 'Sosialisasi' }).click();
    await page.getByRole('row', { name: 'Sosialisasi dan Penandatanganan Ikrar Netralitas ASN' }).click();
    await page.getByRole('button', { name: 'Catat kehadiran' }).click();
    await page.getByText(/belum pernah dicetak dari aplikasi/).waitFor();
    expect(await count()).toBe(`0 dari ${STAFF} hadir, 0 menandatangani ikrar`);

    const rows = page.getByLabel('Nomor baris');
    await rows.fill('1-10, 12; 15-13');
    await rows.press('Enter');
    await expect.poll(count).toBe(`14 dari ${STAFF} hadir, 14 menandatangani ikrar`);
    expect(await rows.inputValue()).toBe('');

    await rows.fill('20, 41-45');
    await page.getByRole('button', { name: 'Hadir', exact: true }).click();
    await page.getByText(`Nomor 41–45 tidak ada di daftar hadir ini (nomor terakhir yang berisi nama: ${STAFF})`).waitFor();
    expect(await count()).toBe(`14 dari ${STAFF} hadir, 14 menandatangani ikrar`);

    // by name: the person on row 20, found by part of the name, Enter
    const row20 = page.locator('[role=row][aria-rowindex="20"] [role=cell]').nth(1);
    const name20 = await row20.innerText();
    const search = page.getByLabel('Cari nama atau NIP lalu tekan Enter');
    await search.fill(name20.split(/[ ,]/).slice(0, 2).join(' '));
    await search.press('Enter');
    await expect.poll(count).toBe(`15 dari ${STAFF} hadir, 15 menandatangani ikrar`);

    // the visible undo names what it takes back
    await page.getByRole('button', { name: 'Urungkan: hadir dan tanda tangan — 1 orang' }).click();
    await expect.poll(count).toBe(`14 dari ${STAFF} hadir, 14 menandatangani ikrar`);

    // a click, then Ctrl+Z (outside a text field)
    const row21 = page.locator('[role=row][aria-rowindex="21"]');
    await row21.getByRole('checkbox').first().click();
    await expect.poll(count).toBe(`15 dari ${STAFF} hadir, 14 menandatangani ikrar`);
    await page.getByRole('heading', { name: 'Catat kehadiran' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBe(`14 dari ${STAFF} hadir, 14 menandatangani ikrar`);
  });

  it('adds a walk-in as a new person and attaches a photo of the event', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tambah peserta…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Peserta tambahan' });
    await dialog.getByRole('radio', { name: 'Orang baru (masuk daftar pegawai)' }).check();
    await dialog.getByLabel('Nama (dengan gelar)').fill('Lilis Suryani');
    await dialog.getByLabel('NIP / NI PPPK / NIK').fill('3528014506900002');
    await dialog.getByLabel('Jenis kepegawaian').selectOption('NON_ASN');
    await dialog.getByRole('button', { name: 'Tambahkan' }).click();
    await expect.poll(count).toBe(`15 dari ${STAFF + 1} hadir, 15 menandatangani ikrar`);
    await page.getByRole('region', { name: 'Peserta tambahan (tidak tercetak di daftar)' }).getByText('Lilis Suryani').waitFor();

    const photo = path.join(makeTempDir('satgas-e2e-photo'), 'Foto sosialisasi.png');
    fs.writeFileSync(photo, encodePng(64, 48, (x, y) => [x * 4, y * 5, 160, 255]));
    await pickFile(page, () => page.getByRole('button', { name: 'Lampirkan berkas…' }).click(), photo);
    await page.getByRole('list', { name: 'Bukti kegiatan' }).getByText('Foto sosialisasi.png').waitFor();
    const stored = app.harness.workspace.db().read((q) => q.all('SELECT sha256, ext FROM evidence'));
    expect(stored).toHaveLength(1);
    const dir = evidenceDirOf(app.harness.workspace.options.dbFile);
    expect(fs.readFileSync(storedPathOf(dir, String(stored[0]!.sha256), 'png'))).toEqual(fs.readFileSync(photo));
    await screenshot(page, 'catat-kehadiran');
  });

  it('shows the coverage grown on Beranda and the not-signed list shrunk, exported and read back with openpyxl', async () => {
    const { page } = app;
    const target = STAFF + 1;
    await nav().getByRole('button', { name: 'Beranda' }).click();
    await expect.poll(() => page.getByTestId('home-coverage').innerText()).toContain(`15 dari ${target} pegawai`);
    expect(await page.getByRole('list', { name: 'Yang perlu dikerjakan' }).innerText()).not.toContain('belum dicatat');
    await screenshot(page, 'beranda');

    await nav().getByRole('button', { name: 'Ikrar' }).click();
    await expect.poll(() => page.getByTestId('pledge-coverage').innerText()).toContain(`15 dari ${target} pegawai sudah menandatangani`);
    await expect.poll(() => page.getByTestId('not-signed-count').innerText()).toBe(`${target - 15} orang belum menandatangani`);
    await screenshot(page, 'ikrar');
    await page.getByRole('button', { name: 'Simpan Excel' }).click();
    const file = await savedFile(app, `Belum Menandatangani Ikrar ${localToday()}.xlsx`);
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=8)]
print(json.dumps({'rows': rows, 'types': sorted({ws.cell(row=r, column=4).data_type for r in range(8, ws.max_row + 1) if ws.cell(row=r, column=4).value is not None})}))
`, file], { encoding: 'utf8' })) as { rows: unknown[][]; types: string[] };
    expect(read.rows).toHaveLength(target - 15);
    expect(read.rows.map((r) => r[2])).not.toContain('Lilis Suryani');
    // NIP/NIK as text: every 16 or 18 digits kept
    expect(read.types).toEqual(['s']);
    expect(read.rows.filter((r) => r[3] !== null).every((r) => /^\d{16}$|^\d{18}$/.test(String(r[3])))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
