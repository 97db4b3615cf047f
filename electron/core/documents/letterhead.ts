// The kop surat as printed documents use it (DOMAIN.md "Printed documents"): the emblem at top left,
// PEMERINTAH KABUPATEN/KOTA …, the OPD's name in capitals, address and contacts, a double rule under it. The
// same data feeds the PDF part (pdf/letterhead.ts) and the Word part (docx/letterhead.ts).
import type { Profile } from '../profile/types';
import { ui } from '../../shared/messages';

export interface LetterheadData {
  government: string;
  opdName: string;
  contactLines: string[];
  emblem: { mime: 'image/png' | 'image/jpeg' | 'image/svg+xml'; bytes: Buffer } | null;
}

export function letterheadOf(p: Pick<Profile, 'opdName' | 'regency' | 'address' | 'postcode' | 'phone' | 'email' | 'website' | 'emblem'>): LetterheadData {
  const l = ui.profile;
  const regency = p.regency.replace(/\s+/g, ' ').trim().toUpperCase();
  const first = [p.address, p.phone && `${l.letterPhone} ${p.phone}`, p.postcode && `${l.letterPostcode} ${p.postcode}`].filter(Boolean).join(', ');
  const second = [p.email && `${l.letterEmail}: ${p.email}`, p.website && `${l.letterWebsite}: ${p.website}`].filter(Boolean).join('  ');
  return {
    government: regency ? `${l.government} ${regency}` : l.government,
    opdName: p.opdName.replace(/\s+/g, ' ').trim().toUpperCase(),
    contactLines: [first, second].filter(Boolean),
    emblem: p.emblem ? { mime: p.emblem.mime, bytes: Buffer.from(p.emblem.dataBase64, 'base64') } : null,
  };
}
