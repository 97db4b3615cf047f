// The screen's flow for a workbook with several tabs, through the dispatcher: the preview lists each sheet with
// its counts and the rows not read as staff; leaving a tab out answers the new preview and the commit imports
// exactly that; bringing it back undoes the choice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult, RosterPreview, Staff } from '../../../../electron/core/contract';
import { previewFile, value } from '../../../helpers/importFlow';
import { sessionPerTest } from '../../../helpers/session';
import { threeTabSpec } from '../../../fixtures/roster/duk';
import { writeWithOpenpyxl } from '../../../fixtures/roster/writers';

const start = sessionPerTest();

async function threeTabs(dir: string): Promise<Buffer> {
  const file = path.join(dir, 'pegawai-per-status.xlsx');
  await writeWithOpenpyxl(threeTabSpec(), file);
  return fs.readFileSync(file);
}

describe('importing a workbook with PNS, PPPK and Honorer tabs', () => {
  it('previews every tab with its counts and the rows not read as staff, leaves one out, commits the rest', async () => {
    const t = await start();
    const preview = await previewFile(t, 'pegawai-per-status.xlsx', await threeTabs(t.dir));
    expect(preview.sheets).toEqual([
      { name: 'PNS', status: 'read', headerRow: 1, employment: 'PNS', accepted: 2, refused: 1, notStaff: 0 },
      { name: 'PPPK', status: 'read', headerRow: 1, employment: 'PPPK', accepted: 2, refused: 0, notStaff: 2 },
      { name: 'Honorer', status: 'read', headerRow: 1, employment: 'NON_ASN', accepted: 2, refused: 0, notStaff: 5 },
    ]);
    expect(preview.counts).toMatchObject({ new: 6, refused: 1 });
    expect(preview.refused).toEqual([expect.objectContaining({ sheet: 'PNS', row: 4, code: 'employment-mismatch' })]);
    expect(preview.notStaff.map((n) => `${n.sheet}:${n.row}`)).toEqual(['PPPK:5', 'PPPK:6', 'Honorer:5', 'Honorer:6', 'Honorer:8', 'Honorer:9', 'Honorer:10']);
    expect(preview.staff.map((s) => s.sheet)).toEqual(['PNS', 'PNS', 'PPPK', 'PPPK', 'Honorer', 'Honorer']);

    const without = await value<RosterPreview>(t.dispatch('staff.importSheets', { previewId: preview.previewId, leaveOut: ['Honorer'] }));
    expect(without.sheets.map((s) => [s.name, s.status, s.accepted])).toEqual([['PNS', 'read', 2], ['PPPK', 'read', 2], ['Honorer', 'left-out', 2]]);
    expect(without.counts).toMatchObject({ new: 4, refused: 1 });
    expect(without.notStaff.every((n) => n.sheet !== 'Honorer')).toBe(true);

    const result = await value<ImportResult>(t.dispatch('staff.importCommit', { previewId: preview.previewId }));
    expect(result).toMatchObject({ created: 4, refused: 1 });
    const staff = await value<Staff[]>(t.dispatch('staff.list', {}));
    expect(staff.map((s) => [s.name, s.employment]).sort()).toEqual([
      ['Dewi Lestari, A.Md.Keb.', 'PPPK'], ['Hendra Gunawan, S.T.', 'PNS'], ['Nur Hasanah, S.Kep.', 'PNS'], ['Rudi Hartono', 'PPPK'],
    ]);
  });

  it('brings a tab left out back in', async () => {
    const t = await start();
    const preview = await previewFile(t, 'pegawai-per-status.xlsx', await threeTabs(t.dir));
    await value(t.dispatch('staff.importSheets', { previewId: preview.previewId, leaveOut: ['PNS', 'PPPK'] }));
    const back = await value<RosterPreview>(t.dispatch('staff.importSheets', { previewId: preview.previewId, leaveOut: [] }));
    expect(back.counts).toEqual(preview.counts);
    expect(back.sheets).toEqual(preview.sheets);
    expect(await t.dispatch('staff.importSheets', { previewId: 'tidak-ada-lagi', leaveOut: [] })).toMatchObject({ ok: false, error: { code: 'import-preview-expired' } });
  });
});
