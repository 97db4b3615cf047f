// Soak: 10,000 mixed valid calls through the dispatcher on a database of 500 staff, every mutation persisted
// (export, fsync, rename) before the next call: renaming a unit, marking a person left and back, reading the
// roster, the status, the backup state. Printed: heap and RSS after the warm-up and at the end, the file's size.
// Targets: RSS grows by < 64 MB after the warm-up; the file grows by no more than the audit rows the calls add
// (< 4 MB); no call fails.
import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../electron/core/app/workspace';
import { createCallContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import { createDispatcher } from '../../electron/host/dispatcher';
import { harnessPlatform } from '../../electron/harness/platform';
import { seedRoster } from '../helpers/generatedRoster';
import { makeTempDir } from '../helpers/tempDir';

const CALLS = 10_000;
const WARM_UP = 500;
const MiB = 1024 * 1024;

async function main(): Promise<void> {
  const dir = makeTempDir('satgas-soak');
  const dbFile = path.join(dir, 'data', 'satgas.db');
  const workspace = new Workspace({ dbFile, appVersion: '0.1.0' });
  await workspace.open();
  const people = seedRoster(workspace.db(), 500);
  const dispatch = createDispatcher(handlers, createCallContext(workspace, harnessPlatform(dir, dir)));
  const unit = workspace.db().read((q) => q.get<{ id: number; name: string }>('SELECT id, name FROM unit ORDER BY id LIMIT 1'))!;
  const person = people[0]!.id;
  const calls: [string, (i: number) => unknown][] = [
    ['staff.unitRename', (i) => ({ id: unit.id, name: i % 2 ? `${unit.name} (ubah)` : unit.name })],
    ['staff.markLeft', () => ({ id: person, reason: 'PENSIUN', date: '2026-11-30' })],
    ['staff.reactivate', () => ({ id: person })],
    ['staff.list', () => ({})],
    ['app.status', () => ({})],
    ['backup.status', () => ({})],
  ];
  let failed = 0;
  let warm = { rss: 0, heap: 0, size: 0 };
  const started = Date.now();
  for (let i = 0; i < CALLS; i++) {
    const [name, input] = calls[i % calls.length]!;
    const r = await dispatch(name, input(Math.floor(i / calls.length)));
    if (!r.ok) {
      failed++;
      if (failed < 5) console.log(`${name}: ${r.error.code} ${r.error.message}`);
    }
    if (i === WARM_UP) {
      global.gc?.();
      warm = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed, size: fs.statSync(dbFile).size };
    }
  }
  global.gc?.();
  const end = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed, size: fs.statSync(dbFile).size };
  const seconds = (Date.now() - started) / 1000;
  const audit = workspace.db().read((q) => Number(q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')!.n));
  workspace.close();
  const mb = (n: number) => `${(n / MiB).toFixed(1)} MB`;
  console.log(`${CALLS} panggilan dalam ${seconds.toFixed(1)} s (${((seconds * 1000) / CALLS).toFixed(2)} ms per panggilan), gagal: ${failed}`);
  console.log(`RSS: ${mb(warm.rss)} sesudah pemanasan → ${mb(end.rss)} di akhir; heap ${mb(warm.heap)} → ${mb(end.heap)}`);
  console.log(`berkas basis data: ${mb(warm.size)} → ${mb(end.size)} (${audit} baris audit)`);
  const missed = failed > 0 || end.rss - warm.rss > 64 * MiB || end.size - warm.size > 4 * MiB;
  console.log(missed ? 'TARGET MISSED' : 'memori dan ukuran berkas terbatas');
  process.exitCode = missed ? 1 : 0;
}

void main();
