import { describe, expect, it } from 'vitest';
import { decodeNip, identifierDigits } from '../../../../electron/core/staff/identity';

const TODAY = new Date('2025-06-01T00:00:00Z');

describe('identifierDigits', () => {
  it.each([
    ['19680523 199803 1 005', '196805231998031005'],
    ["'196805231998031005", '196805231998031005'],
    ['1968.0523.1998.03.1.005', '196805231998031005'],
    ['19680523-199803-1-005', '196805231998031005'],
    ['NIP. 19680523 199803 1 005', '196805231998031005'],
    ['\u00a019680523\u00a0199803 1 005 ', '196805231998031005'],
    ['１９６８０５２３１９９８０３１００５', '196805231998031005'],
    ['', ''],
    ['  ', ''],
  ])('%j → %j', (raw, digits) => {
    expect(identifierDigits(raw)).toBe(digits);
  });

  it('refuses letters', () => {
    expect(identifierDigits('19680523 199803 1 00S')).toBeNull();
  });
});

describe('decodeNip: NIP PNS', () => {
  it('decodes birth date, TMT CPNS and gender, written with spaces', () => {
    expect(decodeNip('19680523 199803 1 005', TODAY)).toEqual({
      ok: true, kind: 'PNS', digits: '196805231998031005', birthDate: '1968-05-23', gender: 'L', tmt: '1998-03',
    });
  });

  it('decodes a woman', () => {
    const nip = decodeNip('198507122010012003', TODAY);
    expect(nip).toMatchObject({ ok: true, kind: 'PNS', gender: 'P', birthDate: '1985-07-12', tmt: '2010-01' });
  });

  it.each([
    ['1968052319980310', 'terdiri dari 16 angka, seharusnya 18'],
    ['1968052319980310055', 'terdiri dari 19 angka, seharusnya 18'],
    ['19680523 199803 1 00A', 'mengandung huruf atau tanda selain angka'],
    ['19680231 199803 1 005', 'tanggal lahir di dalamnya (19680231) tidak ada di kalender'],
    ['19681323 199803 1 005', 'tanggal lahir di dalamnya (19681323) tidak ada di kalender'],
    ['19390101 199803 1 005', 'tahun lahir di dalamnya (1939) tidak masuk akal'],
    ['20150101 203503 1 005', 'tahun lahir di dalamnya (2015) tidak masuk akal'],
    ['19800101 200501 3 001', 'angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis 3'],
    ['19800101 200501 0 001', 'angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis 0'],
  ])('refuses %s: %s', (raw, reason) => {
    expect(decodeNip(raw, TODAY)).toEqual({ ok: false, code: 'invalid-nip', reason });
  });

  it('refuses a TMT before the age of 15 or in the future', () => {
    for (const raw of ['19900101 200001 1 001', '19900101 202701 1 001']) {
      const nip = decodeNip(raw, TODAY);
      expect(nip.ok).toBe(false);
      if (!nip.ok) expect(nip.reason).toContain('bukan TMT CPNS');
    }
  });

  it('accepts a TMT exactly 15 years after birth', () => {
    expect(decodeNip('19900515 200505 1 001', TODAY)).toMatchObject({ ok: true, kind: 'PNS', tmt: '2005-05' });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(decodeNip('19840229 201001 1 001', TODAY).ok).toBe(true);
    expect(decodeNip('19850229 201001 1 001', TODAY).ok).toBe(false);
  });
});

describe('decodeNip: NI PPPK', () => {
  it.each([
    ['19900101 202221 1 001', 2022, 'L'],
    ['19920304 202424 2 002', 2024, 'P'],
    ['19850312 202113 1 004', 2021, 'L'],
  ])('%s: digits 13–14 are not a month → PPPK appointed %i', (raw, year, gender) => {
    expect(decodeNip(raw, TODAY)).toMatchObject({ ok: true, kind: 'PPPK', appointmentYear: year, gender });
  });

  it('carries no TMT, and a PNS carries no appointment year', () => {
    const pppk = decodeNip('19900101 202221 1 001', TODAY);
    const pns = decodeNip('19680523 199803 1 005', TODAY);
    expect(pppk).not.toHaveProperty('tmt');
    expect(pns).not.toHaveProperty('appointmentYear');
  });

  it('refuses an appointment year before PPPK existed or in the far future', () => {
    expect(decodeNip('19700101 200521 1 001', TODAY).ok).toBe(false);
    expect(decodeNip('19900101 203021 1 001', TODAY).ok).toBe(false);
  });

  it('refuses a month-shaped NIP whose TMT is implausible rather than reading it as PPPK', () => {
    expect(decodeNip('19900601 200501 1 001', TODAY)).toMatchObject({ ok: false, code: 'invalid-nip' });
  });
});
