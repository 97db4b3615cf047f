// The platform port: what the core needs from the operating system, as an interface the core owns. Two
// implementations: Electron's (electron/main/platform.ts: native dialogs, shell) and the web harness's
// (electron/harness/platform.ts: uploads into a temp folder, a downloads folder). Paths cross this port; the
// renderer only ever sees file references (see files/registry.ts).
import type { PaperSize } from '../documents/types';

/** What the user is choosing a file for: decides the dialog's filters and which last folder it opens in. */
export type OpenKind = 'roster' | 'emblem' | 'evidence' | 'backup' | 'recap';

/** What the app is saving: decides the filter of the save dialog and its last folder. */
export type SaveKind = 'xlsx' | 'pdf' | 'docx' | 'backup' | 'database' | 'recap';

export interface ChooseRequest {
  kind: OpenKind;
  multiple: boolean;
}

export interface SaveRequest {
  kind: SaveKind;
  /** the file name offered in the dialog, e.g. "Templat Daftar Pegawai.xlsx" */
  suggestedName: string;
}

export interface Platform {
  userDataDir(): string;
  /** absolute paths of the chosen files; [] when the user cancelled */
  chooseFiles(request: ChooseRequest): Promise<string[]>;
  /** the absolute path of the chosen folder (its last folder remembered per kind); null when the user cancelled */
  chooseFolder(request: { kind: OpenKind }): Promise<string | null>;
  /** the absolute path to write to; null when the user cancelled */
  chooseSavePath(request: SaveRequest): Promise<string | null>;
  /** opens a file in its default program; false if none could */
  openPath(file: string): Promise<boolean>;
  showInFolder(file: string): void;
  /** only the allowed http(s) links reach the system browser */
  openExternal(url: string): void;
  /** this PC's paper for printed documents (a per-PC preference, not in the database) */
  paperSize(): PaperSize;
  setPaperSize(paper: PaperSize): void;
  /** minutes without use before this PC's window locks (a per-PC preference; privacy/findingsLock.ts's choices) */
  idleMinutes(): number;
  setIdleMinutes(minutes: number): void;
  /** where this PC opens the database from now on (a per-PC preference: "Lokasi basis data") */
  setDatabasePath(file: string): void;
  /** a backup file the app was opened with (double-click on a .satgasbak), each given once; null when none */
  takeOpenedFile(): string | null;
  /** a chosen file the job that read it no longer needs: the harness removes its upload copy (Electron leaves the user's own file alone) */
  releaseChosen?(file: string): void;
}
