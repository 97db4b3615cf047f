// The daftar hadir's options and edge cases, read back by poppler: the order of names, one section per unit,
// blank rows, a person who left, the closing block never alone on a page; the pledge pages; the preview; the
// paper remembered per PC; pdfmake reading no file outside the font folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewResult, SaveResult, SessionDetail, Staff, Unit } from '../../../electron/core/contract';
import { allowedLocalFile, renderPdf } from '../../../electron/core/documents/pdf';
import { fontFolder } from '../../../electron/core/documents/fonts';
import { value } from '../../helpers/importFlow';
import type { GeneratedPerson } from '../../helpers/generatedRoster';
import { seedRoster } from '../../helpers/generatedRoster';
import { layoutPages, pdfInfo, wordPages } from '../../helpers/poppler';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';
import { readSheet } from './sheetReader';

let t: TestWorkspace;
let people: GeneratedPerson[];

beforeAll(async () => {
  t = await openTestSession();
  people = seedRoster(t.workspace.db(), 60);
});
afterAll(() => t?.workspace.close());

const BASE = {
  date: '2024-10-07', startTime: '13:30', endTime: null, timeZone: 'WITA', place: 'Ruang Rapat', topic: 'Sosialisasi Netralitas ASN',
  speakers: [], signer: null, sheetTitle: null, signCity: null,
} as const;

async function sessionFor(audience: unknown, extra: Record<string, unknown> = {}): Promise<SessionDetail> {
  return value<SessionDetail>(t.dispatch('sessions.save', { ...BASE, audience, ...extra }));
}

async function pdfOf(sessionId: number, options: Record<string, unknown> = {}, document = 'attendance'): Promise<string> {
  const r = await value<SaveResult>(t.dispatch('documents.save', { document, source: { kind: 'session', sessionId }, paper: 'A4', format: 'pdf', ...options }));
  return path.join(r.saved!.folder, r.saved!.name);
}

const rowsOf = (file: string) => readSheet(wordPages(file)).flatMap((p) => p.rows);

describe('daftar hadir options', () => {
  it('orders by name with the front titles ignored', async () => {
    const { dispatch } = t;
    const unit = await value<Unit>(dispatch('staff.unitCreate', { name: 'Seksi Uji Urutan' }));
    const names = ['Dr. H. Zainal Arifin, M.Pd.', 'Ahmad Fauzi', 'Drs. Budi Hartono', 'Hj. Citra Dewi, S.E.', 'Prof. Dr. Ir. H. Dedi Mulyadi', 'dr. Eka Putri'];
    const ids: number[] = [];
    for (const name of names) {
      ids.push((await value<Staff>(dispatch('staff.save', { name, identifier: '', employment: 'NON_ASN', rank: '', position: 'Staf', positionType: null, unitId: unit.id, gender: null, birthDate: null, birthPlace: '' }))).id);
    }
    const s = await sessionFor({ kind: 'STAFF', staffIds: ids });
    const rows = rowsOf(await pdfOf(s.id, { order: 'name' }));
    expect(rows.map((r) => r.name)).toEqual(['Ahmad Fauzi', 'Drs. Budi Hartono', 'Hj. Citra Dewi, S.E.', 'Prof. Dr. Ir. H. Dedi Mulyadi', 'dr. Eka Putri', 'Dr. H. Zainal Arifin, M.Pd.']);
  });

  it('orders by unit, then rank from the highest, then name', async () => {
    const { dispatch } = t;
    const [a, b] = [await value<Unit>(dispatch('staff.unitCreate', { name: 'Bagian A Uji' })), await value<Unit>(dispatch('staff.unitCreate', { name: 'Bagian B Uji' }))];
    const add = async (name: string, unitId: number, employment: string, rank: string, identifier: string) =>
      (await value<Staff>(dispatch('staff.save', { name, identifier, employment, rank, position: 'Staf', positionType: null, unitId, gender: null, birthDate: null, birthPlace: '' }))).id;
    const ids = [
      await add('Zaki (B, III/a)', b.id, 'PNS', 'III/a', '199001012015031001'),
      await add('Yani (A, non-ASN)', a.id, 'NON_ASN', '', ''),
      await add('Xena (A, PPPK IX)', a.id, 'PPPK', 'IX', '199202022022212002'),
      await add('Wati (A, III/a)', a.id, 'PNS', 'III/a', '199103032016032003'),
      await add('Vino (A, IV/a)', a.id, 'PNS', 'IV/a', '197004041995031004'),
      await add('Umar (A, III/a)', a.id, 'PNS', 'III/a', '199105052016031005'),
    ];
    const s = await sessionFor({ kind: 'STAFF', staffIds: ids });
    const rows = rowsOf(await pdfOf(s.id, { order: 'unit' }));
    expect(rows.map((r) => r.name)).toEqual(['Vino (A, IV/a)', 'Umar (A, III/a)', 'Wati (A, III/a)', 'Xena (A, PPPK IX)', 'Yani (A, non-ASN)', 'Zaki (B, III/a)']);
  });

  it('prints one section per unit, each on its own page with its heading, numbered on, with blank rows at the end', async () => {
    const s = await sessionFor({ kind: 'ALL' });
    const file = await pdfOf(s.id, { order: 'unit', sectionsPerUnit: true, blankRows: 4 });
    const text = layoutPages(file);
    const headings = ['BAGIAN A UJI', 'BAGIAN B UJI', 'BIDANG KEBUDAYAAN', 'SEKRETARIAT', 'SEKSI UJI URUTAN', 'UPT PUSAT KEGIATAN BELAJAR MASYARAKAT KECAMATAN PADEMAWU'];
    // each heading first appears at the top of a page, before that page's header row; units in name order
    const firstPage = headings.map((h) => text.findIndex((p) => p.includes(h)));
    expect(firstPage.every((p) => p >= 0)).toBe(true);
    expect([...firstPage].sort((x, y) => x - y)).toEqual(firstPage);
    expect(new Set(firstPage).size).toBe(headings.length);
    for (const [i, h] of headings.entries()) expect(text[firstPage[i]!]!.indexOf(h)).toBeLessThan(text[firstPage[i]!]!.indexOf('TANDA TANGAN'));
    const rows = rowsOf(file);
    const printed = rows.filter((r) => r.name !== '');
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length - printed.length).toBe(4);
    expect(rows.slice(-4).every((r) => r.name === '' && r.mark === (r.no % 2 ? 'left' : 'right'))).toBe(true);
    // a person's row is in their unit's section: units never interleave
    const unitOrder = printed.map((r) => r.unit).filter((u, i, all) => i === 0 || all[i - 1] !== u);
    expect(new Set(unitOrder).size).toBe(unitOrder.length);
  });

  it('leaves out a chosen person who has left since', async () => {
    const chosen = people.slice(0, 5);
    const s = await sessionFor({ kind: 'STAFF', staffIds: chosen.map((p) => p.id) });
    await value(t.dispatch('staff.markLeft', { id: chosen[2]!.id, reason: 'MUTASI', date: '2024-09-30' }));
    const names = rowsOf(await pdfOf(s.id)).map((r) => r.name);
    expect(names.sort()).toEqual(chosen.filter((_, i) => i !== 2).map((p) => p.name).sort());
    await value(t.dispatch('staff.reactivate', { id: chosen[2]!.id }));
  });

  it('never leaves the closing block alone on a page without rows', async () => {
    const text = async (n: number) => layoutPages(await pdfOf((await sessionFor({ kind: 'STAFF', staffIds: people.slice(0, n).map((p) => p.id) })).id));
    let moved = 0;
    for (let n = 4; n <= 40; n += 1) {
      const pages = await text(n);
      pages.forEach((p, i) => expect(p, `${n} rows, page ${i + 1}`).toMatch(/NO\s+NAMA\s+NIP/));
      expect(pages[pages.length - 1]).toContain('NIP. 19680523 199803 1 005');
      // the closing and exactly two rows on the last page: the case where they were moved down together
      if (pages.length > 1 && (pages[pages.length - 1]!.match(/^\s*\d+\s{2,}\S/gm) ?? []).length === 2) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('fills in the details of the session and a chosen signer, and blanks to fill in by hand without one', async () => {
    const s = await sessionFor({ kind: 'STAFF', staffIds: [people[0]!.id] }, { signer: { name: 'Siti Rahmawati, S.Sos.', nip: '198507142010012003', rank: 'Penata Tk. I (III/d)', position: 'Sekretaris Dinas' }, signCity: 'Sumenep', sheetTitle: 'DAFTAR HADIR SOSIALISASI NETRALITAS ASN BIDANG KEBUDAYAAN' });
    const [page] = layoutPages(await pdfOf(s.id));
    expect(page).toMatch(/DAFTAR HADIR SOSIALISASI NETRALITAS ASN BIDANG KEBUDAYAAN/);
    expect(page).toMatch(/Hari\/Tanggal\s+:\s+Senin, 7 Oktober 2024/);
    expect(page).toMatch(/Waktu\s+:\s+13\.30 WITA – selesai/);
    expect(page).toMatch(/Sumenep, 7 Oktober 2024\s+Sekretaris Dinas,[\s\S]+Siti Rahmawati, S\.Sos\.\s+Penata Tk\. I \(III\/d\)\s+NIP\. 19850714 201001 2 003/);

    const r = await value<SaveResult>(t.dispatch('documents.save', { document: 'attendance', source: { kind: 'allStaff' }, paper: 'F4', format: 'pdf' }));
    const [first] = layoutPages(path.join(r.saved!.folder, r.saved!.name));
    expect(first).toMatch(/Hari\/Tanggal\s+:\s+…+\s+Waktu\s+:\s+…+/);
    expect(first).toMatch(/DAFTAR HADIR PENANDATANGANAN IKRAR NETRALITAS ASN/);
  });

  it('refuses a sheet with nobody on it, unless it has blank rows', async () => {
    const unit = await value<Unit>(t.dispatch('staff.unitCreate', { name: 'Unit Kosong' }));
    const request = { document: 'attendance', source: { kind: 'units', unitIds: [unit.id] }, paper: 'A4', format: 'pdf' };
    expect(await t.dispatch('documents.save', request)).toMatchObject({ ok: false, error: { code: 'document-no-rows' } });
    expect(await t.dispatch('documents.save', { ...request, blankRows: 10 })).toMatchObject({ ok: true });
  });
});

describe('pledge pages', () => {
  it('prints the pledge text and the head of the OPD\'s ikrar page, one page each, with the kop', async () => {
    await value(t.dispatch('elections.create', { preset: 'PILKADA_2024' }));
    const s = await sessionFor({ kind: 'ALL' }, { date: '2024-09-23' });
    const pledge = await pdfOf(s.id, {}, 'pledge');
    const ikrar = await pdfOf(s.id, { paper: 'F4' }, 'ikrar');
    expect(pdfInfo(pledge).pages).toBe(1);
    expect(pdfInfo(ikrar).pages).toBe(1);
    const [text] = layoutPages(pledge);
    expect(text).toMatch(/PEMERINTAH KABUPATEN PAMEKASAN\s+DINAS PENDIDIKAN DAN KEBUDAYAAN/);
    expect(text).toMatch(/IKRAR NETRALITAS APARATUR SIPIL NEGARA/);
    const flat = text!.replace(/\s+/g, ' ');
    expect(flat).toContain('sebelum, selama, dan sesudah pelaksanaan Pilkada Serentak 2024');
    for (const point of ['1. Menjaga dan menegakkan', '2. Menghindari konflik kepentingan', '3. Menggunakan media sosial secara bijak', '4. Menolak politik uang']) expect(flat).toContain(point);
    const [head] = layoutPages(ikrar);
    const headFlat = head!.replace(/\s+/g, ' ');
    expect(headFlat).toContain('Saya yang bertanda tangan di bawah ini:');
    expect(headFlat).toMatch(/Nama : Dr\. H\. Akhmad Zaini, S\.Pd\., M\.Pd\. NIP : 19680523 199803 1 005 Pangkat\/Gol\. : Pembina Utama Muda \(IV\/c\) Jabatan : Kepala Dinas Pendidikan dan Kebudayaan/);
    expect(headFlat).toContain('Pamekasan, 23 September 2024 Yang berikrar,');
    expect(pdfInfo(ikrar).sizes[0]!.height).toBeCloseTo((330 * 72) / 25.4, 1);
  });
});

describe('preview and paper', () => {
  it('makes the real PDF into the preview folder, opens it through the platform, and remembers the paper', async () => {
    const s = await sessionFor({ kind: 'ALL' });
    await value(t.dispatch('documents.save', { document: 'pledge', source: { kind: 'session', sessionId: s.id }, paper: 'A4', format: 'pdf' }));
    expect(await t.dispatch('documents.preferences', {})).toEqual({ ok: true, value: { paper: 'A4' } });
    const savedBefore = fs.readdirSync(t.platform.downloadsDir);
    const preview = await value<PreviewResult>(t.dispatch('documents.preview', { document: 'attendance', source: { kind: 'session', sessionId: s.id }, paper: 'F4' }));
    expect(preview).toMatchObject({ name: 'Daftar Hadir 2024-10-07.pdf' });
    const file = t.ctx.files.get(preview.ref).path;
    expect(path.dirname(file)).toBe(path.join(t.platform.userDataDir(), 'pratinjau'));
    expect(path.basename(file)).toBe('Pratinjau - Daftar Hadir 2024-10-07.pdf');
    expect(pdfInfo(file)).toMatchObject({ pages: preview.pages });
    expect(await t.dispatch('files.open', { ref: preview.ref })).toEqual({ ok: true, value: { opened: true } });
    expect(await t.dispatch('documents.preferences', {})).toEqual({ ok: true, value: { paper: 'F4' } });
    // nothing was saved anywhere the user did not choose
    expect(fs.readdirSync(t.platform.downloadsDir)).toEqual(savedBefore);
  });
});

describe('pdfmake reads only the font folder', () => {
  it('allows files inside the font folder only, on POSIX and Windows paths', () => {
    expect(allowedLocalFile(path.join(fontFolder(), 'arimo-latin-400-normal.woff'))).toBe(true);
    expect(allowedLocalFile('/etc/passwd')).toBe(false);
    expect(allowedLocalFile(path.join(fontFolder(), '..', '..', 'package.json'))).toBe(false);
    expect(allowedLocalFile(fontFolder())).toBe(false);
    const win = 'C:\\Program Files\\Satgas Netralitas\\resources\\app.asar\\node_modules\\@fontsource\\arimo\\files';
    expect(allowedLocalFile(`${win}\\arimo-latin-700-normal.woff`, win, path.win32)).toBe(true);
    expect(allowedLocalFile('C:\\Users\\Sekretaris\\Documents\\rahasia.png', win, path.win32)).toBe(false);
    expect(allowedLocalFile('D:\\arimo\\files\\x.woff', win, path.win32)).toBe(false);
  });

  it('refuses an image read from elsewhere on disk', async () => {
    const elsewhere = path.join(t.dir, 'lambang.png');
    fs.writeFileSync(elsewhere, Buffer.from('not really'));
    await expect(renderPdf({ content: [{ image: elsewhere }] })).rejects.toThrow(/denied/);
  });

  it('makes the same bytes twice from the same description and date', async () => {
    const def = () => ({ content: [{ text: 'Daftar hadir' }] });
    const at = new Date('2024-09-23T01:00:00Z');
    expect((await renderPdf(def(), { createdAt: at })).equals(await renderPdf(def(), { createdAt: at }))).toBe(true);
  });
});
