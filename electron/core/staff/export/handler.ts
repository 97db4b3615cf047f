// staff.exportXlsx: the people the screen shows, read fresh from the database in the screen's order, made into a
// workbook in core and saved through the platform port.
import type { Query } from '../../db/database';
import { saveChosenFile } from '../../files/io';
import type { Handler } from '../../handlerTypes';
import { STAFF_SELECT, rowToStaff } from '../repository';
import type { Staff } from '../types';
import { rosterWorkbook } from './rosterWorkbook';

/** The staff with these ids, in the order given (ids no longer on the roster are left out). */
export function staffByIds(q: Query, ids: readonly number[]): Staff[] {
  const rows = q.all(`${STAFF_SELECT} WHERE s.id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]).map(rowToStaff);
  const byId = new Map(rows.map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is Staff => s !== undefined);
}

export const exportRoster: Handler<'staff.exportXlsx'> = async ({ ids, columns, paper, filterNote }, ctx) => {
  const { staff, opdName } = ctx.workspace.db().read((q) => ({
    staff: staffByIds(q, ids),
    opdName: String(q.get<{ n: string }>('SELECT opd_name AS n FROM opd_profile WHERE id = 1')?.n ?? ''),
  }));
  const file = await rosterWorkbook({ staff, columns, paper, opdName, filterNote });
  return saveChosenFile(ctx, { kind: 'xlsx', suggestedName: file.fileName }, file.bytes, { call: 'staff.exportXlsx', what: 'roster', people: staff.length });
};
