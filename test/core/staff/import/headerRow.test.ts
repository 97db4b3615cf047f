import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../../electron/core/spreadsheet/cells';
import { classifyHeader } from '../../../../electron/core/staff/import/table/headerFields';
import { findHeader } from '../../../../electron/core/staff/import/table/headerRow';

const rows = (...cells: (string | null)[][]): RawRow[] => cells.map((c, i) => ({ number: i + 1, cells: c }));

describe('classifyHeader', () => {
  it.each([
    ['Nama', 'name'], ['NAMA PEGAWAI', 'name'], ['Nama Lengkap', 'name'], ['Nama Lengkap (dengan gelar)', 'name'],
    ['NIP', 'nip'], ['NIP BARU', 'nip'], ['NI PPPK', 'nip'], ['NIP / NI PPPK', 'nip'], ['NIP/NIK', 'ident'], ['NIK / NIP', 'ident'],
    ['NIK', 'nik'], ['No. KTP', 'nik'], ['NIP LAMA', 'ignore'], ['PNS ID', 'ignore'], ['GOL AKHIR ID', 'ignore'],
    ['Pangkat', 'rank'], ['Gol', 'rank'], ['Gol.', 'rank'], ['Gol. Ruang', 'rank'], ['Pangkat / Gol. Ruang', 'rank'], ['GOL AKHIR', 'rank'],
    ['Pangkat/Golongan', 'rank'], ['TMT Pangkat', 'ignore'], ['Jabatan', 'position'], ['JABATAN NAMA', 'position'], ['Nama Jabatan', 'position'],
    ['Unit Kerja', 'unit'], ['Bidang', 'unit'], ['Sub Bagian', 'unit'], ['UNOR NAMA', 'unit'], ['UNOR INDUK NAMA', 'ignore'],
    ['Jenis Kepegawaian', 'employment'], ['Status', 'employment'], ['Status Kepegawaian', 'employment'], ['STATUS PERKAWINAN', 'ignore'],
    ['L/P', 'gender'], ['Jenis Kelamin', 'gender'], ['JK', 'gender'], ['GELAR DEPAN', 'titleFront'], ['GELAR BELAKANG', 'titleBack'],
    ['TEMPAT LAHIR', 'birthPlace'], ['TANGGAL LAHIR', 'birthDate'], ['Tgl. Lahir', 'birthDate'], ['Tempat, Tanggal Lahir', 'birthPlaceDate'],
    ['TTL', 'birthPlaceDate'], ['NAMA / NIP', 'nameNip'], ['No', 'no'], ['NO.', 'no'], ['Ket.', 'ignore'], ['Tanda Tangan', 'ignore'],
  ])('%j → %s', (text, field) => {
    expect(classifyHeader(text)).toBe(field);
  });

  it('knows nothing of title rows and data', () => {
    for (const text of ['DAFTAR NOMINATIF PEGAWAI', 'Budi Santoso', '1', 'PNS', 'Nama OPD: Dinas Kesehatan']) expect(classifyHeader(text)).toBeNull();
  });
});

describe('findHeader', () => {
  it('finds a header below title rows', () => {
    const layout = findHeader(rows(['DAFTAR PEGAWAI'], ['DINAS KESEHATAN'], ['No', 'Nama', 'NIP', 'Jabatan'], ['1', 'Ahmad', '', 'Staf']));
    expect(layout).toMatchObject({ headerRow: 3, lastHeaderRow: 3 });
    expect(layout?.fields.map((f) => [f.field, f.column])).toEqual([['no', 0], ['name', 1], ['nip', 2], ['position', 3]]);
  });

  it('combines a two-level header whose merged cells are empty (streamed) or repeated (filled)', () => {
    const upper = ['NO', 'NAMA / NIP', null, 'PANGKAT', null, 'JABATAN'];
    for (const lower of [[null, 'Nama', 'NIP', 'Gol', 'TMT', null], ['NO', 'Nama', 'NIP', 'Gol', 'TMT', 'JABATAN']]) {
      const layout = findHeader(rows(['DAFTAR'], upper, lower, ['1', 'Ahmad', '19680523 199803 1 005', 'III/b', '2001', 'Staf']));
      expect(layout).toMatchObject({ headerRow: 2, lastHeaderRow: 3 });
      expect(layout?.fields.filter((f) => f.field !== 'ignore' && f.field !== 'no').map((f) => [f.field, f.header])).toEqual([
        ['name', 'Nama'], ['nip', 'NIP'], ['rank', 'Gol'], ['position', 'JABATAN'],
      ]);
    }
  });

  it('reads "Tempat" and "Tanggal" under TEMPAT/TANGGAL LAHIR, and L | P under JENIS KELAMIN', () => {
    const layout = findHeader(rows(['Nama', 'TEMPAT/TANGGAL LAHIR', null, 'JENIS KELAMIN', null], [null, 'Tempat', 'Tanggal', 'L', 'P']));
    expect(layout?.fields.map((f) => f.field)).toEqual(['name', 'birthPlace', 'birthDate', 'genderMale', 'genderFemale']);
  });

  it('does not take a column-number row or the first data row for a lower header', () => {
    expect(findHeader(rows(['No', 'Nama', 'NIP'], ['1', '2', '3'], ['1', 'Ahmad', '']))).toMatchObject({ headerRow: 1, lastHeaderRow: 1 });
    expect(findHeader(rows(['Nama', 'NIP'], ['Nama Saja', 'NIP']))).toMatchObject({ headerRow: 1, lastHeaderRow: 1 });
  });

  it('needs a name column', () => {
    expect(findHeader(rows(['NIP', 'Jabatan', 'Unit Kerja'], ['19680523 199803 1 005', 'Staf', 'Umum']))).toBeNull();
  });

  it('looks no further than 30 rows', () => {
    const filler = Array.from({ length: 30 }, (_, i) => [`baris ${i}`]);
    expect(findHeader(rows(...filler, ['Nama', 'NIP']))).toBeNull();
  });

  it('labels columns uniquely for the refused-rows file', () => {
    const layout = findHeader(rows(['Nama', 'TMT', null, 'TMT']));
    expect(layout?.labels).toEqual(['Nama', 'TMT', 'Kolom C', 'TMT (2)']);
  });
});
