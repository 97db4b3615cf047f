// The preview is the real PDF: written into the app's own preview folder and opened with files.open (the
// system's PDF viewer in Electron, a new tab in the web harness), where Ctrl+P prints it. Decrypted evidence
// opened in its program is written here too (evidence.open). Previews older than a day are cleared as new ones
// are made, and every preview when the app quits and again at the next start (a run that crashed); one still
// open in a viewer (locked on Windows) is left alone until the next time.
import fs from 'node:fs';
import path from 'node:path';
import type { CallContext } from '../handlerTypes';
import { UserError } from '../errors';
import { ui } from '../../shared/messages';

const KEEP_MS = 24 * 3600 * 1000;

export function previewFolder(ctx: Pick<CallContext, 'platform'>): string {
  return path.join(ctx.platform.userDataDir(), 'pratinjau');
}

function clearOld(dir: string, now: number, keepMs = KEEP_MS): number {
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > keepMs) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // open in a viewer, or already gone
    }
  }
  return removed;
}

/** At start and at quit (Electron, the harness): every preview is removed; returns how many. Never throws. */
export function clearAllPreviews(ctx: Pick<CallContext, 'platform'>): number {
  try {
    return clearOld(previewFolder(ctx), Date.now(), -1);
  } catch {
    return 0; // no preview folder yet
  }
}

/** Writes the bytes as "Pratinjau - <name>" (or "… (2)" when that one is open and locked); returns the path. */
export function writePreview(ctx: Pick<CallContext, 'platform'>, name: string, bytes: Buffer, now = Date.now()): string {
  const dir = previewFolder(ctx);
  try {
    fs.mkdirSync(dir, { recursive: true });
    clearOld(dir, now);
  } catch (e) {
    throw new UserError('document-preview-failed', { detail: (e as NodeJS.ErrnoException).code ?? '-' });
  }
  const ext = path.extname(name);
  const base = `${ui.documents.previewPrefix} - ${name.slice(0, name.length - ext.length)}`;
  let last: unknown;
  for (let i = 1; i <= 20; i++) {
    const file = path.join(dir, i === 1 ? `${base}${ext}` : `${base} (${i})${ext}`);
    try {
      fs.writeFileSync(file, bytes);
      return file;
    } catch (e) {
      last = e;
    }
  }
  throw new UserError('document-preview-failed', { detail: (last as NodeJS.ErrnoException).code ?? '-' });
}
