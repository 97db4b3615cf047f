/** The OPD profile: the letterhead (kop surat), the head of the OPD, and the satgas secretary. */
export interface Profile {
  opdName: string;
  regency: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  website: string;
  headName: string;
  headNip: string;
  headRank: string;
  headPosition: string;
  secretaryName: string;
  secretaryNip: string;
  emblem: Emblem | null;
  updatedAt: string | null;
}

export interface Emblem {
  mime: EmblemMime;
  dataBase64: string;
}

export const EMBLEM_MIMES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type EmblemMime = (typeof EMBLEM_MIMES)[number];

export type ProfileFields = Omit<Profile, 'emblem' | 'updatedAt'>;
