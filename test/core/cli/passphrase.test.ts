// The command line on protected data: the passphrase from SATGAS_PASSPHRASE (or a terminal prompt), never an
// argument; without it or with a wrong one the command is refused with a message that says what to do, and the
// database is untouched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRoster } from '../../helpers/generatedRoster';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';

const BIN = path.resolve('electron/cli/satgas.cjs');
const PASS = 'Satgas Netral 2024!';

function satgas(env: Record<string, string>, ...args: string[]) {
  const base = { ...process.env };
  delete base.SATGAS_PASSPHRASE;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...base, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let t: TestWorkspace;
let db: string;
beforeAll(async () => {
  t = await openTestSession({ scrypt: { N: 2 ** 10, r: 8, p: 1 } });
  seedRoster(t.workspace.db(), 20);
  t.workspace.setPassphrase(PASS);
  db = t.workspace.options.dbFile;
  t.workspace.close();
});
afterAll(() => t?.workspace.close());

describe('satgas on data protected by a passphrase', () => {
  it('asks for SATGAS_PASSPHRASE, refuses a wrong one, and works with the right one', () => {
    const out = path.join(t.dir, 'daftar.pdf');
    const before = fs.readFileSync(db);
    const none = satgas({}, 'attendance-sheet', '--db', db, '--all-staff', '-o', out);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('SATGAS_PASSPHRASE');
    const wrong = satgas({ SATGAS_PASSPHRASE: 'salah' }, 'attendance-sheet', '--db', db, '--all-staff', '-o', out);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Kata sandi salah/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    const right = satgas({ SATGAS_PASSPHRASE: PASS }, 'attendance-sheet', '--db', db, '--all-staff', '-o', out);
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes no passphrase as an argument', () => {
    const r = satgas({}, 'attendance-sheet', '--db', db, '--all-staff', '--passphrase', PASS, '-o', path.join(t.dir, 'x.pdf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--passphrase');
  });

  it('the roster import refuses without it, as JSON when asked', () => {
    const csv = path.join(t.dir, 'pegawai.csv');
    fs.writeFileSync(csv, 'NAMA;NIP\nBudi Santoso;199001012015031001\n');
    const r = satgas({}, 'roster', 'import', csv, '--db', db, '--json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'cli-passphrase-needed' } });
  });
});
