// "Serah terima": a backup and, beside it, a one-page PDF summary. The open findings are listed (and only the open
// ones) with their stage and next deadline, as the findings area computes them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SavedFile } from '../../../electron/core/contract';
import { openBackup } from '../../../electron/core/backup/verify';
import { value } from '../../helpers/importFlow';
import { layoutPages, pdfInfo } from '../../helpers/poppler';
import { sessionPerTest } from '../../helpers/session';
import { record, world } from '../findings/helpers';

const start = sessionPerTest();

describe('serah terima', () => {
  it('saves a verified backup and a one-page summary with the open findings only', async () => {
    const t = await start();
    const w = await world(t);
    t.workspace.db().write('test.profile', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Dinas Pendidikan dan Kebudayaan' WHERE id = 1"));
    const open1 = await record(t, w, { knownDate: '2026-10-01', actDate: '2026-10-01' });
    await value(t.dispatch('findings.stepAdd', { findingId: open1.id, kind: 'REPORTED_BAWASLU', date: '2026-10-02', actor: 'Bawaslu', note: '', stageAfter: null }));
    const closed = await record(t, w, { person: { kind: 'STAFF', staffId: w.staff.budi.id }, knownDate: '2026-09-15', actDate: '2026-09-15' });
    await value(t.dispatch('findings.stepAdd', { findingId: closed.id, kind: 'CLOSED', date: '2026-10-30', actor: '', note: '', stageAfter: 'NOT_PROVEN' }));
    await record(t, w, { knownDate: '2026-11-20', actDate: '2026-11-20' });
    const r = await value<{ backup: SavedFile | null; summary: SavedFile | null }>(t.dispatch('backup.handover', {}));
    expect(r.backup && r.summary).toBeTruthy();
    const backup = t.ctx.files.get(r.backup!.ref).path;
    const pdf = t.ctx.files.get(r.summary!.ref).path;
    expect(path.dirname(pdf)).toBe(path.dirname(backup));
    expect((await openBackup(backup, { appVersion: '0.0.0-test' })).summary.counts).toMatchObject({ staff: 2, findings: 3 });
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = layoutPages(pdf)[0]!;
    expect(text).toMatch(/RINGKASAN SERAH TERIMA DATA/);
    expect(text).toMatch(/Dinas Pendidikan dan Kebudayaan/);
    expect(text).toMatch(/Temuan yang masih terbuka\s+:\s+2/);
    expect(text.match(/Siti Rahmawati/g)).toHaveLength(2);
    expect(text).not.toMatch(/Budi Santoso/);
    expect(text).toMatch(/Dilaporkan ke Bawaslu/);
    // the deadline cell wraps: its parts each appear
    expect(text).toMatch(/Kajian Bawaslu:/);
    expect(text).toMatch(/Lewat batas/);
    expect(text).toContain(path.basename(backup));
    fs.mkdirSync('test/artifacts', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, 'test/artifacts/serah-terima']);
  });

  it('says so when no finding is open', async () => {
    const t = await start();
    const r = await value<{ summary: SavedFile | null }>(t.dispatch('backup.handover', {}));
    const text = layoutPages(t.ctx.files.get(r.summary!.ref).path)[0]!;
    expect(text).toMatch(/Tidak ada temuan yang masih terbuka/);
  });
});
