// The harness's own temp folder (uploads, "saved" files): removed when it closes, and — if a harness was killed
// before it could — at the next harness start: every satgas-harness-* folder whose owner process has ended (its
// pid is written inside), or that has no owner file and is older than a day.
import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from '../core/db/lockEnvironment';

export const HARNESS_TEMP_PREFIX = 'satgas-harness-';
const OWNER_FILE = 'owner.pid';
const UNOWNED_MS = 24 * 3600 * 1000;

export function makeHarnessTemp(root: string): string {
  const dir = fs.mkdtempSync(path.join(root, HARNESS_TEMP_PREFIX));
  fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

/** Removes the temp folders of harnesses that have ended; returns how many. Never throws. */
export function removeDeadHarnessTemps(root: string, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(root).filter((n) => n.startsWith(HARNESS_TEMP_PREFIX));
  } catch {
    return 0;
  }
  for (const name of names) {
    const dir = path.join(root, name);
    try {
      let dead: boolean;
      try {
        const pid = Number(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
        dead = !(Number.isInteger(pid) && pid > 0 && processAlive(pid));
      } catch {
        dead = now - fs.statSync(dir).mtimeMs > UNOWNED_MS;
      }
      if (dead) {
        fs.rmSync(dir, { recursive: true, force: true });
        removed++;
      }
    } catch {
      // another harness's, or already gone
    }
  }
  return removed;
}

/** The upload (its own folder under `uploadsDir`) that holds `file`, removed; a file elsewhere is left alone. */
export function removeUpload(uploadsDir: string, file: string): void {
  const rel = path.relative(uploadsDir, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return;
  fs.rmSync(path.join(uploadsDir, rel.split(path.sep)[0]!), { recursive: true, force: true });
}
