import type { AreaHandlers } from '../handlerTypes';
import type { staffContract } from './contract';
import { importHandlers } from './import/handlers';
import { listStaff } from './repository';
import { markLeft, reactivate, removeStaff, saveStaff } from './service';
import { exportRoster } from './export/handler';
import { createUnit, listUnits, mergeUnits, renameUnit } from './units';

export const staffHandlers: AreaHandlers<typeof staffContract> = {
  'staff.list': (_input, { workspace }) => workspace.db().read(listStaff),
  'staff.save': (input, { workspace }) => workspace.db().write('staff.save', (tx) => saveStaff(tx, input)),
  'staff.markLeft': (input, { workspace }) => workspace.db().write('staff.markLeft', (tx) => markLeft(tx, input)),
  'staff.reactivate': ({ id }, { workspace }) => workspace.db().write('staff.reactivate', (tx) => reactivate(tx, id)),
  'staff.remove': ({ id }, { workspace }) => workspace.db().write('staff.remove', (tx) => removeStaff(tx, id)),
  'staff.exportXlsx': exportRoster,
  'staff.unitList': (_input, { workspace }) => workspace.db().read(listUnits),
  'staff.unitCreate': ({ name }, { workspace }) => workspace.db().write('staff.unitCreate', (tx) => createUnit(tx, name)),
  'staff.unitRename': ({ id, name }, { workspace }) => workspace.db().write('staff.unitRename', (tx) => renameUnit(tx, id, name)),
  'staff.unitMerge': ({ sourceId, targetId }, { workspace }) => workspace.db().write('staff.unitMerge', (tx) => mergeUnits(tx, sourceId, targetId)),
  ...importHandlers,
};
