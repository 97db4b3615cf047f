import { removeUnreferencedFiles } from '../evidence/service';
import type { StoredFile } from '../evidence/store';
import { evidenceDirOf, storeEvidenceFile } from '../evidence/store';
import type { AreaHandlers } from '../handlerTypes';
import { addSessionProof, removeSessionProof } from './proof';
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
  'attendance.proofAdd': async ({ sessionId, refs }, { workspace, files }) => {
    const dir = evidenceDirOf(workspace.options.dbFile);
    // the files are stored (hashed, copied, fsynced) before the transaction; a row then links each
    const stored: { stored: StoredFile; name: string }[] = [];
    for (const ref of refs) {
      const file = files.get(ref);
      stored.push({ stored: await storeEvidenceFile(dir, file.path, { displayName: file.name }), name: file.name });
    }
    return workspace.db().write('attendance.proofAdd', (tx) => addSessionProof(tx, sessionId, stored));
  },
  'attendance.proofRemove': ({ sessionId, evidenceId }, { workspace }) => {
    const proof = workspace.db().write('attendance.proofRemove', (tx) => removeSessionProof(tx, sessionId, evidenceId));
    workspace.db().read((q) => removeUnreferencedFiles(q, evidenceDirOf(workspace.options.dbFile)));
    return proof;
  },
  'attendance.sheetCheck': ({ sessionId, ...options }, { workspace }) => workspace.db().read((q) => checkSheet(q, sessionId, { ...DEFAULT_SHEET_OPTIONS, ...options })),
};
