import { describe, expect, it } from 'vitest';
import { employmentContradicts, inferEmployment, parseEmployment } from '../../../../electron/core/staff/identity';
import { classifyIdentifier } from '../../../../electron/core/staff/identity';

const TODAY = new Date('2025-06-01T00:00:00Z');

describe('parseEmployment', () => {
  it.each([
    ['PNS', 'PNS'], ['P N S', 'PNS'], ['pns', 'PNS'], ['Pegawai Negeri Sipil', 'PNS'], ['PNS Daerah', 'PNS'], ['P.N.S.', 'PNS'],
    ['CPNS', 'CPNS'], ['Calon PNS', 'CPNS'], ['C P N S', 'CPNS'], ['Calon Pegawai Negeri Sipil', 'CPNS'],
    ['PPPK', 'PPPK'], ['P3K', 'PPPK'], ['PPPK Penuh Waktu', 'PPPK'], ['p p p k', 'PPPK'],
    ['Pegawai Pemerintah dengan Perjanjian Kerja', 'PPPK'],
    ['PPPK Paruh Waktu', 'PPPK_PARUH_WAKTU'], ['P3K Paruh Waktu', 'PPPK_PARUH_WAKTU'], ['PPPK paruh-waktu', 'PPPK_PARUH_WAKTU'],
    ['Non ASN', 'NON_ASN'], ['Non-ASN', 'NON_ASN'], ['NON ASN', 'NON_ASN'], ['Non PNS', 'NON_ASN'], ['Honorer', 'NON_ASN'],
    ['THL', 'NON_ASN'], ['Tenaga Harian Lepas', 'NON_ASN'], ['Tenaga Kontrak', 'NON_ASN'], ['PPNPN', 'NON_ASN'],
    ['Kepala Desa', 'KEPALA_DESA'], ['Kades', 'KEPALA_DESA'], ['KEPALA  DESA', 'KEPALA_DESA'],
    ['Perangkat Desa', 'PERANGKAT_DESA'], ['Sekretaris Desa', 'PERANGKAT_DESA'],
  ])('%j → %s', (text, employment) => {
    expect(parseEmployment(text)).toBe(employment);
  });

  it('returns null for blank or unknown words', () => {
    expect(parseEmployment('')).toBeNull();
    expect(parseEmployment(null)).toBeNull();
    expect(parseEmployment('Aktif')).toBeNull();
    expect(parseEmployment('ASN')).toBeNull();
  });
});

describe('inferEmployment (no employment column)', () => {
  it('NIP PNS shape → PNS, NI PPPK shape → PPPK, NIK or nothing → NON_ASN', () => {
    expect(inferEmployment(classifyIdentifier('19680523 199803 1 005', 'nip', TODAY))).toBe('PNS');
    expect(inferEmployment(classifyIdentifier('19900101 202221 1 001', 'nip', TODAY))).toBe('PPPK');
    expect(inferEmployment(classifyIdentifier('3528010101850003', 'nip', TODAY))).toBe('NON_ASN');
    expect(inferEmployment(classifyIdentifier('', 'nip', TODAY))).toBe('NON_ASN');
  });
});

describe('employmentContradicts', () => {
  it('flags a NIP whose shape contradicts the stated employment', () => {
    expect(employmentContradicts('PNS', { kind: 'PPPK' })).toBe(true);
    expect(employmentContradicts('CPNS', { kind: 'PPPK' })).toBe(true);
    expect(employmentContradicts('PPPK', { kind: 'PNS' })).toBe(true);
    expect(employmentContradicts('PPPK_PARUH_WAKTU', { kind: 'PNS' })).toBe(true);
    expect(employmentContradicts('NON_ASN', { kind: 'PNS' })).toBe(true);
  });

  it('accepts matching shapes and any identifier for kepala/perangkat desa', () => {
    expect(employmentContradicts('PNS', { kind: 'PNS' })).toBe(false);
    expect(employmentContradicts('CPNS', { kind: 'PNS' })).toBe(false);
    expect(employmentContradicts('PPPK_PARUH_WAKTU', { kind: 'PPPK' })).toBe(false);
    expect(employmentContradicts('KEPALA_DESA', { kind: 'PNS' })).toBe(false);
    expect(employmentContradicts('PERANGKAT_DESA', { kind: 'PPPK' })).toBe(false);
  });
});
