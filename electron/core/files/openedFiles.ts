// Files the app was opened with: a double-click on a `.satgasbak` in Explorer starts the app (or, when it runs
// already, hands the path to the running one) with the file's path among the command-line arguments. Only
// existing backup files are kept; each is given to the screen once, which then shows what the backup holds.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION } from '../backup/create';

/** The backup files named in a command line (Electron's own arguments and switches are ignored). */
export function backupFilesIn(argv: readonly string[], exists: (file: string) => boolean = (f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile() ?? false): string[] {
  return argv.filter((a) => !a.startsWith('-') && path.extname(a).toLowerCase() === `.${BACKUP_EXTENSION}` && exists(a)).map((a) => path.resolve(a));
}

/** The queue behind the platform port's takeOpenedFile(): offered from the command line, taken by the screen. */
export class OpenedFiles {
  private readonly queue: string[] = [];

  offer(argv: readonly string[], exists?: (file: string) => boolean): number {
    const found = backupFilesIn(argv, exists);
    for (const f of found) if (!this.queue.includes(f)) this.queue.push(f);
    return found.length;
  }

  take(): string | null {
    return this.queue.shift() ?? null;
  }
}
