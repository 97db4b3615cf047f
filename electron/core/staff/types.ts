// Roster vocabulary shared by the staff area (validators, import, service, screen types).

export const EMPLOYMENTS = ['PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU', 'NON_ASN', 'KEPALA_DESA', 'PERANGKAT_DESA'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

/** Position types as central systems count them (DOMAIN.md, "What central systems track"). */
export const POSITION_TYPES = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA', 'CAMAT_LURAH', 'KEPALA_DESA'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export type Gender = 'L' | 'P';

/** Dates are `YYYY-MM-DD` text everywhere in the core. */
export type IsoDate = string;
