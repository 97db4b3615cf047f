// Column names and their synonyms, any order or case. A header cell is normalized (lower case, punctuation
// other than "/" dropped, whitespace collapsed), then the first rule that matches decides its field.
// 'ignore' marks headers that are known but not imported (NIP LAMA, TMT, SIASN "… ID" columns, TTD, …):
// a sub-header row made only of known headers is recognized as the lower half of a two-level header.

export const FIELDS = [
  'no', 'name', 'nameNip', 'titleFront', 'titleBack', 'nip', 'nik', 'ident', 'rank', 'position', 'unit',
  'employment', 'gender', 'genderMale', 'genderFemale', 'birthPlace', 'birthDate', 'birthPlaceDate', 'ignore',
] as const;
export type Field = (typeof FIELDS)[number];

const RULES: readonly [RegExp, Field][] = [
  [/\b(tmt|lama|awal|induk)\b|\bid$|^id\b/, 'ignore'],
  [/^(no|nomor|no urut|nomor urut|#)$/, 'no'],
  [/^nama\s*(\/|dan|&|,)\s*nip\b/, 'nameNip'],
  [/^gelar depan$/, 'titleFront'],
  [/^gelar belakang$/, 'titleBack'],
  [/^(nip|ni pppk)\b.*\bnik$|^nik\b.*\bnip\b/, 'ident'],
  [/^(nik|nik ktp|no ktp|nomor ktp|no nik|nomor nik|nomor induk kependudukan)$/, 'nik'],
  [/^(nip|nip baru|nip 18 digit|no nip|nomor nip|nip\s*\/\s*ni ?pppk|ni ?pppk|nipppk|nip pppk|nomor induk pegawai|no induk pegawai)$/, 'nip'],
  [/^nama( lengkap| pegawai| asn| pns| karyawan| personil)?( (dan|dengan|\+|&) gelar| gelar)?$/, 'name'],
  [/^(tempat\s*(\/|,|&|dan)?\s*(tanggal|tgl)\s*lahir|ttl)$/, 'birthPlaceDate'],
  [/^(tempat lahir|tempat lahir nama|tmp lahir|kota lahir)$/, 'birthPlace'],
  [/^(tanggal lahir|tgl lahir|tgllahir|tanggal lahir\b.*)$/, 'birthDate'],
  [/^(jenis kelamin|jns kelamin|jns kel|jk|kelamin|l\s*\/\s*p|p\s*\/\s*l)\s+(l|lk|laki laki|laki-laki|pria)$/, 'genderMale'],
  [/^(jenis kelamin|jns kelamin|jns kel|jk|kelamin|l\s*\/\s*p|p\s*\/\s*l)\s+(p|pr|perempuan|wanita)$/, 'genderFemale'],
  [/^(jenis kelamin|jns kelamin|jns kel|jk|kelamin|gender|l\s*\/\s*p|p\s*\/\s*l|jenis kelamin\s*\/?\s*l\s*\/\s*p)$/, 'gender'],
  [/^(pangkat|gol|golongan|ruang|gol ruang|golongan ruang|gol akhir|gol akhir nama|golongan akhir|pangkat terakhir)$|^pangkat\s*(\/|dan|,)?\s*(gol|golongan)\b|^(gol|golongan)\s*\/\s*(ruang|pangkat)/, 'rank'],
  [/^(jabatan|jabatan nama|nama jabatan|jabatan terakhir|jabatan sekarang|tugas|uraian tugas|tugas pokok)$|^jabatan\s*\//, 'position'],
  [/^(unit kerja|unit|sub unit|sub unit kerja|bidang|sub bagian|subbag|sub bidang|bagian|seksi|unor|unor nama|unit organisasi|satuan kerja|satker|penempatan|tempat tugas|lokasi kerja|lokasi kerja nama|opd)$|^(unit kerja|bidang)\s*\//, 'unit'],
  [/^(jenis kepegawaian|status|status kepegawaian|status pegawai|jenis pegawai|jenis pegawai nama|status asn|jenis asn|kepegawaian|kategori pegawai|jenis tenaga)$/, 'employment'],
  [/^(ttd|tanda tangan|paraf|keterangan|ket|agama|agama nama|pendidikan|pendidikan terakhir|tingkat pendidikan|eselon|masa kerja|mk|mk tahun|mk bulan|alamat|no hp|nomor hp|telepon|email|npwp|umur|usia|kedudukan|kedudukan hukum|jenis jabatan|jenis jabatan nama|diklat|jurusan|status kawin|status perkawinan|instansi|nomor sk|tanggal sk|no sk)\b/, 'ignore'],
];

export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.:_()*\-\u2013]+/g, ' ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a header text names, or null when it is not a header this app knows. */
export function classifyHeader(text: string): Field | null {
  const normalized = normalizeHeader(text);
  if (normalized === '') return null;
  for (const [pattern, field] of RULES) {
    if (pattern.test(normalized)) return field;
  }
  return null;
}
