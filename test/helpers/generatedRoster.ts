// A generated roster for printed-document tests and the bench: long names with front and back titles, long
// jabatan, long unit names, PNS of every rank, PPPK and non-ASN; every name different. Written straight into the
// database (one statement per table, as an import does), with the OPD profile and an emblem.
import type { Database } from '../../electron/core/db/database';
import { PNS_RANKS } from '../../electron/core/staff/identity/rankTable';
import { emblemPng } from './png';

const FRONT = ['', '', 'Dr. ', 'Drs. ', 'Dra. ', 'H. ', 'Hj. ', 'Ir. ', 'Dr. H. ', 'Drs. H. ', 'dr. ', 'Prof. Dr. Ir. H. '];
const GIVEN = ['Muhammad', 'Siti', 'Ahmad', 'Nur', 'Abdul', 'Dewi', 'Eko', 'Sri', 'Budi', 'Fitri', 'Agus', 'Rina', 'Bambang', 'Yuliana', 'Hendra', 'Kartika', 'Moh.', 'Endang', 'Rahmat', 'Wahyuni', 'Slamet', 'Anisa', 'Teguh', 'Ratna', 'Imam', 'Lestari', 'Joko', 'Maria', 'Fajar', 'Indah'];
const MIDDLE = ['Abdurrahman', 'Kusumawardhani', 'Prasetyaningrum', 'Hidayatullah', 'Wicaksono', 'Rahmawati', 'Setiabudi', 'Nurhasanah', 'Kurniawan', 'Purnamasari', 'Syaifuddin', 'Handayani', 'Firmansyah', 'Wulandari', 'Hermawan', 'Susilowati', 'Yulianto'];
const FAMILY = ['Santoso', 'Permana', 'Hasibuan', 'Siregar', 'Nasution', 'Lubis', 'Pratama', 'Saputra', 'Wijaya', 'Gunawan', 'Harahap', 'Simanjuntak', 'Tampubolon', 'Manurung', 'Situmorang', 'Panjaitan', 'Sinaga', 'Pohan', 'Daulay'];
const BACK = ['', ', S.Pd.', ', S.Pd., M.Pd.', ', S.Sos., M.Si.', ', S.E., M.M.', ', S.Kom.', ', S.H., M.H.', ', S.T., M.T.', ', A.Md.', ', S.IP., M.AP.', ', S.Kep., Ns.', ', S.Pd.I., M.Pd.I.'];
const POSITIONS = [
  'Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan Program pada Sekretariat Dinas',
  'Analis Kebijakan Ahli Muda pada Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal',
  'Pengadministrasi Umum',
  'Penyusun Rencana Kegiatan dan Anggaran',
  'Kepala Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama',
  'Pranata Komputer Ahli Pertama',
  'Guru Ahli Madya',
  'Pengelola Barang Milik Daerah',
  'Kepala Bidang Pembinaan Ketenagaan',
  'Bendahara Pengeluaran Pembantu',
];
export const GENERATED_UNITS = [
  'Sekretariat',
  'Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal',
  'Bidang Pembinaan Sekolah Dasar',
  'Bidang Pembinaan Sekolah Menengah Pertama',
  'Bidang Pembinaan Ketenagaan',
  'Bidang Kebudayaan',
  'UPT Pusat Kegiatan Belajar Masyarakat Kecamatan Pademawu',
];

export interface GeneratedPerson {
  id: number;
  name: string;
  nip: string | null;
  position: string;
  unit: string;
}

export const GENERATED_PROFILE = {
  opd_name: 'Dinas Pendidikan dan Kebudayaan',
  regency: 'Kabupaten Pamekasan',
  address: 'Jalan Jokotole No. 5, Pamekasan',
  postcode: '69317',
  phone: '(0324) 322110',
  email: 'disdikbud@pamekasankab.go.id',
  website: 'disdikbud.pamekasankab.go.id',
  head_name: 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.',
  head_nip: '196805231998031005',
  head_rank: 'Pembina Utama Muda (IV/c)',
  head_position: 'Kepala Dinas Pendidikan dan Kebudayaan',
};

/** The i-th person's name: every combination differs in given × middle × family, so no two are alike. */
export function generatedName(i: number): string {
  const given = GIVEN[i % GIVEN.length]!;
  const middle = MIDDLE[Math.floor(i / GIVEN.length) % MIDDLE.length]!;
  const family = FAMILY[Math.floor(i / (GIVEN.length * MIDDLE.length)) % FAMILY.length]!;
  return `${FRONT[i % FRONT.length]}${given} ${middle} ${family}${BACK[(i * 7) % BACK.length]}`;
}

function nipOf(i: number): string {
  const year = 1965 + (i % 30);
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  const tmt = `${Math.min(year + 25, 2022)}${String(((i * 5) % 12) + 1).padStart(2, '0')}`;
  return `${year}${month}${day}${tmt}${(i % 2) + 1}${String(i % 1000).padStart(3, '0')}`;
}

/** Writes the profile, the units and `count` staff; every 9th person is PPPK, every 11th non-ASN. */
export function seedRoster(db: Database, count: number, opts: { emblem?: boolean } = {}): GeneratedPerson[] {
  if (count > GIVEN.length * MIDDLE.length * FAMILY.length) throw new Error('too many for unique names');
  const now = '2024-09-01T00:00:00.000Z';
  return db.write('test.seed', (tx) => {
    const p = GENERATED_PROFILE;
    tx.run(`UPDATE opd_profile SET opd_name = ?, regency = ?, address = ?, postcode = ?, phone = ?, email = ?, website = ?, head_name = ?, head_nip = ?, head_rank = ?, head_position = ? WHERE id = 1`,
      [p.opd_name, p.regency, p.address, p.postcode, p.phone, p.email, p.website, p.head_name, p.head_nip, p.head_rank, p.head_position]);
    if (opts.emblem !== false) tx.run("UPDATE opd_profile SET emblem = ?, emblem_mime = 'image/png' WHERE id = 1", [emblemPng(120)]);
    const unitIds = GENERATED_UNITS.map((name) => tx.run('INSERT INTO unit (name, name_key, created_at) VALUES (?, ?, ?)', [name, name.toLowerCase(), now]).lastId);
    const people: GeneratedPerson[] = [];
    const rows: (string | number | null)[][] = [];
    for (let i = 0; i < count; i++) {
      const employment = i % 11 === 10 ? 'NON_ASN' : i % 9 === 8 ? 'PPPK' : 'PNS';
      const rank = employment === 'PNS' ? PNS_RANKS[5 + (i % 12)]! : null;
      const nip = employment === 'NON_ASN' ? null : nipOf(i);
      const unitIndex = i % GENERATED_UNITS.length;
      const person = { id: 0, name: generatedName(i), nip, position: POSITIONS[i % POSITIONS.length]!, unit: GENERATED_UNITS[unitIndex]! };
      people.push(person);
      rows.push([person.name, nip, employment, employment === 'PPPK' ? 'IX' : rank?.rank ?? null, rank?.name ?? null, person.position, unitIds[unitIndex]!, now, now]);
    }
    tx.each(`INSERT INTO staff (name, nip, employment, rank, rank_name, position, position_type, unit_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'PELAKSANA', ?, ?, ?)`, rows);
    const ids = tx.all<{ id: number }>('SELECT id FROM staff ORDER BY id').map((r) => Number(r.id));
    people.forEach((person, i) => (person.id = ids[i]!));
    return people;
  });
}
