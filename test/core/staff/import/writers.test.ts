// Every fixture roster, written by exceljs, by openpyxl and by LibreOffice, read by the fast path and by
// exceljs's full reader: the same drafts and refusals each time.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../electron/core/staff/import';
import { makeTempDir } from '../../../helpers/tempDir';
import type { ParsedRoster, ParseOptions } from '../../../../electron/core/staff/import';
import { fastSheets } from '../../../../electron/core/spreadsheet/xlsxFast';
import { GuardedZip } from '../../../../electron/core/spreadsheet/zipGuard';
import type { RosterFixtures, Writer } from '../../../fixtures/roster/makeRosterFixtures';
import { writeRosterFixtures } from '../../../fixtures/roster/makeRosterFixtures';
import { NOMINATIF_COLUMNS, NOMINATIF_REFUSED, NOMINATIF_ROWS, NON_ASN_ROWS, SIASN_ROWS } from './expected';

const TODAY = new Date('2025-06-01T00:00:00Z');
const WRITERS: Writer[] = ['exceljs', 'openpyxl', 'libreoffice'];
const READERS: NonNullable<ParseOptions['xlsxReader']>[] = ['fast', 'exceljs'];
const CASES = WRITERS.flatMap((writer) => READERS.map((reader) => ({ writer, reader })));

let fx: RosterFixtures;

const dir = makeTempDir('roster-fixtures');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  fx = await writeRosterFixtures(dir);
});

function parse(file: string, reader: ParseOptions['xlsxReader'] = 'fast'): Promise<ParsedRoster> {
  return parseRosterFile(readFileSync(file), file, { today: TODAY, xlsxReader: reader });
}

async function refusalOf(file: string, reader: ParseOptions['xlsxReader'] = 'fast'): Promise<string> {
  try {
    await parse(file, reader);
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'accepted';
}

describe.each(CASES)('nominatif written by $writer, read by $reader', ({ writer, reader }) => {
  it('finds the two-level header under the title rows', async () => {
    const roster = await parse(fx.xlsx.nominatif[writer], reader);
    expect(roster.sheetName).toBe('Nominatif');
    expect(roster.headerRow).toBe(5);
    expect(roster.columns).toEqual(NOMINATIF_COLUMNS);
  });

  it('reads every person, skips the column numbers, sections, JUMLAH and the signature block', async () => {
    const roster = await parse(fx.xlsx.nominatif[writer], reader);
    expect(roster.rows).toEqual(NOMINATIF_ROWS);
  });

  it('refuses the rows that must be fixed, each with what to do', async () => {
    const roster = await parse(fx.xlsx.nominatif[writer], reader);
    expect(roster.refused.map(({ row, code }) => ({ row, code }))).toEqual(NOMINATIF_REFUSED);
    const byRow = new Map(roster.refused.map((r) => [r.row, r]));
    expect(byRow.get(11)?.message).toContain('Ubah format sel NIP menjadi Teks');
    expect(byRow.get(17)?.message).toBe('NIP 196805231998031005 sudah tercantum di baris 9 (Drs. Eko Permana, S.IP., M.Si.). Hapus salah satu baris atau perbaiki NIP-nya.');
    expect(byRow.get(20)?.message).toContain('sudah tercantum di baris 13 (Dewi Anggraini)');
    expect(byRow.get(21)?.message).toBe('NIP "19680231 199803 1 005" tidak sah: tanggal lahir di dalamnya (19680231) tidak ada di kalender. NIP terdiri dari 18 angka (boleh ditulis dengan spasi); perbaiki atau kosongkan.');
    expect(byRow.get(22)?.message).toContain('angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis 3');
    expect(byRow.get(23)?.message).toBe('Nama pegawai kosong. Isi kolom "Nama" pada baris ini, lalu impor lagi.');
    expect(byRow.get(24)?.message).toContain('"Golongan Z" tidak dikenali');
    expect(byRow.get(25)?.message).toBe('NIP 199001012022212005 berbentuk NI PPPK, tetapi status kepegawaian tertulis "PNS". Perbaiki status kepegawaian atau NIP-nya.');
  });

  it('keeps the original cells of a refused row under their headers', async () => {
    const roster = await parse(fx.xlsx.nominatif[writer], reader);
    expect(roster.refused.find((r) => r.row === 24)?.raw).toEqual({
      NO: '15', Nama: 'Andi Wijaya', NIP: '19850505 201001 1 011', 'Gol. Ruang': 'Golongan Z', TMT: '2020-04-01',
      JABATAN: 'Pengelola Data', 'UNIT KERJA': '', 'JENIS KELAMIN L': '√', 'JENIS KELAMIN P': '', 'STATUS KEPEGAWAIAN': 'PNS', 'KET.': '',
    });
    expect(roster.refused.find((r) => r.row === 11)?.raw.NIP).toBe('196805231998031000');
  });
});

describe.each(CASES)('SIASN export written by $writer, read by $reader', ({ writer, reader }) => {
  it('joins GELAR DEPAN + NAMA + GELAR BELAKANG, ignores NIP LAMA and the ID columns', async () => {
    const roster = await parse(fx.xlsx.siasn[writer], reader);
    expect(roster.headerRow).toBe(1);
    expect(roster.rows).toEqual(SIASN_ROWS);
    expect(roster.refused).toEqual([]);
    expect(roster.columns.map((c) => c.field)).toEqual(['nip', 'name', 'titleFront', 'titleBack', 'birthPlace', 'birthDate', 'gender', 'rank', 'position', 'unit']);
  });
});

describe.each(CASES)('non-ASN list written by $writer, read by $reader', ({ writer, reader }) => {
  it('reads birth dates from date cells, text and serial numbers; refuses a NIK stored as a number', async () => {
    const roster = await parse(fx.xlsx.nonAsn[writer], reader);
    expect(roster.rows).toEqual(NON_ASN_ROWS);
    expect(roster.refused.map(({ row, code }) => ({ row, code }))).toEqual([{ row: 8, code: 'nik-precision-lost' }]);
  });
});

describe.each(WRITERS)('the fast path on a workbook written by %s', (writer) => {
  it('reads date cells as UTC dates (styles read through exceljs) and a lost-precision NIP as the number it holds', async () => {
    const nonAsn = readFileSync(fx.xlsx.nonAsn[writer]);
    const nominatif = readFileSync(fx.xlsx.nominatif[writer]);
    const first = async (bytes: Buffer, row: number) => {
      const [sheet] = (await fastSheets(new GuardedZip(bytes))) ?? [];
      for await (const batch of sheet?.rows ?? []) return batch.find((r) => r.number === row)?.cells;
      return undefined;
    };
    expect((await first(nonAsn, 3))?.[4]).toEqual(new Date(Date.UTC(1990, 8, 13)));
    expect((await first(nominatif, 11))?.[2]).toBe(196805231998031000);
  });
});

describe.each(CASES)('workbook with several sheets written by $writer, read by $reader', ({ writer, reader }) => {
  it('skips a cover sheet without a table and a hidden sheet', async () => {
    const roster = await parse(fx.xlsx.multiSheet[writer], reader);
    expect(roster.sheetName).toBe('Pegawai');
    expect(roster.rows).toEqual([expect.objectContaining({ excelRow: 2, name: 'Lukman Hakim', nip: '197909092005011003', positionType: 'CAMAT_LURAH' })]);
  });

  it('refuses a workbook without a recognizable header, and an empty one', async () => {
    expect(await refusalOf(fx.xlsx.noHeader[writer], reader)).toBe('roster-no-header');
    expect(await refusalOf(fx.xlsx.empty[writer], reader)).toBe('roster-empty');
  });
});

describe('whole files refused', () => {
  it.each([
    ['pdf', 'roster-not-spreadsheet'], ['docx', 'roster-not-spreadsheet'], ['ods', 'roster-ods'], ['html', 'roster-html'],
    ['oleHeader', 'roster-xls-old'], ['empty', 'roster-empty'], ['truncated', 'roster-damaged'], ['corrupted', 'roster-damaged'],
  ] as const)('%s → %s', async (name, code) => {
    expect(await refusalOf(fx.bad[name])).toBe(code);
    expect(await refusalOf(fx.bad[name], 'exceljs')).toBe(code);
  });

  it('refuses an old .xls saved by LibreOffice, saying to save it as .xlsx', async () => {
    const error = await parse(fx.realXls).catch((e: unknown) => e as Error & { code: string });
    expect(error).toMatchObject({ name: 'UserError', code: 'roster-xls-old' });
    expect((error as Error).message).toContain('simpan sebagai .xlsx');
  });
});
