// What the fixtures of test/fixtures/roster must read as, whichever program wrote them.
import type { StaffDraft } from '../../../../electron/core/staff/import';

const draft = (d: Partial<StaffDraft> & Pick<StaffDraft, 'excelRow' | 'name'>): StaffDraft => ({
  sheet: null, nip: null, nik: null, employment: 'PNS', rank: null, rankName: null, position: null, positionType: 'PELAKSANA',
  unit: null, gender: null, birthDate: null, birthPlace: null, ...d,
});

export const NOMINATIF_COLUMNS = [
  { field: 'name', header: 'Nama', column: 2 },
  { field: 'nip', header: 'NIP', column: 3 },
  { field: 'rank', header: 'Gol. Ruang', column: 4 },
  { field: 'position', header: 'JABATAN', column: 6 },
  { field: 'unit', header: 'UNIT KERJA', column: 7 },
  { field: 'genderMale', header: 'JENIS KELAMIN L', column: 8 },
  { field: 'genderFemale', header: 'JENIS KELAMIN P', column: 9 },
  { field: 'employment', header: 'STATUS KEPEGAWAIAN', column: 10 },
];

export const NOMINATIF_ROWS: StaffDraft[] = [
  draft({ sheet: 'Nominatif', excelRow: 9, name: 'Drs. Eko Permana, S.IP., M.Si.', nip: '196805231998031005', rank: 'IV/b', rankName: 'Pembina Tk. I', position: 'Sekretaris', positionType: 'ADMINISTRATOR', unit: 'Sekretariat', gender: 'L', birthDate: '1968-05-23' }),
  draft({ sheet: 'Nominatif', excelRow: 10, name: 'Sri Lestari ,S.Pd', nip: '198507122010012003', rank: 'III/d', rankName: 'Penata Tk. I', position: 'Kepala Sub Bagian Umum dan Kepegawaian', positionType: 'PENGAWAS', unit: 'SEKRETARIAT', gender: 'P', birthDate: '1985-07-12' }),
  draft({ sheet: 'Nominatif', excelRow: 12, name: 'Budi Santoso, S.Kom', nip: '199001012022211001', employment: 'PPPK', rank: 'IX', position: 'Pranata Komputer Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'Sub Bagian Umum', gender: 'L', birthDate: '1990-01-01' }),
  draft({ sheet: 'Nominatif', excelRow: 13, name: 'Dewi Anggraini', nik: '3528015506900002', employment: 'NON_ASN', position: 'Tenaga Administrasi', unit: 'SEKRETARIAT', gender: 'P', birthDate: '1990-06-15' }),
  draft({ sheet: 'Nominatif', excelRow: 14, name: 'Maria Ulfa', employment: 'NON_ASN', position: 'Petugas Kebersihan', unit: 'SEKRETARIAT', gender: 'P' }),
  draft({ sheet: 'Nominatif', excelRow: 16, name: 'H. Moh. Syafi’i, S.Pd., M.Pd.', nip: '197508172000031004', rank: 'III/d', rankName: 'Penata Tk. I', position: 'Kepala Bidang Pembinaan SD', positionType: 'ADMINISTRATOR', unit: 'BIDANG PEMBINAAN SEKOLAH DASAR', gender: 'L', birthDate: '1975-08-17' }),
  draft({ sheet: 'Nominatif', excelRow: 18, name: 'Nur Hasanah, S.Pd', nip: '198802142019032007', rank: 'III/b', rankName: 'Penata Muda Tk. I', position: 'Guru Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'SDN Pademawu 1', gender: 'P', birthDate: '1988-02-14' }),
  draft({ sheet: 'Nominatif', excelRow: 19, name: 'Rudi Hartono', nip: '199203042024211002', employment: 'PPPK', rank: 'IX', position: 'Guru Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'SDN Pademawu 1', gender: 'L', birthDate: '1992-03-04' }),
];

export const NOMINATIF_REFUSED = [
  { row: 11, code: 'nip-precision-lost' },
  { row: 17, code: 'duplicate-nip' },
  { row: 20, code: 'duplicate-nik' },
  { row: 21, code: 'invalid-nip' },
  { row: 22, code: 'invalid-nip' },
  { row: 23, code: 'missing-name' },
  { row: 24, code: 'invalid-rank' },
  { row: 25, code: 'employment-mismatch' },
];

export const SIASN_ROWS: StaffDraft[] = [
  draft({ sheet: 'Data PNS', excelRow: 2, name: 'Dr. H. MOHAMMAD ROSYID, M.Pd.', nip: '197003121995031002', rank: 'IV/c', rankName: 'Pembina Utama Muda', position: 'Kepala Dinas Pendidikan dan Kebudayaan', positionType: 'JPT', unit: 'Dinas Pendidikan dan Kebudayaan', gender: 'L', birthDate: '1970-03-12', birthPlace: 'Pamekasan' }),
  draft({ sheet: 'Data PNS', excelRow: 3, name: 'Dr. Ir. Sri Lestari, M.Si.', nip: '197511222000032001', rank: 'III/d', rankName: 'Penata Tk. I', position: 'Kepala Bidang Pembinaan SMP', positionType: 'ADMINISTRATOR', unit: 'Bidang Pembinaan SMP', gender: 'P', birthDate: '1975-11-22', birthPlace: 'Sumenep' }),
  draft({ sheet: 'Data PNS', excelRow: 4, name: 'Hendra Gunawan, S.T.', nip: '198202052009011003', rank: 'III/b', rankName: 'Penata Muda Tk. I', position: 'Kepala Seksi Kurikulum SMP', positionType: 'PENGAWAS', unit: 'Seksi Kurikulum SMP', gender: 'L', birthDate: '1982-02-05', birthPlace: 'Sampang' }),
  draft({ sheet: 'Data PNS', excelRow: 5, name: 'Lia Amalia, S.Pd.', nip: '199406172022212004', employment: 'PPPK', rank: 'IX', position: 'Guru Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'SMPN 1 Pamekasan', gender: 'P', birthDate: '1994-06-17', birthPlace: 'Bangkalan' }),
  draft({ sheet: 'Data PNS', excelRow: 6, name: 'Fajar Nugroho', nip: '198810102015031001', rank: 'III/a', rankName: 'Penata Muda', position: 'Pranata Komputer Ahli Pertama', positionType: 'FUNGSIONAL', unit: 'Dinas Pendidikan dan Kebudayaan', gender: 'L', birthDate: '1988-10-10', birthPlace: 'Pamekasan' }),
];

export const NON_ASN_ROWS: StaffDraft[] = [
  draft({ sheet: 'Non ASN', excelRow: 3, name: 'Yusuf Maulana', employment: 'NON_ASN', unit: 'Bidang PAUD', gender: 'L', birthDate: '1990-09-13', birthPlace: 'Pamekasan' }),
  draft({ sheet: 'Non ASN', excelRow: 4, name: 'Ani Rahmawati', employment: 'NON_ASN', unit: 'Bidang PAUD', gender: 'P', birthDate: '1991-09-13', birthPlace: 'Sumenep' }),
  draft({ sheet: 'Non ASN', excelRow: 5, name: 'Bambang Irawan', employment: 'NON_ASN', unit: 'Bidang SD', gender: 'L', birthDate: '1992-09-13', birthPlace: 'Sampang' }),
  draft({ sheet: 'Non ASN', excelRow: 6, name: 'Citra Kirana', employment: 'NON_ASN', unit: 'Bidang SD', gender: 'P', birthDate: '1992-09-13', birthPlace: 'Bangkalan' }),
  draft({ sheet: 'Non ASN', excelRow: 7, name: 'Doni Saputra', nik: '3528010101850003', employment: 'KEPALA_DESA', positionType: 'KEPALA_DESA', unit: 'Desa Larangan', gender: 'L', birthDate: '1985-01-01', birthPlace: 'Pamekasan' }),
];

export { draft };
