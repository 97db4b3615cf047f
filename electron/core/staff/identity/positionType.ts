// Position type from the jabatan text (DOMAIN.md "What central systems track"), editable per person later.
// The text is lower-cased, punctuation dropped, common abbreviations expanded (Kasubbag, Kabid, Kasi, Sekcam,
// Kades, …) and an acting prefix (Plt., Plh., Pj., Pjs., Pgs.) removed. Then the first rule that matches wins:
//   1. KEPALA_DESA   "Kepala Desa" anywhere
//   2. CAMAT_LURAH   starts with "Camat" or "Lurah" (the camat and lurah themselves, not their staff)
//   3. JPT           starts with Kepala Dinas / Kepala Badan / Sekretaris Daerah / Asisten / Staf Ahli /
//                    Inspektur (not Inspektur Pembantu) / Kepala Satuan Polisi Pamong Praja / Sekretaris DPRD
//   4. PENGAWAS      starts with Sekretaris Kelurahan / Kepala Sub Bagian / Kepala Sub Bidang / Kepala Seksi /
//                    Kepala UPT(D)
//   5. ADMINISTRATOR starts with Sekretaris (a dinas, badan, kecamatan, inspektorat…; not desa) / Kepala Bidang /
//                    Kepala Bagian / Inspektur Pembantu / Kepala Kantor
//   6. FUNGSIONAL    a jabatan fungsional grade (Ahli Pertama/Muda/Madya/Utama, Pemula, Terampil, Mahir,
//                    Penyelia) or a functional profession (Guru, Dokter, Perawat, Bidan, Pranata Komputer, …),
//                    including heads of schools and puskesmas, who are teachers and health workers with an
//                    additional task
//   7. PELAKSANA     everything else, including a blank jabatan
// The structural rules (3–5) only look at the start of the text, so "Kepala Seksi … Bidang …" is a Kepala Seksi
// and "Kepala Bidang Pendidikan Guru" is not a teacher.
import type { PositionType } from '../types';

const ABBREVIATIONS: Record<string, string> = {
  ka: 'kepala', kadis: 'kepala dinas', kaban: 'kepala badan', kabid: 'kepala bidang', kabag: 'kepala bagian',
  kasubbag: 'kepala sub bagian', kasubag: 'kepala sub bagian', kasubbagian: 'kepala sub bagian',
  subbag: 'sub bagian', subbagian: 'sub bagian', kasubbid: 'kepala sub bidang', subbid: 'sub bidang',
  subbidang: 'sub bidang', kasi: 'kepala seksi', kasie: 'kepala seksi', sekda: 'sekretaris daerah',
  sekdin: 'sekretaris dinas', sekban: 'sekretaris badan', sekcam: 'sekretaris camat', seklur: 'sekretaris kelurahan',
  sekel: 'sekretaris kelurahan', kades: 'kepala desa', sekdes: 'sekretaris desa', irban: 'inspektur pembantu',
  kasatpol: 'kepala satuan polisi', satpol: 'satuan polisi', uptd: 'upt', pp: 'pamong praja',
  bag: 'bagian', bid: 'bidang', sie: 'seksi',
};
const ACTING = /^(plt|plh|pj|pjs|pgs)\s+/;

const RULES: readonly [RegExp, PositionType][] = [
  [/\bkepala desa\b/, 'KEPALA_DESA'],
  [/^(camat|lurah)\b/, 'CAMAT_LURAH'],
  [/^(kepala dinas|kepala badan|sekretaris daerah|asisten|staf ahli|inspektur(?! pembantu)|kepala satuan polisi|sekretaris dprd|sekretaris dewan)\b/, 'JPT'],
  [/^(sekretaris (kelurahan|lurah)|kepala sub bagian|kepala sub bidang|kepala seksi|kepala upt)\b/, 'PENGAWAS'],
  [/^(sekretaris(?! desa)|kepala bidang|kepala bagian|inspektur pembantu|kepala kantor)\b/, 'ADMINISTRATOR'],
  [/\b(ahli (pertama|muda|madya|utama)|pemula|terampil|mahir|penyelia)\b/, 'FUNGSIONAL'],
  [/\b(guru|kepala sekolah|kepala puskesmas|dokter|dokter gigi|perawat|bidan|apoteker|pranata komputer|pranata laboratorium|penyuluh|auditor|widyaiswara|pustakawan|arsiparis|pengawas sekolah|penilik|pamong belajar|sanitarian|nutrisionis|epidemiolog|fisioterapis|radiografer|analis kesehatan|tenaga kesehatan)\b/, 'FUNGSIONAL'],
];

export function normalizePosition(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  let normalized = words.map((w) => ABBREVIATIONS[w] ?? w).join(' ');
  while (ACTING.test(normalized)) normalized = normalized.replace(ACTING, '');
  return normalized;
}

export function positionTypeOf(position: string | null | undefined): PositionType {
  const text = normalizePosition(position ?? '');
  for (const [pattern, type] of RULES) {
    if (pattern.test(text)) return type;
  }
  return 'PELAKSANA';
}
