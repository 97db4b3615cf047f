// Schema 7: findings (temuan) — a suspected violation of neutrality, its chronology and follow-up steps — and
// the reference data they are judged by, both editable by the user:
// - violation_type: the acts of SKB 2022 Lampiran II (DOMAIN.md "Violation types"), seeded here. Each act has its
//   kode-etik form (the act while it concerns a *bakal calon*) and its disiplin level (once it concerns a *calon*);
//   an act with no kode-etik form is a discipline matter on both sides of the date, with its own level before it
//   (disiplin_level_before). Entries are retired, never deleted while a finding uses them (a foreign key).
// - holiday: national holidays and cuti bersama, the days the working-day deadlines skip (Bawaslu's 3 working
//   days). Seeded for 2024 and 2025 from the SKB 3 Menteri lists; the user adds later years.
// - finding: the person as recorded (copied from the roster when chosen from it: staff_id keeps the link and keeps
//   the person from being removed; or typed in), the act, dates, place, source, SBT number, description.
// - finding_chronology: dated free-text entries. finding_step: the follow-up steps; each names the stage the
//   finding is in after it, so the stage is never typed apart from the steps that explain it.
// - finding_evidence: the finding's evidence rows (migration 5's store). Deleting a finding drops its links; a row
//   and its file go only once nothing refers to them (evidence/service.ts finds owners from these foreign keys).
// Names and NIPs of findings are the most sensitive data of the app: the audit log records which finding and
// which fields changed, never their values.
import type { Database as SqlDatabase } from 'sql.js';

const DATE = (col: string, nullable = false) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL '}CHECK (${col} ${nullable ? `IS NULL OR ${col}` : ''} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;

const LEVELS = `('RINGAN','SEDANG','BERAT','PTDH')`;
const STAGES = `('RECORDED','REPORTED_BAWASLU','FORWARDED_BKN','WAITING_VERIFICATION','WAITING_PPK','SANCTIONED','NOT_PROVEN','CANCELLED','REJECTED','LEFT_SERVICE')`;

/** [code, act, kode-etik form or null, disiplin level before the candidates are set, after] */
const SEEDED_TYPES: readonly [string, string, string | null, string | null, string | null][] = [
  ['A01', 'Memasang spanduk, baliho, atau alat peraga lainnya terkait bakal calon/calon peserta pemilihan',
    'Memasang spanduk/baliho/alat peraga terkait bakal calon', null, 'BERAT'],
  ['A02', 'Sosialisasi atau kampanye melalui media sosial untuk bakal calon/calon',
    'Sosialisasi/kampanye media sosial bakal calon', null, 'BERAT'],
  ['A03', 'Menghadiri deklarasi atau kampanye bakal calon/calon (pada masa calon: dengan memberikan dukungan aktif)',
    'Menghadiri deklarasi/kampanye bakal calon', null, 'BERAT'],
  ['A04', 'Membuat posting, komentar, membagikan (share), menyukai (like), atau mengikuti (follow) akun atau grup pemenangan bakal calon/calon',
    'Membuat posting, comment, share, like, follow akun/grup pemenangan bakal calon', null, 'BERAT'],
  ['A05', 'Mengunggah foto bersama bakal calon/calon, tim pemenangan, atau alat peraga kampanye',
    'Memposting foto bersama bakal calon/tim/alat peraga', null, 'BERAT'],
  ['A06', 'Mengikuti kegiatan kampanye, sosialisasi, atau pengenalan bakal calon/calon (pada masa calon: kegiatan yang menunjukkan keberpihakan)',
    'Ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon', null, 'BERAT'],
  ['A07', 'Menghadiri deklarasi atau kampanye pasangan (suami/istri) yang menjadi bakal calon/calon tanpa cuti di luar tanggungan negara',
    'Mengikuti deklarasi/kampanye suami/istri bakal calon', null, null],
  ['A08', 'Melakukan pendekatan kepada partai politik atau masyarakat terkait pencalonan diri atau orang lain',
    null, 'SEDANG', 'SEDANG'],
  ['A09', 'Menjadi anggota atau pengurus partai politik', null, 'PTDH', 'PTDH'],
  ['A10', 'Menjadi tim ahli atau tim pemenangan bakal calon/calon', null, 'SEDANG', 'BERAT'],
  ['A11', 'Membuat surat dukungan atau mengumpulkan fotokopi KTP/surat keterangan penduduk untuk bakal calon/calon',
    null, 'BERAT', 'BERAT'],
  ['A12', 'Membuat keputusan atau tindakan yang menguntungkan atau merugikan bakal calon/calon',
    null, 'BERAT', 'BERAT'],
];

const NON_ASN_NOTE = 'Non-ASN (SE MenPANRB 01/2023): bentuk pelanggaran sama; sanksi sesuai kontrak kerja sampai pemutusan hubungan kerja.';
const VILLAGE_NOTE = 'Kepala/perangkat desa: sanksi administratif menurut UU Desa; ketentuan pidana menurut undang-undang pemilihan.';

/** [date, name, kind]: SKB 3 Menteri for 2024 and 2025, and the Pilkada 2024 voting day (Keppres 25/2024). */
const SEEDED_HOLIDAYS: readonly [string, string, 'LIBUR' | 'CUTI_BERSAMA'][] = [
  ['2024-01-01', 'Tahun Baru 2024 Masehi', 'LIBUR'], ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR'],
  ['2024-02-09', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA'], ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'LIBUR'],
  ['2024-02-14', 'Pemungutan suara Pemilu 2024', 'LIBUR'],
  ['2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', 'LIBUR'], ['2024-03-12', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA'],
  ['2024-03-29', 'Wafat Isa Almasih', 'LIBUR'], ['2024-03-31', 'Hari Paskah', 'LIBUR'],
  ['2024-04-08', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'], ['2024-04-09', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
  ['2024-04-10', 'Hari Raya Idul Fitri 1445 H', 'LIBUR'], ['2024-04-11', 'Hari Raya Idul Fitri 1445 H', 'LIBUR'],
  ['2024-04-12', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'], ['2024-04-15', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
  ['2024-05-01', 'Hari Buruh Internasional', 'LIBUR'], ['2024-05-09', 'Kenaikan Isa Almasih', 'LIBUR'],
  ['2024-05-10', 'Cuti bersama Kenaikan Isa Almasih', 'CUTI_BERSAMA'], ['2024-05-23', 'Hari Raya Waisak 2568 BE', 'LIBUR'],
  ['2024-05-24', 'Cuti bersama Hari Raya Waisak', 'CUTI_BERSAMA'], ['2024-06-01', 'Hari Lahir Pancasila', 'LIBUR'],
  ['2024-06-17', 'Hari Raya Idul Adha 1445 H', 'LIBUR'], ['2024-06-18', 'Cuti bersama Idul Adha', 'CUTI_BERSAMA'],
  ['2024-07-07', 'Tahun Baru Islam 1446 H', 'LIBUR'], ['2024-08-17', 'Hari Kemerdekaan RI', 'LIBUR'],
  ['2024-09-16', 'Maulid Nabi Muhammad SAW', 'LIBUR'], ['2024-11-27', 'Pemungutan suara Pilkada Serentak 2024', 'LIBUR'],
  ['2024-12-25', 'Hari Raya Natal', 'LIBUR'], ['2024-12-26', 'Cuti bersama Hari Raya Natal', 'CUTI_BERSAMA'],
  ['2025-01-01', 'Tahun Baru 2025 Masehi', 'LIBUR'], ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'LIBUR'],
  ['2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA'], ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'LIBUR'],
  ['2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA'], ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', 'LIBUR'],
  ['2025-03-31', 'Hari Raya Idul Fitri 1446 H', 'LIBUR'], ['2025-04-01', 'Hari Raya Idul Fitri 1446 H', 'LIBUR'],
  ['2025-04-02', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'], ['2025-04-03', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
  ['2025-04-04', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'], ['2025-04-07', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA'],
  ['2025-04-18', 'Wafat Isa Almasih', 'LIBUR'], ['2025-04-20', 'Hari Paskah', 'LIBUR'],
  ['2025-05-01', 'Hari Buruh Internasional', 'LIBUR'], ['2025-05-12', 'Hari Raya Waisak 2569 BE', 'LIBUR'],
  ['2025-05-13', 'Cuti bersama Hari Raya Waisak', 'CUTI_BERSAMA'], ['2025-05-29', 'Kenaikan Isa Almasih', 'LIBUR'],
  ['2025-05-30', 'Cuti bersama Kenaikan Isa Almasih', 'CUTI_BERSAMA'], ['2025-06-01', 'Hari Lahir Pancasila', 'LIBUR'],
  ['2025-06-06', 'Hari Raya Idul Adha 1446 H', 'LIBUR'], ['2025-06-09', 'Cuti bersama Idul Adha', 'CUTI_BERSAMA'],
  ['2025-06-27', 'Tahun Baru Islam 1447 H', 'LIBUR'], ['2025-08-17', 'Hari Kemerdekaan RI', 'LIBUR'],
  ['2025-08-18', 'Cuti bersama Hari Kemerdekaan RI', 'CUTI_BERSAMA'], ['2025-09-05', 'Maulid Nabi Muhammad SAW', 'LIBUR'],
  ['2025-12-25', 'Hari Raya Natal', 'LIBUR'], ['2025-12-26', 'Cuti bersama Hari Raya Natal', 'CUTI_BERSAMA'],
];

export function updateToSchemaVersion7(db: SqlDatabase): void {
  db.exec(`
    CREATE TABLE violation_type (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
      act TEXT NOT NULL CHECK (length(act) > 0),
      ethics_form TEXT,
      discipline_level_before TEXT CHECK (discipline_level_before IS NULL OR discipline_level_before IN ${LEVELS}),
      discipline_level_after TEXT CHECK (discipline_level_after IS NULL OR discipline_level_after IN ${LEVELS}),
      non_asn_note TEXT NOT NULL DEFAULT '',
      village_note TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL,
      seeded INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),
      retired_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (ethics_form IS NOT NULL OR discipline_level_before IS NOT NULL OR discipline_level_after IS NOT NULL)
    );

    CREATE TABLE holiday (
      ${DATE('date')} PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      kind TEXT NOT NULL CHECK (kind IN ('LIBUR','CUTI_BERSAMA')),
      created_at TEXT NOT NULL
    );

    CREATE TABLE finding (
      id INTEGER PRIMARY KEY,
      election_id INTEGER REFERENCES election(id),
      staff_id INTEGER REFERENCES staff(id),
      person_name TEXT NOT NULL CHECK (length(person_name) > 0),
      person_nip TEXT CHECK (person_nip IS NULL OR (length(person_nip) = 18 AND person_nip NOT GLOB '*[^0-9]*')),
      person_nik TEXT CHECK (person_nik IS NULL OR (length(person_nik) = 16 AND person_nik NOT GLOB '*[^0-9]*')),
      person_position TEXT NOT NULL DEFAULT '',
      person_position_type TEXT NOT NULL,
      person_unit TEXT NOT NULL DEFAULT '',
      person_employment TEXT NOT NULL,
      violation_type_id INTEGER NOT NULL REFERENCES violation_type(id),
      ${DATE('known_date')},
      ${DATE('act_date')},
      act_time TEXT CHECK (act_time IS NULL OR act_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      act_place TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL CHECK (source IN ('MONITORING','PUBLIC_REPORT','BAWASLU','MEDIA','SOCIAL_MEDIA')),
      source_link TEXT,
      sbt_number TEXT,
      description TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX finding_staff ON finding(staff_id);
    CREATE INDEX finding_type ON finding(violation_type_id);

    CREATE TABLE finding_chronology (
      id INTEGER PRIMARY KEY,
      finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
      ${DATE('date')},
      text TEXT NOT NULL CHECK (length(text) > 0),
      created_at TEXT NOT NULL
    );
    CREATE INDEX finding_chronology_finding ON finding_chronology(finding_id);

    CREATE TABLE finding_step (
      id INTEGER PRIMARY KEY,
      finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('REPORTED_BAWASLU','FORWARDED_BKN','VERIFICATION','RECOMMENDATION','PPK_DECISION','SANCTION','CLOSED')),
      ${DATE('date')},
      actor TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      stage_after TEXT NOT NULL CHECK (stage_after IN ${STAGES}),
      created_at TEXT NOT NULL
    );
    CREATE INDEX finding_step_finding ON finding_step(finding_id);

    CREATE TABLE finding_evidence (
      finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
      evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
      PRIMARY KEY (finding_id, evidence_id)
    );
    CREATE INDEX finding_evidence_evidence ON finding_evidence(evidence_id);
  `);
  const now = new Date().toISOString();
  const type = db.prepare(`INSERT INTO violation_type (code, act, ethics_form, discipline_level_before, discipline_level_after,
      non_asn_note, village_note, sort_order, seeded, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  try {
    SEEDED_TYPES.forEach(([code, act, ethics, before, after], i) => {
      type.run([code, act, ethics, before, after, NON_ASN_NOTE, VILLAGE_NOTE, (i + 1) * 10, now, now]);
    });
  } finally {
    type.free();
  }
  const holiday = db.prepare('INSERT INTO holiday (date, name, kind, created_at) VALUES (?, ?, ?, ?)');
  try {
    for (const [date, name, kind] of SEEDED_HOLIDAYS) holiday.run([date, name, kind, now]);
  } finally {
    holiday.free();
  }
}
