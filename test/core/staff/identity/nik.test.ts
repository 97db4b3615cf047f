import { describe, expect, it } from 'vitest';
import { classifyIdentifier, decodeNik } from '../../../../electron/core/staff/identity';

const TODAY = new Date('2025-06-01T00:00:00Z');

describe('decodeNik', () => {
  it('decodes a man: region, DDMMYY, century from the current year', () => {
    expect(decodeNik('3528010101850003', TODAY)).toEqual({
      ok: true, digits: '3528010101850003', regionCode: '352801', birthDate: '1985-01-01', gender: 'L',
    });
  });

  it('decodes a woman: day + 40', () => {
    expect(decodeNik('3528 0155 0690 0002', TODAY)).toMatchObject({ ok: true, birthDate: '1990-06-15', gender: 'P' });
    expect(decodeNik('3528017112990001', TODAY)).toMatchObject({ ok: true, birthDate: '1999-12-31', gender: 'P' });
  });

  it('puts YY up to this year in the 2000s, later ones in the 1900s', () => {
    expect(decodeNik('3528010101050001', TODAY)).toMatchObject({ birthDate: '2005-01-01' });
    expect(decodeNik('3528010101250001', TODAY)).toMatchObject({ birthDate: '2025-01-01' });
    expect(decodeNik('3528010101260001', TODAY)).toMatchObject({ birthDate: '1926-01-01' });
  });

  it.each([
    ['352801010185000', 'terdiri dari 15 angka, seharusnya 16'],
    ['3528013102850003', 'tanggal lahir di dalamnya (310285) tidak ada di kalender'],
    ['3528017202850003', 'tanggal lahir di dalamnya (720285) tidak ada di kalender'],
    ['3528010013850003', 'tanggal lahir di dalamnya (001385) tidak ada di kalender'],
    ['0528010101850003', 'kode wilayah di awalnya (052801) tidak ada'],
    ['3500010101850003', 'kode wilayah di awalnya (350001) tidak ada'],
    ['3528O10101850003', 'mengandung huruf atau tanda selain angka'],
  ])('refuses %s: %s', (raw, reason) => {
    expect(decodeNik(raw, TODAY)).toEqual({ ok: false, code: 'invalid-nik', reason });
  });
});

describe('classifyIdentifier', () => {
  it('18 digits → NIP PNS or NI PPPK', () => {
    expect(classifyIdentifier('19680523 199803 1 005', 'nip', TODAY)).toMatchObject({ type: 'nip', nip: { kind: 'PNS' } });
    expect(classifyIdentifier('19900101 202221 1 001', 'nip', TODAY)).toMatchObject({ type: 'nip', nip: { kind: 'PPPK' } });
  });

  it('16 digits → NIK, whatever the column', () => {
    expect(classifyIdentifier('3528010101850003', 'nip', TODAY)).toMatchObject({ type: 'nik', nik: { gender: 'L' } });
  });

  it('9 digits → an old NIP, which is not kept', () => {
    expect(classifyIdentifier('131 234 567', 'nip', TODAY)).toEqual({ type: 'old-nip', digits: '131234567' });
  });

  it('blank → none', () => {
    expect(classifyIdentifier('  ', 'nip', TODAY)).toEqual({ type: 'none' });
  });

  it('anything else → invalid, with the code of the column', () => {
    expect(classifyIdentifier('12345', 'nip', TODAY)).toMatchObject({ type: 'invalid', code: 'invalid-nip', reason: 'terdiri dari 5 angka, seharusnya 18' });
    expect(classifyIdentifier('12345', 'nik', TODAY)).toMatchObject({ type: 'invalid', code: 'invalid-nik', reason: 'terdiri dari 5 angka, seharusnya 16' });
    expect(classifyIdentifier('tidak ada', 'nip', TODAY)).toMatchObject({ type: 'invalid', code: 'invalid-nip' });
  });

  it('an 18-digit NIP with a bad date is invalid-nip, a bad 16-digit NIK invalid-nik', () => {
    expect(classifyIdentifier('19680231 199803 1 005', 'nip', TODAY)).toMatchObject({ type: 'invalid', code: 'invalid-nip' });
    expect(classifyIdentifier('3528013102850003', 'nip', TODAY)).toMatchObject({ type: 'invalid', code: 'invalid-nik' });
  });
});
