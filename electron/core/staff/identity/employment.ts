// Employment words as rosters write them (any case, spacing or punctuation), and the inference used when a
// roster has no employment column: NIP PNS shape → PNS, NI PPPK shape → PPPK, NIK or nothing → NON_ASN.
import type { Employment } from '../types';
import type { IdentifierClass } from './classify';
import type { DecodedNip } from './nip';

/** Checked in order on the text squashed to [a-z0-9]; the first pattern that matches wins. */
const RULES: readonly [RegExp, Employment][] = [
  [/^(non|bukan)(asn|pns|pegawai)/, 'NON_ASN'],
  [/^(pppk|p3k|pegawaipemerintahdenganperjanjiankerja).*paruhwaktu/, 'PPPK_PARUH_WAKTU'],
  [/^(cpns|calonpns|calonpegawainegerisipil)/, 'CPNS'],
  [/^(pppk|p3k|pegawaipemerintahdenganperjanjiankerja)/, 'PPPK'],
  [/^(pns|pegawainegerisipil)/, 'PNS'],
  [/^(honorer|honor|thl|tenagaharianlepas|tenagakontrak|kontrak|ppnpn|ptt|gtt|tkk|tenagapendukung|pegawaitidaktetap|gurutidaktetap|outsourcing)/, 'NON_ASN'],
  [/^(kepaladesa|kades|pjkepaladesa)/, 'KEPALA_DESA'],
  [/^(perangkatdesa|sekretarisdesa|sekdes)/, 'PERANGKAT_DESA'],
];

/** The employment a word stands for, or null when it is blank or not recognized. */
export function parseEmployment(text: string | null | undefined): Employment | null {
  const squashed = (text ?? '').normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (squashed === '') return null;
  for (const [pattern, employment] of RULES) {
    if (pattern.test(squashed)) return employment;
  }
  return null;
}

export function inferEmployment(identifier: IdentifierClass): Employment {
  if (identifier.type === 'nip') return identifier.nip.kind === 'PNS' ? 'PNS' : 'PPPK';
  return 'NON_ASN';
}

/**
 * Does a stated employment contradict the NIP's shape? NI PPPK for PNS/CPNS, NIP PNS for PPPK, any NIP for
 * non-ASN. Kepala/perangkat desa may carry any identifier (a PNS can serve as acting kepala desa).
 */
export function employmentContradicts(stated: Employment, nip: Pick<DecodedNip, 'kind'>): boolean {
  switch (stated) {
    case 'PNS':
    case 'CPNS':
      return nip.kind !== 'PNS';
    case 'PPPK':
    case 'PPPK_PARUH_WAKTU':
      return nip.kind !== 'PPPK';
    case 'NON_ASN':
      return true;
    default:
      return false;
  }
}
