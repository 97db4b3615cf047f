// The crash test across the app's work: a child imports rosters, ticks people off on a session's sheet, records
// findings and edits them, adds chronology entries and evidence, makes backups and restores them, all through the
// dispatcher Electron uses, and is killed with SIGKILL at random moments. After each kill the data must open
// ready, pass integrity_check and foreign_key_check, hold every piece of work the child reported as done, have
// no restore journal or staging folder left after the open, and have every evidence file it refers to, whole.
// SATGAS_CRASH_KILLS sets the number of kills (the suite's default is small, ~40 s; the closing note's figure
// comes from a run with 200).
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/app/workspace';
import { JOURNAL_NAME, SET_ASIDE_DIR, STAGING_PREFIX } from '../../../electron/core/backup/restore';
import { openBackup } from '../../../electron/core/backup/verify';
import { probeDatabase } from '../../../electron/core/db/integrity';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { evidenceDirOf, storedPathOf } from '../../../electron/core/evidence/store';
import type { Query } from '../../../electron/core/db/database';
import { bundleForChild } from '../../helpers/childScript';
import { runAndKill } from '../../helpers/killLoop';
import { makeTempDir } from '../../helpers/tempDir';
import { KINDS, nipOf } from './mixedWork';
import type { Kind } from './mixedWork';

const KILLS = Number(process.env.SATGAS_CRASH_KILLS ?? 16);
/** a kill lands this long (at most) after the child's first reported piece of work: about two rounds of the kinds */
const MAX_DELAY_MS = 1_500;

let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/crash/mixedWork.child.ts', 'mixedWork');
});

const count = (q: Query, sql: string, params: (string | number)[] = []) => Number(q.get<{ n: number }>(sql, params)!.n);

/** What the reported work must have left behind, as a list of what is missing (empty: all there). */
function missingWork(q: Query, reported: Record<Kind, number[]>, dbFile: string, backupsDir: string): string[] {
  const missing: string[] = [];
  for (const n of reported.import) if (!count(q, 'SELECT count(*) AS n FROM staff WHERE nip = ?', [nipOf(n)])) missing.push(`import ${n}`);
  for (const n of reported.finding) if (!count(q, 'SELECT count(*) AS n FROM finding WHERE description LIKE ?', [`%#${n}`])) missing.push(`finding ${n}`);
  for (const n of reported.step) if (!count(q, 'SELECT count(*) AS n FROM finding_chronology WHERE text LIKE ?', [`%#${n}`])) missing.push(`step ${n}`);
  for (const n of reported.evidence) if (!count(q, 'SELECT count(*) AS n FROM evidence WHERE caption LIKE ?', [`%#${n}`])) missing.push(`evidence ${n}`);
  // tick-offs and edits change rows a later (unreported) call may change back: each leaves an audit row
  const ticks = count(q, "SELECT count(*) AS n FROM audit_log WHERE entity = 'Attendance'");
  if (ticks < reported.tick.length) missing.push(`tick-offs: ${ticks} of ${reported.tick.length}`);
  const saves = count(q, "SELECT count(*) AS n FROM audit_log WHERE call = 'findings.save'");
  const expected = 1 + reported.finding.length + reported.edit.length; // the setup's finding, then each save
  if (saves < expected) missing.push(`finding saves: ${saves} of ${expected}`);
  const backups = fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir).filter((f) => f.endsWith('.satgasbak')).length : 0;
  if (backups < reported.backup.length) missing.push(`backups: ${backups} of ${reported.backup.length}`);
  const asideDir = path.join(path.dirname(dbFile), SET_ASIDE_DIR);
  const setAside = fs.existsSync(asideDir) ? fs.readdirSync(asideDir).length : 0;
  if (setAside < reported.restore.length) missing.push(`restores: ${setAside} set aside of ${reported.restore.length}`);
  return missing;
}

/** Evidence rows whose stored file is not there whole (its bytes do not hash to the row's SHA-256). */
function brokenEvidence(q: Query, dbFile: string): string[] {
  const dir = evidenceDirOf(dbFile);
  return q.all<{ sha256: string; ext: string }>('SELECT DISTINCT sha256, ext FROM evidence WHERE sha256 IS NOT NULL')
    .filter(({ sha256, ext }) => {
      const file = storedPathOf(dir, sha256, ext);
      return !fs.existsSync(file) || createHash('sha256').update(fs.readFileSync(file)).digest('hex') !== sha256;
    })
    .map((r) => r.sha256);
}

/** What a kill left in the data folder after the next open: a restore's journal or staging folder. */
function leftovers(dbFile: string): string[] {
  return fs.readdirSync(path.dirname(dbFile)).filter((f) => f === JOURNAL_NAME || f.startsWith(STAGING_PREFIX));
}

describe('crash safety across mixed work', () => {
  it(`keeps every reported import, tick-off, finding edit, backup and restore across ${KILLS} SIGKILLs`, async () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'data', 'satgas.db');
    const work = path.join(dir, 'kerja');
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    await promisify(execFile)(process.execPath, [childJs, dbFile, work, 'setup']);
    const backupsDir = path.join(work, 'unduhan');
    const SQL = await loadSqlJs();
    const reported = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
    const killedDuring = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const started = Date.now();
    let next = 1;
    for (let round = 0; round < KILLS; round++) {
      const done: { n: number; kind: Kind }[] = [];
      const numbers = await runAndKill(childJs, [dbFile, work, String(next)], /^done (\d+) (\w+)$/, Math.floor(Math.random() * MAX_DELAY_MS));
      for (const n of numbers) done.push({ n, kind: KINDS[n % KINDS.length]! });
      expect(done.length).toBeGreaterThan(0);
      for (const d of done) reported[d.kind].push(d.n);
      const last = Math.max(...numbers);
      killedDuring[KINDS[(last + 1) % KINDS.length]!]++;
      next = last + 2; // last + 1 may be on disk without having been reported: skip past it

      // the next start: the restore's recovery runs at the open, then the data must be whole
      const w = new Workspace({ dbFile, appVersion: '0.0.0-test' });
      await w.open();
      try {
        expect(w.databaseStatus().state, `round ${round}`).toBe('ready');
        expect(leftovers(dbFile), `round ${round}`).toEqual([]);
        const { lost, broken } = w.db().read((q) => ({ lost: missingWork(q, reported, dbFile, backupsDir), broken: brokenEvidence(q, dbFile) }));
        expect(lost, `round ${round}`).toEqual([]);
        expect(broken, `round ${round}`).toEqual([]);
      } finally {
        w.close();
      }
      const probe = probeDatabase(SQL, fs.readFileSync(dbFile));
      expect(probe.ok ? [] : [probe.technical], `round ${round}`).toEqual([]);
      if (probe.ok) probe.db.close();
    }
    // every backup under a backup's name verifies whole (a kill mid-write leaves only a temp file)
    const backups = fs.readdirSync(backupsDir).filter((f) => f.endsWith('.satgasbak'));
    for (const f of backups) await expect(openBackup(path.join(backupsDir, f), { appVersion: '0.0.0-test' })).resolves.toBeDefined();
    const doneByKind = Object.fromEntries(KINDS.map((k) => [k, reported[k].length]));
    console.log(`mixed crash: ${KILLS} kills in ${((Date.now() - started) / 1000).toFixed(1)} s; killed during ${JSON.stringify(killedDuring)}; ` +
      `reported done ${JSON.stringify(doneByKind)}; ${backups.length} backups verified`);
    for (const kind of ['import', 'tick', 'finding', 'backup', 'restore'] as const) expect(reported[kind].length, kind).toBeGreaterThan(0);
  }, Math.max(120_000, KILLS * 6_000));
});
