import { describe, expect, it } from 'vitest';
import { positionTypeOf } from '../../../../electron/core/staff/identity';

describe('positionTypeOf', () => {
  it.each([
    // JPT
    ['Kepala Dinas Pendidikan dan Kebudayaan', 'JPT'], ['Plt. Kepala Dinas Kesehatan', 'JPT'], ['Kadis PUPR', 'JPT'],
    ['Kepala Badan Kepegawaian dan Pengembangan SDM', 'JPT'], ['Sekretaris Daerah', 'JPT'], ['Sekda', 'JPT'],
    ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'JPT'], ['Staf Ahli Bupati Bidang Hukum', 'JPT'], ['Inspektur', 'JPT'],
    ['Kepala Satuan Polisi Pamong Praja', 'JPT'], ['Sekretaris DPRD', 'JPT'],
    // administrator
    ['Sekretaris', 'ADMINISTRATOR'], ['Sekretaris Dinas', 'ADMINISTRATOR'], ['Sekretaris Badan', 'ADMINISTRATOR'],
    ['Kepala Bidang Pembinaan SD', 'ADMINISTRATOR'], ['Kabid Anggaran', 'ADMINISTRATOR'], ['Kepala Bagian Umum', 'ADMINISTRATOR'],
    ['Kabag Organisasi', 'ADMINISTRATOR'], ['Sekretaris Camat', 'ADMINISTRATOR'], ['Sekcam', 'ADMINISTRATOR'],
    ['Inspektur Pembantu Wilayah I', 'ADMINISTRATOR'], ['Kepala Bidang Pendidikan Guru', 'ADMINISTRATOR'],
    // pengawas
    ['Kepala Sub Bagian Umum dan Kepegawaian', 'PENGAWAS'], ['Kasubbag Keuangan', 'PENGAWAS'], ['Ka. Sub. Bag. Umum', 'PENGAWAS'],
    ['Kepala Subbagian Program', 'PENGAWAS'], ['Kepala Seksi Kurikulum SMP', 'PENGAWAS'], ['Kasi Pemerintahan', 'PENGAWAS'],
    ['Kepala Seksi Pemberdayaan Masyarakat Desa', 'PENGAWAS'], ['Kepala UPT Puskesmas Pademawu', 'PENGAWAS'],
    ['Kepala UPTD Pendidikan', 'PENGAWAS'], ['Sekretaris Kelurahan', 'PENGAWAS'],
    // camat / lurah
    ['Camat', 'CAMAT_LURAH'], ['Camat Pademawu', 'CAMAT_LURAH'], ['Plt. Camat Galis', 'CAMAT_LURAH'], ['Lurah Barurambat Kota', 'CAMAT_LURAH'],
    // kepala desa
    ['Kepala Desa Larangan', 'KEPALA_DESA'], ['Kades', 'KEPALA_DESA'], ['Pj. Kepala Desa Bunder', 'KEPALA_DESA'],
    // fungsional
    ['Analis Kebijakan Ahli Muda', 'FUNGSIONAL'], ['Pranata Komputer Ahli Pertama', 'FUNGSIONAL'], ['Pranata Komputer Terampil', 'FUNGSIONAL'],
    ['Guru Ahli Pertama', 'FUNGSIONAL'], ['Guru Kelas', 'FUNGSIONAL'], ['Dokter Ahli Madya', 'FUNGSIONAL'], ['Dokter Umum', 'FUNGSIONAL'],
    ['Perawat Mahir', 'FUNGSIONAL'], ['Bidan Penyelia', 'FUNGSIONAL'], ['Polisi Pamong Praja Terampil', 'FUNGSIONAL'],
    ['Pengawas Sekolah Ahli Madya', 'FUNGSIONAL'], ['Kepala Sekolah', 'FUNGSIONAL'], ['Auditor Ahli Utama', 'FUNGSIONAL'],
    // pelaksana
    ['Pengadministrasi Umum', 'PELAKSANA'], ['Pengelola Keuangan', 'PELAKSANA'], ['Staf', 'PELAKSANA'], ['Sekretaris Desa', 'PELAKSANA'],
    ['Tenaga Administrasi', 'PELAKSANA'], ['Petugas Kebersihan', 'PELAKSANA'], ['', 'PELAKSANA'],
  ] as const)('%j → %s', (position, type) => {
    expect(positionTypeOf(position)).toBe(type);
  });

  it('treats a blank jabatan as pelaksana', () => {
    expect(positionTypeOf(null)).toBe('PELAKSANA');
    expect(positionTypeOf(undefined)).toBe('PELAKSANA');
  });
});
