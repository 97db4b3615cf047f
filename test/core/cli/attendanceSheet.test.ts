// `satgas attendance-sheet` as a user runs it: the real bin in a child process, on a database with a generated
// roster and a session; PDF and Word out, the same bytes as the app's print panel, exit statuses for mistakes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveResult, SessionDetail } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import type { GeneratedPerson } from '../../helpers/generatedRoster';
import { seedRoster } from '../../helpers/generatedRoster';
import { layoutPages, pdfInfo } from '../../helpers/poppler';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';

const BIN = path.resolve('electron/cli/satgas.cjs');
const EPOCH = '1727053200'; // 2024-09-23 01:00 UTC

function satgas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let t: TestWorkspace;
let db: string;
let people: GeneratedPerson[];
let session: SessionDetail;

beforeAll(async () => {
  t = await openTestSession();
  people = seedRoster(t.workspace.db(), 40);
  session = await value<SessionDetail>(t.dispatch('sessions.save', {
    date: '2024-09-23', startTime: '08:00', endTime: '12:00', timeZone: 'WIB', place: 'Aula', topic: 'Sosialisasi Netralitas ASN',
    speakers: [], signer: null, sheetTitle: null, signCity: null, audience: { kind: 'STAFF', staffIds: people.slice(0, 12).map((p) => p.id) },
  }));
  db = t.workspace.options.dbFile;
  // the app keeps its database open (and locked): the command line reads it all the same
});
afterAll(() => t?.workspace.close());

describe('satgas attendance-sheet', () => {
  it('writes the session\'s daftar hadir as PDF on F4, byte for byte what the app saves', async () => {
    const out = path.join(t.dir, 'keluar', 'daftar hadir.pdf');
    const r = satgas('attendance-sheet', '--db', db, '--session', String(session.id), '--paper', 'F4', '--blank', '3', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`daftar hadir.pdf (12 pegawai, ${pdfInfo(out).pages} halaman)`);
    const size = pdfInfo(out).sizes[0]!;
    expect([size.width, size.height].map((n) => Math.round(n))).toEqual([609, 935]);
    const text = layoutPages(out).join('\n');
    for (const p of people.slice(0, 12)) expect(text).toContain(p.name.split(' ').slice(0, 2).join(' '));
    expect(text).toMatch(/Hari\/Tanggal\s+:\s+Senin, 23 September 2024/);

    const previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = EPOCH;
    try {
      const saved = await value<SaveResult>(t.dispatch('documents.save', { document: 'attendance', source: { kind: 'session', sessionId: session.id }, paper: 'F4', blankRows: 3, format: 'pdf' }));
      const app = fs.readFileSync(path.join(saved.saved!.folder, saved.saved!.name));
      expect(app.equals(fs.readFileSync(out))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = previous;
    }
  });

  it('writes chosen units as Word, and the whole roster by name with blank rows', () => {
    const docx = path.join(t.dir, 'unit.docx');
    const r = satgas('attendance-sheet', '--db', db, '--units', ' sekretariat ; Bidang Kebudayaan', '-o', docx);
    expect(r.status).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    const inUnits = people.filter((p) => p.unit === 'Sekretariat' || p.unit === 'Bidang Kebudayaan');
    expect(r.stdout).toContain(`(${inUnits.length} pegawai)`);
    for (const p of people) expect(xml.includes(`>${p.name}<`), p.name).toBe(inUnits.includes(p));

    const pdf = path.join(t.dir, 'semua.pdf');
    const all = satgas('attendance-sheet', '--db', db, '--all-staff', '--order', 'name', '--blank', '5', '-o', pdf);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('(40 pegawai,');
    expect(layoutPages(pdf).join('\n')).toMatch(/\b45\s+45\./);
  });

  it.each([
    [['--all-staff'], 1, /Pemakaian: satgas attendance-sheet/],
    [['--all-staff', '--session', '1', '-o', 'x.pdf'], 1, /Pemakaian/],
    [['--all-staff', '--paper', 'A3', '-o', 'x.pdf'], 1, /Pemakaian/],
    [['--all-staff', '-o', 'x.xlsx'], 1, /harus berakhiran \.pdf atau \.docx/],
    [['--units', 'Bidang Tidak Ada', '-o', 'x.pdf'], 2, /Unit tidak ditemukan: Bidang Tidak Ada/],
    [['--session', '999', '-o', 'x.pdf'], 2, /Sosialisasi tidak ditemukan/],
  ])('refuses %j with status %i', (args, status, message) => {
    const r = satgas('attendance-sheet', '--db', db, ...args.map((a) => (a.endsWith('.pdf') || a.endsWith('.xlsx') ? path.join(t.dir, a) : a)));
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
  });

  it('says so when the database does not exist, and creates nothing', () => {
    const missing = path.join(t.dir, 'tidak-ada', 'satgas.db');
    const r = satgas('attendance-sheet', '--db', missing, '--all-staff', '-o', path.join(t.dir, 'x.pdf'));
    expect(r.status).toBe(3);
    expect(fs.existsSync(missing)).toBe(false);
  });
});
