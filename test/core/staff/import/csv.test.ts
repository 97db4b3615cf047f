import { readFileSync, rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../electron/core/staff/import';
import { makeTempDir } from '../../../helpers/tempDir';
import { decodeText, detectDelimiter } from '../../../../electron/core/spreadsheet/csvRows';
import type { CsvFixtures } from '../../../fixtures/roster/csv';
import { writeCsvFixtures } from '../../../fixtures/roster/csv';
import { draft } from './expected';

const TODAY = new Date('2025-06-01T00:00:00Z');
let fx: CsvFixtures;

const dir = makeTempDir('roster-csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  fx = await writeCsvFixtures(dir);
});

const parseFile = (file: string) => parseRosterFile(readFileSync(file), file, { today: TODAY });

describe('CSV fixtures', () => {
  it('reads Excel\'s semicolon CSV with a BOM and title rows; keeps NIPs as text; refuses an exponent NIP', async () => {
    const roster = await parseFile(fx.semicolonBom);
    expect(roster.sheetName).toBeNull();
    expect(roster.headerRow).toBe(3);
    expect(roster.columns.map((c) => [c.field, c.header, c.column])).toEqual([
      ['name', 'Nama Pegawai', 2], ['ident', 'NIP/NIK', 3], ['rank', 'Pangkat / Gol. Ruang', 4], ['position', 'Jabatan', 5],
      ['unit', 'Sub Bagian', 6], ['gender', 'Jenis Kelamin', 7], ['employment', 'Status', 8],
    ]);
    expect(roster.rows).toEqual([
      draft({ excelRow: 4, name: 'Hj. Siti Rohmah, S.H.', nip: '197003121995032002', rank: 'IV/b', rankName: 'Pembina Tk. I', position: 'Sekretaris Badan', positionType: 'ADMINISTRATOR', unit: 'Sekretariat', gender: 'P', birthDate: '1970-03-12' }),
      draft({ excelRow: 5, name: 'Fathor Rahman', nip: '198603152010011004', rank: 'III/b', rankName: 'Penata Muda Tk. I', position: 'Kasubbag Umum', positionType: 'PENGAWAS', unit: 'Sub Bagian Umum', gender: 'L', birthDate: '1986-03-15' }),
      draft({ excelRow: 7, name: 'Yuli Astuti', nik: '3528015207950001', employment: 'NON_ASN', position: 'Pramu Kantor', unit: 'Sub Bagian Umum', gender: 'P', birthDate: '1995-07-12' }),
      draft({ excelRow: 8, name: 'Imam Syafii', nip: '199109092023211003', employment: 'PPPK_PARUH_WAKTU', rank: 'VII', position: 'Penata Layanan Operasional', unit: 'Sub Bagian Umum', gender: 'L', birthDate: '1991-09-09' }),
    ]);
    expect(roster.refused).toEqual([expect.objectContaining({ row: 6, code: 'nip-precision-lost', raw: expect.objectContaining({ 'NIP/NIK': '1.96805231998031E+17' }) })]);
  });

  it('decodes a Windows-1252 file (é, ö, ë in names)', async () => {
    const roster = await parseFile(fx.windows1252);
    expect(roster.rows.map((r) => r.name)).toEqual(['René Siregar', 'Björn Tampubolon', 'Zoë Manurung']);
    expect(roster.rows[2]).toEqual(draft({ excelRow: 4, name: 'Zoë Manurung', employment: 'NON_ASN', position: 'Tenaga Administrasi', unit: 'Bagian Umum', gender: 'P' }));
  });

  it('reads Excel\'s "Unicode Text" (UTF-16, tab-separated)', async () => {
    const roster = await parseFile(fx.utf16);
    expect(roster.rows.map((r) => [r.excelRow, r.name, r.nip, r.positionType])).toEqual([
      [2, 'Ahmad Dahlan', '197201011998031004', 'PENGAWAS'],
      [3, 'Sinta Nuriyah', null, 'PELAKSANA'],
    ]);
  });
});

describe('CSV decoding and delimiter', () => {
  it('takes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(decodeText(Buffer.from('Zoë', 'utf8'))).toBe('Zoë');
    expect(decodeText(iconv.encode('Zoë', 'win1252'))).toBe('Zoë');
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('finds the delimiter that splits the lines consistently, quotes respected', () => {
    expect(detectDelimiter('Nama;NIP;Gol\n"A, B";1;"III/b"\nC;2;III/c')).toBe(';');
    expect(detectDelimiter('Nama,NIP,Gol\n"A; B",1,III/b\nC,2,III/c')).toBe(',');
    expect(detectDelimiter('Judul;;\n\nNama;NIP;Gol\n"Penata, III/c";1;2')).toBe(';');
    expect(detectDelimiter('Nama\tNIP\nA\t1')).toBe('\t');
  });

  it('counts a line break inside quotes into the row number of the following rows', async () => {
    const csv = 'Nama,Jabatan,NIP\n"Ahmad Fauzi","Pengelola\nData",19680523 199803 1 005\nSiti Aminah,Guru Ahli Pertama,\n';
    const roster = await parseRosterFile(Buffer.from(csv), 'x.csv', { today: TODAY });
    expect(roster.rows.map((r) => [r.excelRow, r.name, r.position])).toEqual([[2, 'Ahmad Fauzi', 'Pengelola Data'], [4, 'Siti Aminah', 'Guru Ahli Pertama']]);
  });

  it('refuses an unreadable CSV as damaged and a text without header as such', async () => {
    await expect(parseRosterFile(Buffer.from('Nama,NIP\n"Ahmad,1\n'), 'x.csv')).rejects.toMatchObject({ code: 'roster-damaged' });
    await expect(parseRosterFile(Buffer.from('Surat undangan rapat\nHari: Senin\n'), 'x.csv')).rejects.toMatchObject({ code: 'roster-no-header' });
    await expect(parseRosterFile(Buffer.from('Nama,NIP\n'), 'x.csv')).rejects.toMatchObject({ code: 'roster-no-rows' });
  });
});
