// A restore killed with SIGKILL at random moments (during the staging, between the renames of the swap, after
// the commit) leaves either the data from before the restore or the backup's, whole: never a mix of the two, never
// less. SATGAS_RESTORE_KILLS sets the number of kills (the suite's default is small; the figure reported in the
// closing note comes from a run with 200). The same with the data protected by a passphrase, each data set under
// its own key (the key file swapped with the rest): a third of the kills by default.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/app/workspace';
import { backupTo } from '../../../electron/core/backup/service';
import { JOURNAL_NAME } from '../../../electron/core/backup/restore';
import { openBackup } from '../../../electron/core/backup/verify';
import { createCallContext } from '../../../electron/core/context';
import { harnessPlatform } from '../../../electron/harness/platform';
import { seedRoster } from '../../helpers/generatedRoster';
import { bundleForChild } from '../../helpers/childScript';
import { makeTempDir } from '../../helpers/tempDir';
import { dumpTables, evidenceState, putEvidence } from './craft';

const KILLS = Number(process.env.SATGAS_RESTORE_KILLS ?? 12);

let childJs = '';
let backupJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/backup/restoreOnce.child.ts', 'restoreOnce');
  backupJs = await bundleForChild('test/core/backup/backupLoop.child.ts', 'backupLoop');
});

interface DataState {
  db: Record<string, string[]>;
  evidence: Record<string, string>;
}

const FAST = { N: 2 ** 10, r: 8, p: 1 };

async function stateOf(dbFile: string, pass?: string): Promise<{ state: DataState; journal: boolean }> {
  const journal = fs.existsSync(path.join(path.dirname(dbFile), JOURNAL_NAME));
  const w = new Workspace({ dbFile, appVersion: '0.0.0-test' });
  await w.open();
  if (pass) await w.unlock({ passphrase: pass });
  try {
    return { state: { db: w.db().read(dumpTables), evidence: evidenceState(dbFile) }, journal };
  } finally {
    w.close();
  }
}

function runAndKill(dbFile: string, backup: string, delayMs: number, killAtStep = -1, pass?: string): Promise<{ how: 'killed' | 'finished'; ms: number }> {
  return new Promise((resolve, reject) => {
    let started = 0;
    const env = pass ? { ...process.env, SATGAS_RESTORE_PASS: pass } : process.env;
    const child = spawn(process.execPath, [childJs, dbFile, backup, String(killAtStep)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      const first = !out.includes('start');
      out += c.toString();
      if (first && out.includes('start')) {
        started = Date.now();
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      const ms = Date.now() - started;
      if (signal === 'SIGKILL') resolve({ how: 'killed', ms });
      else if (code === 0 && out.includes('done')) resolve({ how: 'finished', ms });
      else reject(new Error(`child failed (${code}): ${err}`));
    });
  });
}

/** A data folder with `people` staff and `files` evidence files, backed up; returns the state and the backup. */
async function prepare(dir: string, people: number, files: number, tag: string, pass?: string): Promise<{ state: DataState; backup: string }> {
  const dbFile = path.join(dir, tag, 'satgas.db');
  const w = new Workspace({ dbFile, appVersion: '0.0.0-test', scrypt: FAST });
  await w.open();
  seedRoster(w.db(), people);
  for (let i = 0; i < files; i++) putEvidence(dbFile, Buffer.alloc(40_000 + i, `${tag}${i}`), i % 2 ? 'pdf' : 'jpg');
  if (pass) w.setPassphrase(pass); // evidence and database encrypted, under this data set's own key
  const backup = path.join(dir, `${tag}.satgasbak`);
  await backupTo(createCallContext(w, harnessPlatform(dir, dir)), backup);
  const state = { db: w.db().read(dumpTables), evidence: evidenceState(dbFile) };
  w.close();
  return { state, backup };
}

/** Restores A and B over each other, killed at random moments or steps; the data is always one of them whole. */
async function killRestores(kills: number, pass?: string): Promise<void> {
  const dir = makeTempDir();
  const a = await prepare(dir, 12, 30, 'a', pass);
  const b = await prepare(dir, 25, 20, 'b', pass);
  // the live data starts as B's: a copy of B's folder
  const live = path.join(dir, 'live');
  fs.cpSync(path.join(dir, 'b'), live, { recursive: true });
  const dbFile = path.join(live, 'satgas.db');
  let current = b;
  const tally = { killed: 0, finished: 0, old: 0, restored: 0, undone: 0 };
  // round 0 runs to the end: how long a whole restore takes sets the range of the kill moments
  let span = 0;
  for (let round = 0; round <= kills; round++) {
    const target = current === a ? b : a;
    // odd rounds: killed at a random moment; even rounds: at a random step of the restore (its files staged one by
    // one, the journal, each rename of the swap, the commit)
    const steps = Object.keys(target.state.evidence).length + 11;
    const atStep = round > 0 && round % 2 === 0 ? 1 + Math.floor(Math.random() * steps) : -1;
    const delay = round === 0 || atStep > 0 ? 60_000 : Math.floor(Math.random() * span * 1.1);
    const { how, ms } = await runAndKill(dbFile, target.backup, delay, atStep, pass);
    if (round === 0) span = ms;
    tally[how]++;
    const { state, journal } = await stateOf(dbFile, pass);
    if (journal) tally.undone++;
    const isOld = JSON.stringify(state) === JSON.stringify(current.state);
    const isNew = JSON.stringify(state) === JSON.stringify(target.state);
    expect(isOld || isNew, `round ${round}: a mix of the two`).toBe(true);
    if (how === 'finished') expect(isNew).toBe(true);
    if (isNew) {
      tally.restored++;
      current = target;
    } else {
      tally.old++;
    }
  }
  console.log(`restore crash${pass ? ' (encrypted)' : ''}: ${JSON.stringify({ ...tally, restoreMs: span })}`);
  expect(tally.killed).toBeGreaterThan(0);
}

describe('restore crash safety', () => {
  it(`leaves the old data or the backup's, whole, across ${KILLS} SIGKILLs`, () => killRestores(KILLS), 600_000);
  const encryptedKills = Math.max(4, Math.round(KILLS / 3));
  it(`the same with encryption on, each data set under its own key, across ${encryptedKills} SIGKILLs`, () => killRestores(encryptedKills, 'kata sandi uji coba'), 600_000);
});

/** Runs the backup loop until it has written one, then kills it after a random delay. */
function killBackups(dbFile: string, outDir: string, start: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [backupJs, dbFile, outDir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const wrote: number[] = [];
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (c: Buffer) => {
      for (const m of c.toString().matchAll(/wrote (\d+)/g)) wrote.push(Number(m[1]));
      if (wrote.length && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(wrote) : reject(new Error(`child ended: ${err}`))));
  });
}

describe('backup crash safety', () => {
  it(`never leaves a half-written backup under a backup's name, across ${Math.max(4, Math.round(KILLS / 2))} SIGKILLs`, async () => {
    const dir = makeTempDir();
    await prepare(dir, 40, 25, 'src');
    const dbFile = path.join(dir, 'src', 'satgas.db');
    const out = path.join(dir, 'usb');
    fs.mkdirSync(out);
    let next = 1;
    const rounds = Math.max(4, Math.round(KILLS / 2));
    for (let round = 0; round < rounds; round++) {
      const wrote = await killBackups(dbFile, out, next, Math.floor(Math.random() * 150));
      next = Math.max(...wrote) + 2;
      for (const n of wrote) expect(fs.existsSync(path.join(out, `cadangan-${n}.satgasbak`))).toBe(true);
    }
    const named = fs.readdirSync(out).filter((f) => f.endsWith('.satgasbak'));
    for (const f of named) await expect(openBackup(path.join(out, f), { appVersion: '0.0.0-test' })).resolves.toBeDefined();
    console.log(`backup crash: ${rounds} kills, ${named.length} backups all verified, ${fs.readdirSync(out).filter((f) => f.endsWith('.tmp')).length} temp files left by kills`);
  }, 600_000);
});
