// Test helpers: evidence files written into the store's layout, a database's content as comparable data, and
// backups rewritten with a changed manifest or part (what a tampered or lying backup looks like).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Query } from '../../../electron/core/db/database';
import { evidenceFiles, evidenceFolderOf } from '../../../electron/core/backup/dataFolder';
import type { Manifest } from '../../../electron/core/backup/manifest';
import { MANIFEST_NAME } from '../../../electron/core/backup/manifest';
import { ZipWriter } from '../../../electron/core/backup/zipWriter';
import { BACKUP_ZIP_LIMITS } from '../../../electron/core/backup/verify';
import { GuardedZip } from '../../../electron/core/spreadsheet/zipGuard';

/** Stores bytes as the evidence store does: `bukti/<2 hex>/<sha256>.<ext>`; returns the relative path. */
export function putEvidence(dbFile: string, bytes: Buffer, ext = 'jpg'): string {
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = `${sha.slice(0, 2)}/${sha}.${ext}`;
  const file = path.join(evidenceFolderOf(dbFile), sha.slice(0, 2), `${sha}.${ext}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return rel;
}

/** Every evidence file and its SHA-256. */
export function evidenceState(dbFile: string): Record<string, string> {
  const dir = evidenceFolderOf(dbFile);
  return Object.fromEntries(evidenceFiles(dir).map((rel) => [rel, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, rel))).digest('hex')]));
}

/** Every table's rows as sorted JSON lines: two databases with the same content give the same value. */
export function dumpTables(q: Query): Record<string, string[]> {
  const tables = q.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return Object.fromEntries(tables.map(({ name }) => [name, q.all(`SELECT * FROM "${name}"`).map((r) => JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))).sort()]));
}

export function fileSha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export interface Parts {
  manifest: Manifest;
  parts: Map<string, Buffer>;
}

export async function readParts(file: string): Promise<Parts> {
  const zip = new GuardedZip(fs.readFileSync(file), BACKUP_ZIP_LIMITS);
  const parts = new Map<string, Buffer>();
  for (const name of zip.index.keys()) {
    const chunks: Buffer[] = [];
    for await (const c of zip.chunks(name)) chunks.push(c);
    parts.set(name, Buffer.concat(chunks));
  }
  return { manifest: JSON.parse(parts.get(MANIFEST_NAME)!.toString('utf8')) as Manifest, parts };
}

/** Writes a zip from parts (the manifest given separately, as JSON of whatever shape). */
export function writeParts(file: string, manifest: unknown, parts: Map<string, Buffer>): void {
  const fd = fs.openSync(file, 'w');
  try {
    const zip = new ZipWriter(fd);
    for (const [name, bytes] of parts) if (name !== MANIFEST_NAME) zip.add(name, bytes, name.endsWith('.db'));
    zip.add(MANIFEST_NAME, Buffer.from(typeof manifest === 'string' ? manifest : JSON.stringify(manifest)), true);
    zip.finish();
  } finally {
    fs.closeSync(fd);
  }
}
