// The OPD profile: one row, edited from the "Profil OPD" screen; the emblem image is stored in the database so
// that a backup of the one file carries the letterhead too.
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import { decodeNip } from '../staff/identity/nip';
import { checkEmblem } from './emblem';
import type { Emblem, EmblemMime, Profile, ProfileFields } from './types';

const COLUMNS: Record<keyof ProfileFields, string> = {
  opdName: 'opd_name', regency: 'regency', address: 'address', postcode: 'postcode', phone: 'phone', email: 'email',
  website: 'website', headName: 'head_name', headNip: 'head_nip', headRank: 'head_rank', headPosition: 'head_position',
  secretaryName: 'secretary_name', secretaryNip: 'secretary_nip',
};

const FIELD_LABELS: Partial<Record<keyof ProfileFields, string>> = { opdName: 'Nama OPD', headNip: 'NIP Kepala OPD', secretaryNip: 'NIP Sekretaris Satgas' };

export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

export function getProfile(q: Query): Profile {
  const row = q.get('SELECT * FROM opd_profile WHERE id = 1');
  if (!row) throw new Error('opd_profile row 1 is missing');
  const fields = Object.fromEntries(Object.entries(COLUMNS).map(([key, col]) => [key, String(row[col] ?? '')])) as unknown as ProfileFields;
  const bytes = row.emblem;
  const emblem: Emblem | null = bytes instanceof Uint8Array && row.emblem_mime
    ? { mime: String(row.emblem_mime) as EmblemMime, dataBase64: Buffer.from(bytes).toString('base64') }
    : null;
  return { ...fields, emblem, updatedAt: row.updated_at === null ? null : String(row.updated_at) };
}

function validate(input: ProfileFields): ProfileFields {
  if (!input.opdName) throw new UserError('required', { label: FIELD_LABELS.opdName!, field: 'opdName' });
  const out = { ...input };
  for (const key of ['headNip', 'secretaryNip'] as const) {
    if (!input[key]) continue;
    const nip = decodeNip(input[key]);
    if (!nip.ok) throw new UserError('invalid-nip', { value: input[key], reason: nip.reason, label: FIELD_LABELS[key]!, field: key });
    out[key] = nip.digits;
  }
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(input.email)) throw new UserError('invalid-email', { value: input.email, field: 'email' });
  if (input.postcode && !/^\d{5}$/.test(input.postcode)) throw new UserError('invalid-postcode', { value: input.postcode, field: 'postcode' });
  return out;
}

export function saveProfile(tx: Tx, input: ProfileFields): Profile {
  const clean = validate(input);
  const keys = Object.keys(COLUMNS) as (keyof ProfileFields)[];
  const sets = keys.map((k) => `${COLUMNS[k]} = $${k}`).join(', ');
  const params = Object.fromEntries(keys.map((k) => [`$${k}`, clean[k]]));
  tx.run(`UPDATE opd_profile SET ${sets}, updated_at = $now WHERE id = 1`, { ...params, $now: new Date().toISOString() });
  tx.audit('Profile', 1);
  return getProfile(tx);
}

export function emblemTooLarge(bytes: number): UserError {
  return new UserError('emblem-too-large', { size: `${(bytes / 1048576).toFixed(1)} MB` });
}

export function setEmblem(tx: Tx, bytes: Buffer): Profile {
  if (bytes.byteLength > MAX_EMBLEM_BYTES) throw emblemTooLarge(bytes.byteLength);
  // what is stored is what the check rebuilt: a PNG/JPEG without metadata, a sanitized SVG
  const emblem = checkEmblem(bytes);
  tx.run('UPDATE opd_profile SET emblem = ?, emblem_mime = ?, updated_at = ? WHERE id = 1', [emblem.bytes, emblem.mime, new Date().toISOString()]);
  tx.audit('Profile', 1, 'emblem');
  return getProfile(tx);
}

export function clearEmblem(tx: Tx): Profile {
  tx.run('UPDATE opd_profile SET emblem = NULL, emblem_mime = NULL, updated_at = ? WHERE id = 1', [new Date().toISOString()]);
  tx.audit('Profile', 1, 'emblem removed');
  return getProfile(tx);
}

/** The emblem these bytes would make, without saving it: the form shows it until Simpan (same checks as setEmblem). */
export function emblemOf(bytes: Buffer): Emblem {
  if (bytes.byteLength > MAX_EMBLEM_BYTES) throw emblemTooLarge(bytes.byteLength);
  const emblem = checkEmblem(bytes);
  return { mime: emblem.mime, dataBase64: Buffer.from(emblem.bytes).toString('base64') };
}
