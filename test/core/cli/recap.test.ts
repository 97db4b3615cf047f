// `satgas profile set`, `satgas recap export` and `satgas consolidate` as a user runs them: the real bin in a child
// process. A recap is refused without an OPD name; the recap is the screen's bytes' layout (read back with
// openpyxl); the consolidation's --json is exactly {"opds","staff","signed","problems"}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../../electron/shared/messages';
import { RECAP_PERIOD, seedRecapDb } from '../../helpers/recapDb';
import { writeMadeUpRecap } from '../../helpers/recapFiles';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';
import { makeTempDir } from '../../helpers/tempDir';
import { readWorkbookBack, sheetOf } from '../../helpers/workbookBack';

const BIN = path.resolve('electron/cli/satgas.cjs');

function satgas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let t: TestWorkspace;
let dir: string;

beforeAll(async () => {
  t = await openTestSession();
  seedRecapDb(t.workspace.db(), 40);
  dir = makeTempDir('cli rekap');
});
afterAll(() => t?.workspace.close());

describe('satgas profile set and recap export', () => {
  it('refuses a recap without an OPD name, then writes one once the profile has it', () => {
    const db = path.join(dir, 'baru', 'satgas.db');
    expect(satgas('profile', 'set', '--db', db, '--regency', 'Kabupaten Pamekasan').status).toBe(2);
    const out = path.join(dir, 'rekap kosong.xlsx');
    const refused = satgas('recap', 'export', '--db', db, '--from', '2024-09-23', '--to', '2024-09-29', '-o', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Nama OPD belum diisi');
    expect(fs.existsSync(out)).toBe(false);

    const set = satgas('profile', 'set', '--db', db, '--opd-name', 'Dinas Komunikasi dan Informatika', '--regency', 'Kabupaten Pamekasan');
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect(set.stdout).toContain('Dinas Komunikasi dan Informatika (Kabupaten Pamekasan)');
    const made = satgas('recap', 'export', '--db', db, '--from', '2024-09-23', '--to', '2024-09-29', '--paper', 'F4', '-o', out);
    expect(made.status).toBe(0);
    const meta = sheetOf(readWorkbookBack(out), ui.recap.sheetMeta).cells;
    expect(meta.find((r) => r[0] === 'opdName')?.[1]).toBe('Dinas Komunikasi dan Informatika');
    expect(meta.find((r) => r[0] === 'appVersion')?.[1]).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });

  it('writes the recap of the app\'s database while the app holds it', () => {
    const out = path.join(dir, 'keluar', 'rekap.xlsx');
    const r = satgas('recap', 'export', '--db', t.workspace.options.dbFile, '--from', RECAP_PERIOD.from, '--to', RECAP_PERIOD.to, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(38 pegawai aktif, periode 23 September 2024 s.d. 29 September 2024)');
    const book = readWorkbookBack(out);
    expect(sheetOf(book, ui.recap.sheetStaff).cells).toHaveLength(39);
    expect(sheetOf(book, ui.recap.sheetSummary).paperSize).toBe(9);
  });

  it('refuses bad usage with status 1', () => {
    expect(satgas('recap', 'export', '--db', t.workspace.options.dbFile, '-o', path.join(dir, 'x.pdf')).status).toBe(1);
    expect(satgas('recap', 'export', '--db', t.workspace.options.dbFile, '--from', '2024-09-23', '-o', path.join(dir, 'x.xlsx')).status).toBe(1);
    expect(satgas('consolidate', dir, '--from', '2024-02-30', '--to', '2024-03-01', '-o', path.join(dir, 'k.xlsx')).status).toBe(1);
  });
});

describe('satgas consolidate', () => {
  it('prints exactly the documented JSON for a folder with a problem and a file beside it', async () => {
    const folder = path.join(dir, 'masuk');
    const exported = path.join(folder, 'disdikbud.xlsx');
    fs.mkdirSync(folder, { recursive: true });
    expect(satgas('recap', 'export', '--db', t.workspace.options.dbFile, '--from', RECAP_PERIOD.from, '--to', RECAP_PERIOD.to, '-o', exported).status).toBe(0);
    await writeMadeUpRecap(folder, { name: 'Dinas Kesehatan', staff: 25, nipStart: 5000 }, 'dinkes.xlsx');
    const single = await writeMadeUpRecap(dir, { name: 'Dinas Sosial', staff: 7, nipStart: 7000, from: '2024-09-16', to: '2024-09-22' }, 'dinsos.xlsx');
    const out = path.join(dir, 'konsolidasi.xlsx');
    const r = satgas('consolidate', folder, single, '--from', RECAP_PERIOD.from, '--to', RECAP_PERIOD.to, '-o', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['opds', 'staff', 'signed', 'problems']);
    expect(json).toEqual({
      opds: 2, staff: 63, signed: 11 + 12,
      problems: [{ file: 'dinsos.xlsx', code: 'other-period', message: expect.stringContaining('16 September 2024 s.d. 22 September 2024') }],
    });
    const table = sheetOf(readWorkbookBack(out), ui.consolidation.sheetTable);
    expect(table.values.map((row) => row[1])).toContain('Dinas Pendidikan dan Kebudayaan');
  });
});
