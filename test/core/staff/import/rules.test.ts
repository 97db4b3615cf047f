// Row-level rules, fed through small CSV texts (strings only) and in-memory workbooks (number cells).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../electron/core/staff/import';

const TODAY = new Date('2025-06-01T00:00:00Z');
const csv = (lines: string[]) => parseRosterFile(Buffer.from(lines.join('\n')), 'daftar.csv', { today: TODAY });

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('non-person rows', () => {
  it('uses section rows as the unit of the rows under them when their own unit is empty', async () => {
    const roster = await csv([
      'No;Nama;NIP;Unit Kerja', 'A. SEKRETARIAT;;;', '1;Ahmad;;', '2;Budi;;Sub Bagian Umum', 'B. BIDANG PAUD;;;', '3;Citra;;',
    ]);
    expect(roster.rows.map((r) => [r.name, r.unit])).toEqual([['Ahmad', 'SEKRETARIAT'], ['Budi', 'Sub Bagian Umum'], ['Citra', 'BIDANG PAUD']]);
  });

  it('recognizes a section row in the name column by its words, not a name that starts with an initial', async () => {
    const roster = await csv(['Nama,NIP', 'BIDANG PEMBINAAN SMP,', 'A. Rahman,', 'M. Yusuf,']);
    expect(roster.rows.map((r) => [r.name, r.unit])).toEqual([['A. Rahman', 'BIDANG PEMBINAAN SMP'], ['M. Yusuf', 'BIDANG PEMBINAAN SMP']]);
  });

  it('skips blank rows, numbered empty template rows, JUMLAH and vacancies', async () => {
    const roster = await csv(['No;Nama;Jabatan', '1;Ahmad;Staf', ';;', '2;Lowong;Kepala Seksi', '3;;', '4;-;', 'Jumlah;2 orang;']);
    expect(roster.rows.map((r) => r.name)).toEqual(['Ahmad']);
    expect(roster.refused).toEqual([]);
  });

  it('skips copies of the header (a list pasted page by page) but not a jabatan that starts with "Total"', async () => {
    const roster = await csv(['No;Nama;NIP;Jabatan', '1;Ahmad;;Staf', 'No;Nama;NIP;Jabatan', '1;2;3;4', '2;Budi;;Total Quality Officer']);
    expect(roster.rows.map((r) => [r.excelRow, r.name])).toEqual([[2, 'Ahmad'], [5, 'Budi']]);
    expect(roster.refused).toEqual([]);
  });

  it('drops a signature block without a date line: the "NIP." line ends the table', async () => {
    const roster = await csv(['Nama;NIP;Jabatan', 'Ahmad;19680523 199803 1 005;Staf', ';;', 'KEPALA DINAS;;', ';;', 'Drs. H. AHMAD FAUZI, M.Si.;;', 'Pembina Utama Muda;;', 'NIP. 19700312 199503 1 002;;']);
    expect(roster.rows.map((r) => r.name)).toEqual(['Ahmad']);
  });

  it('stops at a place-and-date line, "Mengetahui" or "a.n."', async () => {
    for (const marker of ['Pamekasan, 30 September 2024', 'Pamekasan, 30-09-2024', 'Mengetahui,', 'a.n. Kepala Dinas', 'Keterangan:']) {
      const roster = await csv(['Nama;Jabatan', 'Ahmad;Staf', ';', `${marker};`, 'Budi Santoso;']);
      expect(roster.rows.map((r) => r.name)).toEqual(['Ahmad']);
    }
  });

  it('keeps single-text rows after a blank row when no signature follows (staff with a name only)', async () => {
    const roster = await csv(['Nama;Jabatan', 'Ahmad;Staf', ';', 'Budi Santoso;', 'Citra Lestari;']);
    expect(roster.rows.map((r) => r.name)).toEqual(['Ahmad', 'Budi Santoso', 'Citra Lestari']);
  });

  it('skips a row with only one descriptive cell, refuses one that describes a person without a name', async () => {
    const roster = await csv(['No;Nama;Jabatan;Pangkat', '1;;Kepala Seksi;', '2;;Kepala Seksi;III/c']);
    expect(roster.rows).toEqual([]);
    expect(roster.refused.map((r) => [r.row, r.code])).toEqual([[3, 'missing-name']]);
  });
});

describe('columns and values', () => {
  it('reads other header spellings', async () => {
    const roster = await csv([
      'Nama Lengkap;NIP BARU;NIP LAMA;Pangkat/Golongan;Nama Jabatan;UNOR NAMA;L/P;Status Kepegawaian;NIK',
      'Ahmad;19680523 199803 1 005;131234567;Penata (III/c);Staf;Bagian Umum;Laki-laki;PNS;3528012305680001',
    ]);
    expect(roster.columns.map((c) => c.field)).toEqual(['name', 'nip', 'rank', 'position', 'unit', 'gender', 'employment', 'nik']);
    expect(roster.rows[0]).toMatchObject({ nip: '196805231998031005', nik: '3528012305680001', rank: 'III/c', unit: 'Bagian Umum' });
  });

  it('splits a NAMA / NIP cell holding both', async () => {
    const roster = await csv(['No;NAMA / NIP;Jabatan', '1;"Drs. Eko Permana, M.Si.\nNIP. 19680523 199803 1 005";Sekretaris', '2;Siti Aminah 19850712 201001 2 003;Staf']);
    expect(roster.rows.map((r) => [r.name, r.nip])).toEqual([['Drs. Eko Permana, M.Si.', '196805231998031005'], ['Siti Aminah', '198507122010012003']]);
  });

  it('reads TEMPAT, TANGGAL LAHIR from one column', async () => {
    const roster = await csv(['Nama;Tempat, Tanggal Lahir', 'Ahmad;"Pamekasan, 13-09-1980"', 'Budi;Sumenep / 2 Januari 1979', 'Citra;Sampang 05/06/1990']);
    expect(roster.rows.map((r) => [r.birthPlace, r.birthDate])).toEqual([['Pamekasan', '1980-09-13'], ['Sumenep', '1979-01-02'], ['Sampang', '1990-06-05']]);
  });

  it('takes gender and birth date from the NIP or NIK when no column gives them; a gender column wins', async () => {
    const roster = await csv(['Nama;NIP;L/P', 'Ahmad;19680523 199803 1 005;', 'Siti;3528015506900002;', 'Rina;19680523 199803 1 006;P']);
    expect(roster.rows.map((r) => [r.gender, r.birthDate])).toEqual([['L', '1968-05-23'], ['P', '1990-06-15'], ['P', '1968-05-23']]);
  });

  it('refuses an old 9-digit NIP in the NIP column, saying to write the new one', async () => {
    const roster = await csv(['Nama;NIP', 'Ahmad;131234567']);
    expect(roster.refused).toEqual([expect.objectContaining({ row: 2, code: 'invalid-nip', message: expect.stringContaining('ini NIP lama 9 angka; tulis NIP baru 18 angka') })]);
  });

  it('infers the employment when the column holds an unknown word; KEPALA_DESA may carry a NIP', async () => {
    const roster = await csv(['Nama;NIP;Status;Jabatan', 'Ahmad;19680523 199803 1 005;Aktif;Staf', 'Budi;19900101 202221 1 001;;Guru', 'Citra;19700101 199503 1 002;Kepala Desa;Pj. Kepala Desa Bunder']);
    expect(roster.rows.map((r) => [r.employment, r.positionType])).toEqual([['PNS', 'PELAKSANA'], ['PPPK', 'FUNGSIONAL'], ['KEPALA_DESA', 'KEPALA_DESA']]);
  });

  it('refuses a NIP for someone stated as non-ASN, and a NIP PNS for a PPPK', async () => {
    const roster = await csv(['Nama;NIP;Status', 'Ahmad;19680523 199803 1 005;Honorer', 'Budi;19680523 199803 1 006;PPPK', 'Citra;3528015506900002;PNS']);
    expect(roster.refused.map((r) => [r.row, r.code])).toEqual([[2, 'employment-mismatch'], [3, 'employment-mismatch']]);
    expect(roster.rows.map((r) => [r.name, r.employment])).toEqual([['Citra', 'PNS']]);
  });

  it('lets the first accepted row win a duplicate, however the NIP is written', async () => {
    const roster = await csv(['Nama;NIP;Gol', 'Ahmad;19680523 199803 1 005;Golongan Z', 'Ahmad Fauzi;196805231998031005;III/b', "Ahmad F.;'19680523-199803-1-005;III/b"]);
    expect(roster.rows.map((r) => [r.excelRow, r.name])).toEqual([[3, 'Ahmad Fauzi']]);
    expect(roster.refused.map((r) => [r.row, r.code])).toEqual([[2, 'invalid-rank'], [4, 'duplicate-nip']]);
    expect(roster.refused[1]?.message).toContain('baris 3 (Ahmad Fauzi)');
  });
});

describe('number cells', () => {
  it('refuses an 18-digit NIP and a 16-digit NIK stored as numbers; accepts the same as text', async () => {
    const bytes = await xlsx([
      ['Nama', 'NIP', 'NIK'],
      ['Ahmad', 196805231998031000, null],
      ['Budi', null, 3528015506900000],
      ['Citra', '196805231998031005', '3528015506900002'],
      ['Dedi', 3528012305680001, null],
    ]);
    const roster = await parseRosterFile(bytes, 'angka.xlsx', { today: TODAY });
    expect(roster.refused.map((r) => [r.row, r.code])).toEqual([[2, 'nip-precision-lost'], [3, 'nik-precision-lost'], [5, 'nik-precision-lost']]);
    expect(roster.rows.map((r) => [r.name, r.nip, r.nik])).toEqual([['Citra', '196805231998031005', '3528015506900002']]);
  });

  it('reads a PPPK rank typed as a number and a 9-digit old NIP number as the old NIP', async () => {
    const bytes = await xlsx([['Nama', 'NIP', 'Gol', 'Status'], ['Ahmad', '19900101 202221 1 001', 9, 'PPPK'], ['Budi', 131234567, 'III/a', 'PNS']]);
    const roster = await parseRosterFile(bytes, 'angka.xlsx', { today: TODAY });
    expect(roster.rows.map((r) => [r.name, r.rank])).toEqual([['Ahmad', 'IX']]);
    expect(roster.refused.map((r) => [r.row, r.code])).toEqual([[3, 'invalid-nip']]);
  });
});
