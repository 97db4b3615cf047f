import { localToday } from '../elections/dates';
import type { AreaHandlers } from '../handlerTypes';
import { removeViolationType, saveViolationType, setViolationTypeRetired, listViolationTypes } from './catalog';
import type { findingsContract } from './contract';
import { findingCounts } from './counts';
import { addEvidenceFiles, addEvidenceLink, cleanEvidenceFiles, removeEvidence } from './evidence';
import { evidenceDirOf, storedPathOf } from '../evidence/store';
import { getEvidenceItem } from '../evidence/service';
import { thumbnailOf } from './thumbnail';
import { exportList, exportSbt, exportSummary } from './export/service';
import { addChronology, addStep, removeChronology, removeStep } from './followUp';
import { listHolidays, removeHoliday, saveHoliday } from './holidays';
import { getFinding, listFindings } from './repository';
import { openFinding, removeFinding, saveFinding } from './service';

export const findingsHandlers: AreaHandlers<typeof findingsContract> = {
  'findings.list': (filter, { workspace }) => workspace.db().read((q) => listFindings(q, localToday(), filter)),
  'findings.get': ({ id }, { workspace }) => {
    const db = workspace.db();
    // every open is audited; a read-only database (another PC holds it) can still show the finding
    return db.readOnly ? db.read((q) => getFinding(q, id, localToday())) : db.write('findings.get', (tx) => openFinding(tx, id, localToday()));
  },
  'findings.save': (input, { workspace }) => workspace.db().write('findings.save', (tx) => saveFinding(tx, input)),
  'findings.remove': ({ id }, { workspace }) => {
    const removed = workspace.db().write('findings.remove', (tx) => removeFinding(tx, id));
    cleanEvidenceFiles(workspace.db(), evidenceDirOf(workspace.options.dbFile));
    return removed;
  },
  'findings.chronologyAdd': (input, { workspace }) => workspace.db().write('findings.chronologyAdd', (tx) => addChronology(tx, input)),
  'findings.chronologyRemove': ({ findingId, entryId }, { workspace }) => workspace.db().write('findings.chronologyRemove', (tx) => removeChronology(tx, findingId, entryId)),
  'findings.stepAdd': (input, { workspace }) => workspace.db().write('findings.stepAdd', (tx) => addStep(tx, input)),
  'findings.stepRemove': ({ findingId, entryId }, { workspace }) => workspace.db().write('findings.stepRemove', (tx) => removeStep(tx, findingId, entryId)),
  'findings.evidenceAdd': ({ findingId, files }, { workspace, files: refs }) => addEvidenceFiles(workspace.db(), evidenceDirOf(workspace.options.dbFile), findingId,
    files.map((f) => ({ ...refs.get(f.ref), caption: f.caption }))),
  'findings.evidenceLink': ({ findingId, url, caption }, { workspace }) => workspace.db().write('findings.evidenceLink', (tx) => addEvidenceLink(tx, findingId, url, caption)),
  'findings.evidenceRemove': ({ findingId, evidenceId }, { workspace }) => {
    const detail = workspace.db().write('findings.evidenceRemove', (tx) => removeEvidence(tx, findingId, evidenceId));
    cleanEvidenceFiles(workspace.db(), evidenceDirOf(workspace.options.dbFile));
    return detail;
  },
  'findings.thumbnail': ({ evidenceId }, { workspace }) => {
    const item = workspace.db().read((q) => getEvidenceItem(q, evidenceId));
    return { dataUrl: item.sha256 ? thumbnailOf(item, storedPathOf(evidenceDirOf(workspace.options.dbFile), item.sha256, item.ext)) : null };
  },
  'findings.exportSummary': ({ id, paper }, ctx) => exportSummary(ctx, id, paper),
  'findings.exportSbt': ({ id }, ctx) => exportSbt(ctx, id),
  'findings.exportList': ({ filter }, ctx) => exportList(ctx, filter),
  'findings.counts': (range, { workspace }) => workspace.db().read((q) => findingCounts(q, range)),
  'findings.catalog': (_input, { workspace }) => workspace.db().read((q) => listViolationTypes(q)),
  'findings.catalogSave': (input, { workspace }) => workspace.db().write('findings.catalogSave', (tx) => saveViolationType(tx, input)),
  'findings.catalogRetire': ({ id, retired }, { workspace }) => workspace.db().write('findings.catalogRetire', (tx) => setViolationTypeRetired(tx, id, retired)),
  'findings.catalogRemove': ({ id }, { workspace }) => workspace.db().write('findings.catalogRemove', (tx) => removeViolationType(tx, id)),
  'findings.holidays': (_input, { workspace }) => workspace.db().read((q) => listHolidays(q)),
  'findings.holidaySave': (input, { workspace }) => workspace.db().write('findings.holidaySave', (tx) => saveHoliday(tx, input)),
  'findings.holidayRemove': ({ date }, { workspace }) => workspace.db().write('findings.holidayRemove', (tx) => removeHoliday(tx, date)),
};
