// The work of the mixed crash test, shared by its child (which does it) and the test (which checks what each
// reported piece left behind): the order of the kinds, and the files the child imports and attaches.
import { SEMICOLON_BOM_CSV } from '../../fixtures/roster/csv';
import { generatedName } from '../../helpers/generatedRoster';
import type { Cell } from '../../helpers/rosterXlsx';

/** One round of work; a restore always follows the backup it restores (the content stays equal). */
export const KINDS = ['import', 'tick', 'finding', 'tick', 'edit', 'step', 'evidence', 'tick', 'backup', 'restore'] as const;
export type Kind = (typeof KINDS)[number];

/** A valid NIP of its own for the person the n-th import adds (birth date, appointment, sex, sequence). */
export function nipOf(n: number): string {
  const month = String(1 + (Math.floor(n / 999) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 11_988) % 28)).padStart(2, '0');
  return `1980${month}${day}200501${1 + (n % 2)}${String(1 + (n % 999)).padStart(3, '0')}`;
}

/** Excel's "CSV (semicolon)" as an office saves it (BOM, title rows, a JUMLAH row), with the n-th person added. */
export function csvRoster(n: number): Buffer {
  const lines = SEMICOLON_BOM_CSV.split('\r\n');
  const total = lines.findIndex((l) => l.startsWith('JUMLAH'));
  lines.splice(total, 0, `6;${generatedName(n)};${nipOf(n)};"Penata Muda, III/a";Pengelola Data;Sub Bagian Umum;Laki-laki;PNS`);
  return Buffer.from(lines.join('\r\n'));
}

const XLSX_HEADER = ['No', 'Nama', 'NIP', 'Pangkat/Gol. Ruang', 'Jabatan', 'Unit Kerja'];
const XLSX_ROWS: Cell[][] = [
  [1, 'Dr. H. Akhmad Zaini, S.Pd., M.Pd.', '19680523 199803 1 005', 'Pembina Utama Muda, IV/c', 'Kepala Dinas', 'Dinas Pendidikan dan Kebudayaan'],
  [2, 'Siti Rahmawati, S.Sos.', '198507142010012003', 'Pembina, IV/a', 'Sekretaris', 'Sekretariat'],
  [3, 'Budi Santoso, S.E.', '197901012005011002', 'Penata Muda Tk. I, III/b', 'Pengelola Keuangan', 'Sekretariat'],
  [4, 'Drs. Eko Permana, M.Si.', '196912121994031004', 'Pembina, IV/a', 'Kepala Bidang Pembinaan SD', 'Bidang Pembinaan SD'],
  [5, 'Ani Wulandari', '199001152019022001', 'Penata Muda, III/a', 'Pengawas Sekolah Ahli Muda', 'Bidang Pembinaan SD'],
];

/** A DUK-like workbook (title row merged over the table, a blank row, the header) with the n-th person added. */
export function xlsxRoster(n: number, write: (header: string[], rows: Cell[][]) => Promise<Buffer>): Promise<Buffer> {
  return write(XLSX_HEADER, [...XLSX_ROWS, [6, generatedName(n), nipOf(n), 'Penata Muda, III/a', 'Pranata Komputer Ahli Pertama', 'Sekretariat']]);
}

/** A JPEG's first bytes and a body of its own: every n a different stored file. */
export function evidenceBytes(n: number): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`tangkapan layar ${n} `.repeat(200))]);
}
