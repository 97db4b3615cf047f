import type { AreaHandlers } from '../handlerTypes';
import { saveStaff } from '../staff/service';
import type { attendanceContract } from './contract';
import { addWalkIn, getTickOff, markAttendance, undoLastAction } from './service';
import { DEFAULT_SHEET_OPTIONS, checkSheet } from './sheetVersions';

export const attendanceHandlers: AreaHandlers<typeof attendanceContract> = {
  'attendance.get': ({ sessionId, version }, { workspace }) => workspace.db().read((q) => getTickOff(q, sessionId, version)),
  'attendance.mark': (input, { workspace }) => workspace.db().write('attendance.mark', (tx) => markAttendance(tx, input)),
  'attendance.addWalkIn': ({ person, ...input }, { workspace }) => workspace.db().write('attendance.addWalkIn', (tx) => {
    const staffId = 'staffId' in person ? person.staffId : saveStaff(tx, person.newStaff).id;
    return addWalkIn(tx, { ...input, staffId });
  }),
  'attendance.undo': ({ sessionId }, { workspace }) => workspace.db().write('attendance.undo', (tx) => undoLastAction(tx, sessionId)),
  'attendance.sheetCheck': ({ sessionId, ...options }, { workspace }) => workspace.db().read((q) => checkSheet(q, sessionId, { ...DEFAULT_SHEET_OPTIONS, ...options })),
};
