// The printed daftar hadir for a generated roster of 500 staff (long names with titles, long jabatan), on A4 and
// on F4, read back by poppler: every name exactly once, odd row numbers in the left half of the signature column
// and even ones in the right, the header row and "Halaman x dari y" on every page, no row split across pages,
// the exact paper size. The same sheet as .docx, read back through LibreOffice. Page 1 and the last page are
// rendered to PNG in test/artifacts for a person to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveResult, SessionDetail } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import type { GeneratedPerson } from '../../helpers/generatedRoster';
import { seedRoster } from '../../helpers/generatedRoster';
import { docxToPdf } from '../../helpers/libreoffice';
import { layoutPages, pdfInfo, wordPages } from '../../helpers/poppler';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';
import type { ReadPage, ReadRow } from './sheetReader';
import { readSheet } from './sheetReader';

const ARTIFACTS = path.resolve('test/artifacts');
const STAFF = 500;
const BLANK = 6;
const MM = 72 / 25.4;
const SIZES = { A4: [210 * MM, 297 * MM], F4: [215 * MM, 330 * MM] } as const;

let t: TestWorkspace;
let people: GeneratedPerson[];
let session: SessionDetail;

beforeAll(async () => {
  t = await openTestSession();
  people = seedRoster(t.workspace.db(), STAFF);
  await value(t.dispatch('elections.create', { preset: 'PILKADA_2024' }));
  session = await value<SessionDetail>(t.dispatch('sessions.save', {
    date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula Dinas Pendidikan dan Kebudayaan',
    topic: 'Sosialisasi dan Penandatanganan Ikrar Netralitas ASN pada Pilkada Serentak 2024', speakers: [], signer: null,
    sheetTitle: null, signCity: null, audience: { kind: 'ALL' },
  }));
});
afterAll(() => t?.workspace.close());

async function saved(format: 'pdf' | 'docx', paper: 'A4' | 'F4', extra: Record<string, unknown> = {}): Promise<string> {
  const r = await value<SaveResult>(t.dispatch('documents.save', { document: 'attendance', source: { kind: 'session', sessionId: session.id }, paper, order: 'unit', blankRows: BLANK, format, ...extra }));
  if (!r.saved) throw new Error('not saved');
  return path.join(r.saved.folder, r.saved.name);
}

function look(pdf: string, name: string, pages: number): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const [page, suffix] of [[1, 'hal-1'], [pages, 'hal-akhir']] as const) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(ARTIFACTS, `${name}-${suffix}`)]);
  }
}

const nipText = (nip: string | null) => (nip ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : '-');

/** The checks both formats must pass: who is on the sheet, once each, with their own NIP and jabatan, in
 * numbered rows with the number on the correct side of the signature column. */
function checkRows(read: ReadPage[]): ReadRow[] {
  const rows = read.flatMap((p) => p.rows);
  expect(rows.map((r) => r.no)).toEqual(Array.from({ length: STAFF + BLANK }, (_, i) => i + 1));
  const printed = rows.slice(0, STAFF);
  const byName = new Map(people.map((p) => [p.name, p]));
  const seen = new Map<string, number>();
  for (const r of printed) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(seen.keys())).toEqual(new Set(byName.keys()));
  for (const r of printed) {
    const p = byName.get(r.name)!;
    expect([r.nip, r.position, r.unit], r.name).toEqual([nipText(p.nip), p.position, p.unit]);
  }
  for (const r of rows.slice(STAFF)) expect([r.name, r.nip, r.position, r.unit]).toEqual(['', '', '', '']);
  expect(rows.filter((r) => r.mark !== (r.no % 2 === 1 ? 'left' : 'right')).map((r) => r.no)).toEqual([]);
  return rows;
}

describe.each(['A4', 'F4'] as const)('daftar hadir, 500 staff, %s', (paper) => {
  let file: string;
  let pages: number;
  beforeAll(async () => {
    file = await saved('pdf', paper);
    pages = pdfInfo(file).pages;
    look(file, `daftar-hadir-500-${paper}`, pages);
  });

  it('is exactly the paper size on every page, portrait', () => {
    const info = pdfInfo(file);
    expect(info.sizes).toHaveLength(pages);
    for (const s of info.sizes) {
      expect(Math.abs(s.width - SIZES[paper][0])).toBeLessThan(0.01);
      expect(Math.abs(s.height - SIZES[paper][1])).toBeLessThan(0.01);
    }
  });

  it('has the header row and "Halaman x dari y" with the right y on every page', () => {
    const text = layoutPages(file);
    expect(text).toHaveLength(pages);
    text.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/NO\s+NAMA\s+NIP\s+PANGKAT\/GOL\s+JABATAN\s+UNIT KERJA\s+TANDA TANGAN/);
      expect(page, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages}`);
    });
    expect(text[0]).toMatch(/PEMERINTAH KABUPATEN PAMEKASAN\s+DINAS PENDIDIKAN DAN KEBUDAYAAN/);
    expect(text[0]).toMatch(/DAFTAR HADIR PENANDATANGANAN IKRAR NETRALITAS ASN/);
    expect(text[0]).toMatch(/Hari\/Tanggal\s+:\s+Senin, 23 September 2024/);
    expect(text[0]).toMatch(/Waktu\s+:\s+08\.00 – 12\.00 WIB/);
    expect(text[0]).toMatch(/Tempat\s+:\s+Aula Dinas Pendidikan dan Kebudayaan/);
    expect(text[pages - 1]).toMatch(/Pamekasan, 23 September 2024\s+Kepala Dinas Pendidikan dan Kebudayaan,[\s\S]+Dr\. H\. Akhmad Zaini, S\.Pd\., M\.Pd\.\s+Pembina Utama Muda \(IV\/c\)\s+NIP\. 19680523 199803 1 005/);
  });

  it('prints every name exactly once, with its NIP and jabatan, odd numbers left and even right, no row split', () => {
    const read = readSheet(wordPages(file));
    expect(read.every((p) => p.header)).toBe(true);
    expect(read.flatMap((p) => p.orphans.map((w) => `${p.index}: ${w.text}`))).toEqual([]);
    checkRows(read);
    // a row split over two pages would show as a page whose table begins with text and no number
    expect(read.every((p) => p.rows.length > 0)).toBe(true);
  });
});

describe('daftar hadir as Word, read back by LibreOffice', () => {
  it('has the same rows, the header row on every page, the split signature column, page numbers', async () => {
    const docx = await saved('docx', 'F4');
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // the page itself: 215 × 330 mm in twentieths of a point
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
    const pdf = docxToPdf(docx);
    const pages = pdfInfo(pdf).pages;
    look(pdf, 'daftar-hadir-500-F4-word', pages);
    const text = layoutPages(pdf);
    text.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages}`));
    const read = readSheet(wordPages(pdf));
    expect(read.map((p) => p.header)).toEqual(read.map(() => true));
    expect(read.flatMap((p) => p.orphans.map((w) => `${p.index}: ${w.text}`))).toEqual([]);
    checkRows(read);
  });
});
