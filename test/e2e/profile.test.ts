// Open the app, fill the OPD profile, upload an emblem, reload — the data is still there — and a screenshot of the
// profile screen with the letterhead preview.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emblemPng } from '../helpers/png';
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

const PROFILE = {
  opdName: 'Dinas Pendidikan dan Kebudayaan',
  regency: 'Kabupaten Pamekasan',
  address: 'Jalan Jokotole No. 5, Pamekasan',
  postcode: '69317',
  phone: '(0324) 322110',
  email: 'disdikbud@pamekasankab.go.id',
  website: 'disdikbud.pamekasankab.go.id',
  headName: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.',
  headNip: '19680523 199803 1 005',
  headRank: 'Pembina Utama Muda (IV/c)',
  headPosition: 'Kepala Dinas Pendidikan dan Kebudayaan',
  secretaryName: 'Siti Rahmawati, S.Sos.',
  secretaryNip: '198507142010012003',
};

describe('Profil OPD', () => {
  it('shows only the screens that exist, with an empty-state hint', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('button', { name: 'Profil OPD' }).click();
    await page.getByRole('heading', { name: 'Profil OPD' }).waitFor();
    expect(await nav.getByRole('button').allInnerTexts()).toEqual(['Beranda', 'Pegawai', 'Sosialisasi', 'Ikrar', 'Temuan', 'Rekap', 'Profil OPD', 'Jadwal Pemilihan', 'Katalog Pelanggaran', 'Privasi']);
    await expect.poll(() => page.getByText('Mulailah dengan mengisi nama OPD').isVisible()).toBe(true);
    expect(await page.getByTestId('header-opd').innerText()).toBe('Profil OPD belum diisi');
  });

  it('refuses an invalid NIP at its field, in Indonesian, and saves nothing', async () => {
    const { page } = app;
    await page.locator('input[name=opdName]').fill('Dinas Uji');
    await page.locator('input[name=headNip]').fill('1968052319980310');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('NIP Kepala OPD: NIP "1968052319980310" tidak sah').first().isVisible()).toBe(true);
    const profile = await app.harness.workspace.db().read((q) => q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile'));
    expect(profile?.n).toBe('');
  });

  it('saves the profile and the emblem, and keeps them after a reload', async () => {
    const { page } = app;
    for (const [name, value] of Object.entries(PROFILE)) {
      await page.locator(`[name=${name}]`).fill(value);
    }
    const emblemFile = path.join(makeTempDir(), 'lambang-pamekasan.png');
    fs.writeFileSync(emblemFile, emblemPng());
    await pickFile(page, () => page.getByRole('button', { name: 'Pilih gambar lambang…' }).click(), emblemFile);
    // the emblem follows the fields' save model: shown at once, saved with Simpan
    await page.getByTestId('letterhead-emblem').waitFor();
    expect(await page.getByTestId('emblem-pending').innerText()).toBe('Lambang baru dipilih: simpan untuk memakainya.');
    const before = await app.harness.workspace.db().read((q) => q.get<{ e: number }>('SELECT emblem IS NOT NULL AS e FROM opd_profile'));
    expect(Number(before?.e)).toBe(0);
    // Simpan stays in view at 1366×768 without scrolling, with its shortcut shown
    const bar = await page.getByTestId('profile-actions').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(768);
    expect(await page.getByTestId('profile-actions').innerText()).toContain('Ctrl+S');
    await page.keyboard.press('Control+s');
    await page.getByText('Profil OPD disimpan.').first().waitFor();
    // the form shows what was saved: the NIP typed with spaces comes back as its 18 digits, nothing is left unsaved
    await expect.poll(() => page.locator('[name=headNip]').inputValue()).toBe('196805231998031005');
    expect(await page.getByText('Ada perubahan yang belum disimpan.').count()).toBe(0);
    expect(await page.getByTestId('emblem-pending').count()).toBe(0);
    await expect.poll(() => page.getByTestId('header-opd').innerText()).toBe(PROFILE.opdName);

    await page.reload();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Profil OPD' }).click();
    await page.getByRole('heading', { name: 'Profil OPD' }).waitFor();
    for (const [name, value] of Object.entries(PROFILE)) {
      const expected = name.endsWith('Nip') ? value.replace(/\s/g, '') : value;
      await expect.poll(() => page.locator(`[name=${name}]`).inputValue()).toBe(expected);
    }
    const letterhead = page.getByTestId('letterhead');
    expect(await letterhead.innerText()).toContain('PEMERINTAH KABUPATEN PAMEKASAN');
    // the kop's words match the form's: "Laman", and a separator after the email
    expect(await letterhead.innerText()).toContain('Email: disdikbud@pamekasankab.go.id, Laman: disdikbud.pamekasankab.go.id');
    expect(await letterhead.innerText()).toContain('DINAS PENDIDIKAN DAN KEBUDAYAAN');
    expect(await letterhead.innerText()).toContain('Kode Pos 69317');
    const emblemWidth = await page.getByTestId('letterhead-emblem').evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(emblemWidth).toBe(120);

    const shot = await screenshot(page, 'profil-opd');
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
    expect(app.errors).toEqual([]);
  });

  it('refuses API calls without the run token', async () => {
    const res = await fetch(`${app.harness.origin}/__api/profile.get`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(403);
    const forged = await fetch(`${app.harness.origin}/__api/profile.get`, { method: 'POST', body: '{}', headers: { 'X-Satgas-Token': 'x'.repeat(48) } });
    expect(forged.status).toBe(403);
    const ok = await fetch(`${app.harness.origin}/__api/profile.get`, { method: 'POST', body: '{}', headers: { 'X-Satgas-Token': app.harness.token } });
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    const malformed = await fetch(`${app.harness.origin}/__api/%E0%A4%A`, { method: 'POST', body: '{}', headers: { 'X-Satgas-Token': app.harness.token } });
    expect(malformed.status).toBe(400);
    const unknown = await fetch(`${app.harness.origin}/__api/constructor`, { method: 'POST', body: '{}', headers: { 'X-Satgas-Token': app.harness.token } });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    // still serving after both
    expect((await fetch(`${app.harness.origin}/`)).status).toBe(200);
  });
});
