import { none } from '../app/contract';
import { defineCalls, mutation, query } from '../calls';
import { findingsCalls } from './calls';
import {
  chronologyInput, countsInput, entryRef, evidenceAddInput, evidenceLinkInput, evidenceRef, exportListInput, exportSummaryInput, thumbnailInput, findingFilter, findingId, findingInput, holidayDate, holidayInput, retireInput, stepInput, violationTypeInput,
} from './schema';
import type { SaveResult } from '../files/types';
import type { FindingCounts, FindingDetail, FindingSummary, Holiday, ViolationType } from './types';

export const findingsContract = defineCalls(findingsCalls, {
  /** newest act first, filtered */
  'findings.list': query<FindingSummary[]>()(findingFilter),
  /** a query that records the open in the audit log (skipped only while the database is read-only) */
  'findings.get': query<FindingDetail>()(findingId),
  'findings.save': mutation<FindingDetail>()(findingInput),
  'findings.remove': mutation<{ removed: number }>()(findingId),
  'findings.chronologyAdd': mutation<FindingDetail>()(chronologyInput),
  'findings.chronologyRemove': mutation<FindingDetail>()(entryRef),
  'findings.stepAdd': mutation<FindingDetail>()(stepInput),
  'findings.stepRemove': mutation<FindingDetail>()(entryRef),
  /** copies the chosen files into the evidence folder (each stored once under its hash) and links them */
  'findings.evidenceAdd': mutation<FindingDetail>()(evidenceAddInput),
  'findings.evidenceLink': mutation<FindingDetail>()(evidenceLinkInput),
  /** unlinks it; the file goes only when no finding (or other owner) refers to it */
  'findings.evidenceRemove': mutation<FindingDetail>()(evidenceRef),
  /** a small PNG/JPEG data: URL of an image (null: no thumbnail, show the kind) */
  'findings.thumbnail': query<{ dataUrl: string | null }>()(thumbnailInput),
  /** the case summary PDF with the kop, asked where to save; audited on the finding */
  'findings.exportSummary': query<SaveResult>()(exportSummaryInput),
  /** the SBT-ready sheet (.xlsx), asked where to save; audited on the finding */
  'findings.exportSbt': query<SaveResult>()(findingId),
  'findings.exportList': query<SaveResult>()(exportListInput),
  'findings.counts': query<FindingCounts>()(countsInput),
  'findings.catalog': query<ViolationType[]>()(none),
  'findings.catalogSave': mutation<ViolationType>()(violationTypeInput),
  'findings.catalogRetire': mutation<ViolationType>()(retireInput),
  'findings.catalogRemove': mutation<{ removed: number }>()(findingId),
  'findings.holidays': query<Holiday[]>()(none),
  'findings.holidaySave': mutation<Holiday[]>()(holidayInput),
  'findings.holidayRemove': mutation<Holiday[]>()(holidayDate),
});
