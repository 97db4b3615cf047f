// The manifest of a backup (`manifest.json` in the zip): what the backup holds and every file's SHA-256. Parsed
// strictly: paths are only ever the database's name or an evidence file's content address, so a hostile manifest
// cannot name a path outside the folder it is restored into.
//
// Format 1: the database in the clear. Format 2 (data protected by a passphrase): the same layout, with the
// database encrypted exactly as the live file is on disk (AES-256-GCM, purpose 'database', under the data key),
// the evidence files as stored (encrypted, purpose 'evidence'), and the key file `kunci.json` (the data key
// wrapped under the passphrase and the recovery code: nothing in it opens the data without one of them). The
// manifest then says so (`encryption.keyId`) and holds no personal data: the OPD's name, dates, versions,
// counts and hashes of the stored bytes. A plain backup is still written as format 1, readable by older apps.
import { z } from 'zod';
import type { BackupCounts } from './types';

export const MANIFEST_NAME = 'manifest.json';
export const DB_ENTRY = 'satgas.db';
export const EVIDENCE_PREFIX = 'bukti/';
export const BACKUP_FORMAT = 'satgas-netralitas-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** the format a backup of plain data is still written in (nothing in it changed) */
export const PLAIN_FORMAT_VERSION = 1;
/** the key file, in an encrypted backup only */
export const KEY_ENTRY = 'kunci.json';

/** An evidence file stored under its content address: `<first 2 hex>/<sha256>.<ext>` (EVIDENCE.md). */
export const EVIDENCE_RELATIVE = /^([0-9a-f]{2})\/([0-9a-f]{64})\.[a-z0-9]{1,10}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const fileEntry = z.object({
  path: z.string().max(200).refine((p) => p === DB_ENTRY || p === KEY_ENTRY || (p.startsWith(EVIDENCE_PREFIX) && EVIDENCE_RELATIVE.test(p.slice(EVIDENCE_PREFIX.length)))),
  size: z.number().int().nonnegative().max(2 ** 32 - 1),
  sha256: z.string().regex(SHA256),
}).strict();

const count = z.number().int().nonnegative().nullable();

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]{1,40})?$/),
  schemaVersion: z.number().int().nonnegative().max(10_000),
  opdName: z.string().max(500),
  createdAt: z.iso.datetime(),
  counts: z.object({ staff: count, sessions: count, pledges: count, findings: count, evidence: count }).strict(),
  files: z.array(fileEntry).min(1).max(200_000),
  /** present only in an encrypted backup (format 2): the id of the data key its files are encrypted under */
  encryption: z.object({ keyId: z.string().regex(/^[0-9a-f]{16}$/) }).strict().optional(),
}).strict().refine((m) => (m.encryption !== undefined) === m.files.some((f) => f.path === KEY_ENTRY) && (m.encryption === undefined || m.formatVersion >= 2));

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = Manifest['files'][number];

/** The tables behind each count. Areas built later (pledges, findings) are counted when their table exists. */
export const COUNTED_TABLES: Record<keyof BackupCounts, string> = {
  staff: 'staff',
  sessions: 'session',
  pledges: 'pledge_signature',
  findings: 'finding',
  evidence: 'evidence',
};

/** -1, 0 or 1 as version `a` is older, the same, or newer than `b` (major.minor.patch; a pre-release tag ignored). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number(n) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
