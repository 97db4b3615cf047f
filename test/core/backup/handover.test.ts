// "Serah terima": a backup and, beside it, a one-page PDF summary. The open findings are listed when the database
// has the findings tables (made here in the shape the findings area uses), and only the open ones.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SavedFile } from '../../../electron/core/contract';
import { openBackup } from '../../../electron/core/backup/verify';
import { seedRoster } from '../../helpers/generatedRoster';
import { value } from '../../helpers/importFlow';
import { layoutPages, pdfInfo } from '../../helpers/poppler';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

describe('serah terima', () => {
  it('saves a verified backup and a one-page summary with the open findings only', async () => {
    const t = await start();
    seedRoster(t.workspace.db(), 25);
    t.workspace.db().write('test', (tx) => {
      tx.run(`CREATE TABLE finding (id INTEGER PRIMARY KEY, person_name TEXT NOT NULL, known_date TEXT NOT NULL)`);
      tx.run(`CREATE TABLE finding_step (id INTEGER PRIMARY KEY, finding_id INTEGER NOT NULL REFERENCES finding(id), kind TEXT NOT NULL, date TEXT NOT NULL, stage_after TEXT NOT NULL)`);
      tx.run(`INSERT INTO finding VALUES (1, 'Ahmad Wicaksono, S.Pd.', '2026-10-01'), (2, 'Siti Rahmawati', '2026-09-15'), (3, 'Budi Santoso', '2026-11-20')`);
      tx.run(`INSERT INTO finding_step VALUES (1, 1, 'REPORTED_BAWASLU', '2026-10-02', 'DILAPORKAN'), (2, 2, 'CLOSED', '2026-10-30', 'SELESAI')`);
    });
    const r = await value<{ backup: SavedFile | null; summary: SavedFile | null }>(t.dispatch('backup.handover', {}));
    expect(r.backup && r.summary).toBeTruthy();
    const backup = t.ctx.files.get(r.backup!.ref).path;
    const pdf = t.ctx.files.get(r.summary!.ref).path;
    expect(path.dirname(pdf)).toBe(path.dirname(backup));
    expect((await openBackup(backup, { appVersion: '0.0.0-test' })).summary.counts).toMatchObject({ staff: 25, findings: 3 });
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = layoutPages(pdf)[0]!;
    expect(text).toMatch(/RINGKASAN SERAH TERIMA DATA/);
    expect(text).toMatch(/Dinas Pendidikan dan Kebudayaan/);
    expect(text).toMatch(/Temuan yang masih terbuka\s+:\s+2/);
    expect(text).toMatch(/Ahmad Wicaksono/);
    expect(text).toMatch(/Budi Santoso/);
    expect(text).not.toMatch(/Siti Rahmawati/);
    expect(text).toContain(path.basename(backup));
    fs.mkdirSync('test/artifacts', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, 'test/artifacts/serah-terima']);
  });

  it('says the findings are not in this version when the database has no findings tables', async () => {
    const t = await start();
    const r = await value<{ summary: SavedFile | null }>(t.dispatch('backup.handover', {}));
    const text = layoutPages(t.ctx.files.get(r.summary!.ref).path)[0]!;
    expect(text).toMatch(/Temuan \(seluruhnya\)\s+:\s+belum ada di versi ini/);
    expect(text).not.toMatch(/Tidak ada temuan yang masih terbuka/);
  });
});
