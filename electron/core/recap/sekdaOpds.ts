// The Sekda's list of OPDs (schema 8, sekda_opd): kept in the app, filled from an Excel or CSV list with a
// "Nama OPD" column (or typed one by one); an OPD already listed (same key) is kept as it is.
import type { Query, Tx } from '../db/database';
import { isUserError, UserError } from '../errors';
import type { RawCell } from '../spreadsheet/cells';
import { cellText } from '../spreadsheet/cells';
import { csvSheet } from '../spreadsheet/csvRows';
import type { ZipLimits } from '../spreadsheet/limits';
import { isLimitError } from '../spreadsheet/limits';
import { cappedRows } from '../spreadsheet/rowCap';
import { limitRefusal, thousands } from '../staff/import/read/limitRefusal';
import { fastSheets } from '../spreadsheet/xlsxFast';
import { loadedSheets } from '../spreadsheet/xlsxLoad';
import { isZip } from '../spreadsheet/zip';
import { GuardedZip } from '../spreadsheet/zipGuard';
import { storedText } from '../text/storedText';
import type { SekdaOpd } from './consolidate/types';
import { opdCode } from './opdCode';
import type { ListedOpd } from './types';

export type { ListedOpd } from './types';

export function listSekdaOpds(q: Query): ListedOpd[] {
  return q.all('SELECT id, name, code FROM sekda_opd ORDER BY name COLLATE NOCASE, id').map((r) => ({ id: Number(r.id), name: String(r.name), code: String(r.code) }));
}

/** The list as the consolidation needs it: empty = the consolidation cannot tell who has not sent. */
export function sekdaOpdList(q: Query): SekdaOpd[] {
  return listSekdaOpds(q).map(({ name, code }) => ({ name, code }));
}

/** Adds the OPDs not listed yet (by key); answers how many were added and how many were there already. */
export function addSekdaOpds(tx: Tx, names: readonly string[], now = new Date()): { added: number; kept: number } {
  const have = new Set(listSekdaOpds(tx).map((o) => o.code));
  let added = 0;
  let kept = 0;
  for (const raw of names) {
    const name = storedText(raw);
    const code = opdCode(name);
    if (!code) continue;
    if (have.has(code)) { kept += 1; continue; }
    tx.run('INSERT INTO sekda_opd (name, code, created_at) VALUES (?, ?, ?)', [name, code, now.toISOString()]);
    have.add(code);
    added += 1;
  }
  if (added > 0) tx.audit('SekdaOpd', null, `added ${added}`);
  return { added, kept };
}

export function removeSekdaOpd(tx: Tx, id: number): void {
  tx.run('DELETE FROM sekda_opd WHERE id = ?', [id]);
  tx.audit('SekdaOpd', id, 'removed');
}

/** A province has about fifty OPDs; with their UPTs and schools a list stays in the hundreds. */
export const MAX_OPD_LIST_ROWS = 2_000;
const MiB = 1024 * 1024;
/** A list of 2,000 names is well under 1 MB of sheet XML: the roster's readers, held to far less. */
export const OPD_LIST_ZIP_LIMITS: ZipLimits = { partBytes: 16 * MiB, heldPartBytes: 8 * MiB, totalBytes: 32 * MiB, entries: 1_000 };

const NAME_HEADERS = ['nama opd', 'opd', 'nama perangkat daerah', 'perangkat daerah', 'nama skpd', 'skpd', 'nama'];

/** The OPD names of a list: the column under the first header naming the OPD, in the first sheet that has one. */
export async function readOpdList(bytes: Uint8Array, file: string): Promise<string[]> {
  const at = { sheet: null as string | null };
  try {
    return await readNames(bytes, file, at);
  } catch (e) {
    if (isUserError(e)) throw e;
    // a zip bomb, entity declarations, a cell of 100,000 characters: the roster's words for them
    if (isLimitError(e) && e.kind === 'rows') throw new UserError('sekda-opd-list-too-long', { file, limit: thousands(MAX_OPD_LIST_ROWS) });
    if (isLimitError(e) && e.kind !== 'columns') throw limitRefusal(e, file, at.sheet);
    if (isLimitError(e)) throw new UserError('sekda-opd-list-too-wide', { file, cell: e.where });
    throw new UserError('sekda-opd-list-unreadable', { file });
  }
}

async function readNames(bytes: Uint8Array, file: string, at: { sheet: string | null }): Promise<string[]> {
  const sheets = isZip(bytes)
    ? await (async () => { const zip = new GuardedZip(bytes, OPD_LIST_ZIP_LIMITS); return (await fastSheets(zip)) ?? loadedSheets(bytes, zip); })()
    : [csvSheet(bytes)];
  for await (const sheet of sheets) {
    if (sheet.hidden) continue;
    at.sheet = sheet.name;
    let column = -1;
    const names: string[] = [];
    // every row with something in it counts: a sheet claiming a million names stops at the limit
    for await (const batch of cappedRows(sheet.rows, MAX_OPD_LIST_ROWS + 10, sheet.name ?? file, (r) => r.cells.some((c) => c !== null && c !== ''))) {
      for (const row of batch) {
        if (column < 0) {
          const texts = row.cells.map((c: RawCell) => cellText(c).toLowerCase().replace(/\s+/g, ' '));
          column = NAME_HEADERS.map((h) => texts.indexOf(h)).find((i) => i >= 0) ?? -1;
          continue;
        }
        const name = cellText(row.cells[column]);
        if (name) names.push(name);
      }
    }
    if (names.length > 0) return names;
  }
  throw new UserError('sekda-opd-list-empty', { file });
}
