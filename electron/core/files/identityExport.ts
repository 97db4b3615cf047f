// Exports that carry identities (names, NIP, NIK): each one is recorded in the audit log once its file is on disk
// — which export, how many people, by whom (the OS user, as every audit row), and where to (folder and file name).
// A file whose export cannot be recorded is removed again: nothing with identities leaves unrecorded.
import fs from 'node:fs';
import path from 'node:path';
import type { CallName } from '../callNames';
import type { CallContext } from '../handlerTypes';

export const IDENTITY_EXPORT_ENTITY = 'IdentityExport';

export const IDENTITY_EXPORTS = [
  'roster', 'refused-rows', 'not-signed', 'finding-summary', 'finding-sbt', 'finding-list', 'recap', 'attendance', 'handover',
] as const;
export type IdentityExportKind = (typeof IDENTITY_EXPORTS)[number];

/** What an export carries: its kind, the call that made it, and how many people it names. */
export interface IdentityExport {
  call: CallName;
  what: IdentityExportKind;
  people: number;
}

/** The audit row's detail: machine-readable, so that a later audit view can show it in words. */
export interface IdentityExportDetail {
  people: number;
  folder: string;
  file: string;
}

/** How many different people a list names (the same person twice counts once). */
export function distinctPeople<T>(items: readonly T[], key: (item: T) => string): number {
  return new Set(items.map(key)).size;
}

/**
 * Records an identity export of `file` (already written). A read-only database (another PC holds it) cannot
 * record anything: the export is allowed there as before and is recorded by nobody — said in the architecture map.
 * An export naming nobody is not recorded. When the record cannot be written, the file is removed and the error goes to the caller.
 */
export function auditIdentityExport(ctx: Pick<CallContext, 'workspace'>, x: IdentityExport, file: string): void {
  const db = ctx.workspace.db();
  // a file that names nobody (an empty list) carries no identities
  if (db.readOnly || x.people === 0) return;
  const detail: IdentityExportDetail = { people: x.people, folder: path.dirname(file), file: path.basename(file) };
  try {
    db.write(x.call, (tx) => tx.audit(IDENTITY_EXPORT_ENTITY, x.what, JSON.stringify(detail)));
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw e;
  }
}
