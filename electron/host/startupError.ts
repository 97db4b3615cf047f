// What the user is told when the app cannot start: a failure at start-up must not only log and exit. Electron's
// main shows this in a native error dialog; here it is plain data so that a test can read it.
import { fillTemplate, ui } from '../shared/messages';

export interface StartupFailure {
  title: string;
  message: string;
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

export function startupFailure(error: unknown, dataDir: string): StartupFailure {
  const e = error as NodeJS.ErrnoException | undefined;
  const code = e?.code ?? '';
  const text = String(e?.message ?? error);
  const t = ui.startup;
  if (NOT_WRITABLE.has(code)) return { title: t.title, message: fillTemplate(t.notWritable, { dir: dataDir }) };
  if (code === 'ENOSPC') return { title: t.title, message: fillTemplate(t.diskFull, { dir: dataDir }) };
  if (/wasm/i.test(text) || (code === 'ENOENT' && /sql-wasm/.test(text))) return { title: t.title, message: t.damagedInstall };
  return { title: t.title, message: fillTemplate(t.unknown, { detail: text.slice(0, 200) }) };
}
