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

/** One person on the roster, as the screens and the command line see them. */
export interface Staff {
  id: number;
  name: string;
  nip: string | null;
  nik: string | null;
  employment: Employment;
  rank: string | null;
  rankName: string | null;
  position: string | null;
  positionType: PositionType;
  /** true when the position type was set by hand (imports then leave it alone) */
  positionTypeManual: boolean;
  unitId: number | null;
  unitName: string | null;
  gender: Gender | null;
  birthDate: IsoDate | null;
  birthPlace: string | null;
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
