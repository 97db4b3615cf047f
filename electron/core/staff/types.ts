// Roster vocabulary shared by the staff area (validators, import, service, screen types).

export const EMPLOYMENTS = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'NON_ASN', 'KEPALA_DESA', 'PERANGKAT_DESA'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

/** Position types as central systems count them (DOMAIN.md, "What central systems track"). */
export const POSITION_TYPES = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA', 'CAMAT_LURAH', 'KEPALA_DESA'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export type Gender = 'L' | 'P';

/** Dates are `YYYY-MM-DD` text everywhere in the core. */
export type IsoDate = string;

export const LEFT_REASONS = ['MUTASI', 'PENSIUN', 'MENINGGAL', 'BERHENTI', 'LAINNYA'] as const;
export type LeftReason = (typeof LEFT_REASONS)[number];

export type StaffStatus = 'ACTIVE' | 'LEFT';

/** What is known of a person, on the roster (Staff) or read from a roster file (import/types.ts's StaffDraft). */
export interface PersonFields {
  /** Full name with titles. */
  name: string;
  /** 18 digits (NIP PNS or NI PPPK). */
  nip: string | null;
  /** 16 digits. */
  nik: string | null;
  employment: Employment;
  /** 'III/b', or PPPK 'IX'. */
  rank: string | null;
  /** 'Penata Muda Tk. I' (PNS only). */
  rankName: string | null;
  /** Jabatan. */
  position: string | null;
  positionType: PositionType;
  gender: Gender | null;
  birthDate: IsoDate | null;
  birthPlace: string | null;
}

/** One person on the roster, as the screens and the command line see them. */
export interface Staff extends PersonFields {
  id: number;
  /** true when the position type was set by hand (imports then leave it alone) */
  positionTypeManual: boolean;
  unitId: number | null;
  unitName: string | null;
  status: StaffStatus;
  leftReason: LeftReason | null;
  leftDate: IsoDate | null;
  updatedAt: string;
}

export interface Unit {
  id: number;
  name: string;
  activeStaff: number;
  totalStaff: number;
  /** old spellings (from merges and renames) that imports map to this unit */
  aliases: string[];
}
