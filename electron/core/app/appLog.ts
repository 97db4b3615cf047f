// The app's own log file, <userData>/log/satgas.log: technical details the user is not shown (a failed backup's
// error, a programming error's stack), for whoever supports the OPD. Size-bounded: at 1 MB the file is rotated
// (satgas.log → satgas.log.1 → satgas.log.2, the oldest dropped). Every line goes through redact() first. Writing
// never throws: a log that cannot be written must not stop the app.
import fs from 'node:fs';
import path from 'node:path';
import { redact } from './redact';

export const LOG_FILE = 'satgas.log';
export const MAX_LOG_BYTES = 1024 * 1024;
export const KEPT_LOGS = 2;

export interface AppLog {
  readonly file: string;
  /** one line, redacted, with the time */
  line(text: string): void;
  /** a thrown value where it was caught (a call's name, "job", "start"): its message and stack, redacted */
  error(e: unknown, where: string): void;
}

export interface AppLogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
  /** also shown here (the terminal: console.error), redacted as written */
  echo?: (line: string) => void;
}

export function logDirOf(userDataDir: string): string {
  return path.join(userDataDir, 'log');
}

/** The stack (which starts with the message) or the value, for one log line. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

function rotate(file: string, keep: number): void {
  fs.rmSync(`${file}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) {
    if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
  }
  if (keep >= 1) fs.renameSync(file, `${file}.1`);
  else fs.rmSync(file, { force: true });
}

export function openAppLog(dir: string, options: AppLogOptions = {}): AppLog {
  const { maxBytes = MAX_LOG_BYTES, keep = KEPT_LOGS, now = () => new Date(), echo } = options;
  const file = path.join(dir, LOG_FILE);
  let size = -1;
  const write = (text: string) => {
    const line = `${now().toISOString()} ${redact(text)}\n`;
    echo?.(line.trimEnd());
    try {
      if (size < 0) {
        fs.mkdirSync(dir, { recursive: true });
        size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) {
        rotate(file, keep);
        size = 0;
      }
      fs.appendFileSync(file, line);
      size += bytes;
    } catch {
      size = -1; // not written; the next line tries again from the file as it is
    }
  };
  return {
    file,
    line: write,
    error: (e, where) => write(`error in ${where}: ${describeError(e)}`),
  };
}
