// After each e2e file (its afterAll closes the app), the harness's app log is searched for every NIP, NIK and name
// the run put into the database, and for any 16- or 18-digit run at all: a log line carrying an identity fails
// the file. Every harness writes its log under test/artifacts/e2e-logs/ (kept after the run, to be looked at).
import fs from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../../electron/core/app/workspace';

export const E2E_LOGS = path.resolve('test/artifacts/e2e-logs');

/** The NIPs, NIKs and names in the database now (staff, findings, the profile's signers); empty when it is locked. */
export function identitiesIn(workspace: Workspace): string[] {
  try {
    return workspace.db().read((q) => {
      const has = (t: string) => q.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", [t]) !== undefined;
      const values = [
        ...(has('staff') ? q.all('SELECT name AS a, nip AS b, nik AS c FROM staff') : []),
        ...(has('finding') ? q.all('SELECT person_name AS a, person_nip AS b, person_nik AS c FROM finding') : []),
        ...q.all('SELECT head_name AS a, head_nip AS b, secretary_name AS c, secretary_nip AS d FROM opd_profile'),
      ].flatMap((r) => Object.values(r)).filter((v): v is string => typeof v === 'string' && v.trim().length >= 4);
      // a name also without its titles ("Siti Rahmawati, S.Sos." → "Siti Rahmawati")
      const bare = values.map((v) => v.split(',')[0]!.replace(/^(?:(?:Dr|Drs|Hj?|Ir)\.\s*)+/, '').trim()).filter((v) => v.length >= 4);
      return [...new Set([...values, ...bare])];
    });
  } catch {
    return [];
  }
}

/** The identities (and bare 16/18-digit numbers) found in the log file and its rotated copies. */
export function leaksIn(logFile: string, identities: readonly string[]): string[] {
  const files = [logFile, `${logFile}.1`, `${logFile}.2`].filter((f) => fs.existsSync(f));
  const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const found = identities.filter((v) => text.includes(v));
  const digits = text.match(/(?<!\d)(?:\d{18}|\d{16})(?!\d)/g) ?? [];
  return [...new Set([...found, ...digits])];
}
