// Which files each kind of choice or save accepts: the native dialog's filters (Electron) and the file input's
// `accept` (web harness) both come from here, worded from the messages module.
import { ui } from '../../shared/messages';
import type { OpenKind, SaveKind } from '../platform/port';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** .xls and .ods are listed so that the user reaches the message that says how to save them as .xlsx. */
export const OPEN_KINDS: Record<OpenKind, FileFilter> = {
  roster: { name: ui.files.filterRoster, extensions: ['xlsx', 'xlsm', 'csv', 'txt', 'xls', 'ods'] },
  emblem: { name: ui.files.filterEmblem, extensions: ['png', 'jpg', 'jpeg', 'svg'] },
  recap: { name: ui.files.filterRecap, extensions: ['xlsx'] },
  evidence: { name: ui.files.filterEvidence, extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'pdf', 'mp4', 'mov', '3gp', 'webm', 'avi'] },
  backup: { name: ui.backup.filterBackup, extensions: ['satgasbak', 'zip'] },
};

export const SAVE_KINDS: Record<SaveKind, FileFilter> = {
  xlsx: { name: ui.files.filterXlsx, extensions: ['xlsx'] },
  pdf: { name: ui.files.filterPdf, extensions: ['pdf'] },
  docx: { name: ui.files.filterDocx, extensions: ['docx'] },
  backup: { name: ui.backup.filterBackup, extensions: ['satgasbak'] },
  database: { name: ui.backup.filterDatabase, extensions: ['db'] },
  /** the weekly recap and the consolidation: their own last folder */
  recap: { name: ui.files.filterXlsx, extensions: ['xlsx'] },
};

/** For an <input type="file">: ".xlsx,.csv,…". */
export function acceptOf(kind: OpenKind): string {
  return OPEN_KINDS[kind].extensions.map((e) => `.${e}`).join(',');
}
