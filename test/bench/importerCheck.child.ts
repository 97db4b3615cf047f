// Child for the importers' hostile-file bench: gives one file to one importer by the app's own path and prints
// how it ended (`refused <code>: <message>` or `accepted …`) and the JS heap at the end:
//   recap FILE     the Sekda's consolidation of that one file (consolidate(), as its job runs it)
//   opd FILE       "Impor daftar OPD" through the dispatcher (files.choose, recap.opdImport) on a fresh database
//   evidence FILE  the evidence store (storeEvidenceFile, as "Lampirkan bukti" runs it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../../electron/core/app/workspace';
import { createCallContext } from '../../electron/core/context';
import { isUserError } from '../../electron/core/errors';
import { storeEvidenceFile } from '../../electron/core/evidence/store';
import { handlers } from '../../electron/core/handlers';
import { consolidate } from '../../electron/core/recap/consolidate/consolidate';
import { recapSources } from '../../electron/core/recap/consolidate/sources';
import { createDispatcher } from '../../electron/host/dispatcher';
import { harnessPlatform } from '../../electron/harness/platform';

const [importer, file] = process.argv.slice(2) as [string, string];

async function opdImport(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satgas-opd-'));
  const workspace = new Workspace({ dbFile: path.join(dir, 'satgas.db'), appVersion: '0.1.0' });
  await workspace.open();
  const platform = harnessPlatform(dir, dir);
  const dispatch = createDispatcher(handlers, createCallContext(workspace, platform, () => {}), () => {});
  platform.queueUpload(file);
  const chosen = await dispatch('files.choose', { kind: 'roster', multiple: false });
  const ref = chosen.ok ? (chosen.value as { ref: string }[])[0]!.ref : '';
  const r = await dispatch('recap.opdImport', { ref });
  const listed = workspace.db().read((q) => Number(q.get<{ n: number }>('SELECT count(*) AS n FROM sekda_opd')!.n));
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return r.ok ? `accepted ${listed} OPD` : `refused ${r.error.code}: ${r.error.message}${listed ? ` (${listed} OPD listed!)` : ''}`;
}

async function run(): Promise<string> {
  if (importer === 'recap') {
    const result = await consolidate({ period: { from: '2024-09-23', to: '2024-09-29' }, sources: await recapSources([file]), opdList: [] });
    const problem = result.problems[0];
    return problem ? `refused ${problem.code}: ${problem.message}` : `accepted ${result.opds.length} OPD`;
  }
  if (importer === 'opd') return opdImport();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'satgas-bukti-'));
  try {
    const stored = await storeEvidenceFile(dir, file, { displayName: path.basename(file) });
    return `accepted as ${stored.mime} (${(stored.size / 1024).toFixed(0)} KiB, stored as ${stored.sha256.slice(0, 8)}….${stored.ext})`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().then(
  (line) => process.stdout.write(`${line}\theap ${(process.memoryUsage().heapTotal / 1048576).toFixed(0)} MB\n`),
  (e: unknown) => process.stdout.write(isUserError(e) ? `refused ${e.code}: ${e.message}\theap -\n` : `crashed ${(e as Error).message}\theap -\n`),
);
