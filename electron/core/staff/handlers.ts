import type { Handlers } from '../handlerTypes';
import { listStaff } from './repository';
import { markLeft, reactivate, saveStaff } from './service';
import { createUnit, listUnits, mergeUnits, renameUnit } from './units';

export const staffHandlers: Pick<Handlers, 'staff.list' | 'staff.save' | 'staff.markLeft' | 'staff.reactivate' | 'unit.list' | 'unit.create' | 'unit.rename' | 'unit.merge'> = {
  'staff.list': (_input, { session }) => session.db().read(listStaff),
  'staff.save': (input, { session }) => session.db().write('staff.save', (tx) => saveStaff(tx, input)),
  'staff.markLeft': (input, { session }) => session.db().write('staff.markLeft', (tx) => markLeft(tx, input)),
  'staff.reactivate': ({ id }, { session }) => session.db().write('staff.reactivate', (tx) => reactivate(tx, id)),
  'unit.list': (_input, { session }) => session.db().read(listUnits),
  'unit.create': ({ name }, { session }) => session.db().write('unit.create', (tx) => createUnit(tx, name)),
  'unit.rename': ({ id, name }, { session }) => session.db().write('unit.rename', (tx) => renameUnit(tx, id, name)),
  'unit.merge': ({ sourceId, targetId }, { session }) => session.db().write('unit.merge', (tx) => mergeUnits(tx, sourceId, targetId)),
};
