// The recap calls through the dispatcher, as the screens make them: the defaults (this week, the profile's OPD),
// the export saved through the platform port under the suggested name, refused without an OPD name; the
// consolidation as a job over chosen files, polled to its end, then saved.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChosenFile, ConsolidationResult, RecapDefaults, SaveResult } from '../../../electron/core/contract';
import { weekOf } from '../../../electron/core/recap/period';
import { localToday } from '../../../electron/core/elections/dates';
import { ui } from '../../../electron/shared/messages';
import { value } from '../../helpers/importFlow';
import { RECAP_PERIOD, seedRecapDb } from '../../helpers/recapDb';
import { writeMadeUpRecap } from '../../helpers/recapFiles';
import type { TestWorkspace } from '../../helpers/session';
import { sessionPerTest } from '../../helpers/session';
import { readWorkbookBack, sheetOf } from '../../helpers/workbookBack';

const start = sessionPerTest();

async function finished(t: TestWorkspace, jobId: string): Promise<ConsolidationResult> {
  for (let i = 0; i < 500; i++) {
    const s = await value<{ state: string; result?: ConsolidationResult }>(t.dispatch('recap.consolidateStatus', { jobId }));
    if (s.state === 'done') return s.result!;
    if (s.state !== 'running') throw new Error(JSON.stringify(s));
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('did not finish');
}

describe('the recap calls', () => {
  it('refuses a recap without an OPD name, with the message that says where to fill it in', async () => {
    const t = await start();
    const d = await value<RecapDefaults>(t.dispatch('recap.defaults', {}));
    expect(d).toEqual({ period: weekOf(localToday()), opdName: '', paper: 'A4' });
    const r = await t.dispatch('recap.export', { ...RECAP_PERIOD });
    expect(r).toMatchObject({ ok: false, error: { code: 'recap-no-opd-name' } });
    expect(fs.existsSync(t.platform.downloadsDir) ? fs.readdirSync(t.platform.downloadsDir) : []).toEqual([]);
  });

  it('saves the recap on the PC\'s paper under the suggested name, identities left out unless asked', async () => {
    const t = await start();
    seedRecapDb(t.workspace.db(), 40);
    t.platform.setPaperSize('F4');
    const saved = await value<SaveResult>(t.dispatch('recap.export', { ...RECAP_PERIOD }));
    expect(saved.saved!.name).toBe('Rekap Satgas Netralitas - Dinas Pendidikan dan Kebudayaan - 2024-09-29.xlsx');
    const book = readWorkbookBack(path.join(saved.saved!.folder, saved.saved!.name));
    expect(sheetOf(book, ui.recap.sheetSummary).paperSize).toBe(14);
    expect(sheetOf(book, ui.recap.sheetMeta).cells.find((r) => r[0] === 'includesIdentities')?.[1]).toBe('no');
    const refused = await t.dispatch('recap.export', { from: '2024-09-29', to: '2024-09-23' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'recap-period-order', field: 'to' } });
  });

  it('consolidates chosen recaps as a job, then saves the kabupaten workbook', async () => {
    const t = await start();
    const dir = path.join(t.dir, 'masuk');
    const files = [
      await writeMadeUpRecap(dir, { name: 'Dinas Kesehatan', staff: 15, nipStart: 0 }),
      await writeMadeUpRecap(dir, { name: 'Dinas Sosial', staff: 8, nipStart: 100, from: '2024-09-16', to: '2024-09-22' }),
    ];
    const refs: string[] = [];
    for (const file of files) {
      t.platform.queueUpload(file);
      refs.push(...(await value<ChosenFile[]>(t.dispatch('files.choose', { kind: 'recap', multiple: true }))).map((c) => c.ref));
    }
    const { jobId } = await value<{ jobId: string }>(t.dispatch('recap.consolidateStart', { refs, ...RECAP_PERIOD }));
    const result = await finished(t, jobId);
    expect(result.opds.map((o) => o.opdName)).toEqual(['Dinas Kesehatan']);
    expect(result.problems.map((p) => p.code)).toEqual(['other-period']);
    expect(result.haveOpdList).toBe(false);
    const saved = await value<SaveResult>(t.dispatch('recap.consolidateSave', { jobId }));
    expect(saved.saved!.name).toBe('Konsolidasi Rekap Satgas Netralitas - 2024-09-29.xlsx');
    const book = readWorkbookBack(path.join(saved.saved!.folder, saved.saved!.name));
    expect(sheetOf(book, ui.consolidation.sheetMissing).cells[1]![1]).toBe(ui.consolidation.noOpdList);
  });
});

describe('the Sekda\'s OPD list', () => {
  it('is imported from Excel, tells the consolidation who has not sent, and loses an OPD removed', async () => {
    const t = await start();
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('OPD');
    [['No', 'Nama OPD'], [1, 'Dinas Kesehatan'], [2, 'DINAS SOSIAL'], [3, 'Dinas Pertanian']].forEach((r) => ws.addRow(r));
    const list = await t.choose('daftar opd.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const imported = await value<{ added: number; kept: number; list: { id: number; name: string }[] }>(t.dispatch('recap.opdImport', { ref: list.ref }));
    expect([imported.added, imported.kept, imported.list.map((o) => o.name)]).toEqual([3, 0, ['Dinas Kesehatan', 'Dinas Pertanian', 'DINAS SOSIAL']]);
    const again = await t.choose('daftar opd.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await value(t.dispatch('recap.opdImport', { ref: again.ref }))).toMatchObject({ added: 0, kept: 3 });
    const bad = await t.choose('bukan.xlsx', Buffer.from('PK\u0003\u0004 rusak'));
    expect(await t.dispatch('recap.opdImport', { ref: bad.ref })).toMatchObject({ ok: false, error: { code: 'sekda-opd-list-unreadable' } });

    const file = await writeMadeUpRecap(path.join(t.dir, 'masuk'), { name: 'Dinas Sosial', staff: 5, nipStart: 0 });
    t.platform.queueUpload(file);
    const refs = (await value<ChosenFile[]>(t.dispatch('files.choose', { kind: 'recap', multiple: true }))).map((c) => c.ref);
    const { jobId } = await value<{ jobId: string }>(t.dispatch('recap.consolidateStart', { refs, ...RECAP_PERIOD }));
    const result = await finished(t, jobId);
    expect([result.haveOpdList, result.missing.map((o) => o.name)]).toEqual([true, ['Dinas Kesehatan', 'Dinas Pertanian']]);
    const pertanian = imported.list.find((o) => o.name === 'Dinas Pertanian')!;
    expect((await value<{ name: string }[]>(t.dispatch('recap.opdRemove', { id: pertanian.id }))).map((o) => o.name)).toEqual(['Dinas Kesehatan', 'DINAS SOSIAL']);
  });
});
