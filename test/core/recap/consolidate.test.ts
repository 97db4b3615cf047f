// The Sekda's consolidation of generated recaps with every kind of problem: a file that is not a recap (a roster
// template, a text file named .xlsx), a recap of another period, one whose Ringkasan was edited by hand
// (openpyxl changes a figure), the same OPD twice (the newest wins), and a NIP active in two OPDs. A bad file
// never stops the others; the workbook written is read back with openpyxl.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../../electron/core/recap/consolidate/consolidate';
import { recapSources } from '../../../electron/core/recap/consolidate/sources';
import type { Consolidation } from '../../../electron/core/recap/consolidate/types';
import { consolidationWorkbook } from '../../../electron/core/recap/consolidate/workbook';
import { opdCode } from '../../../electron/core/recap/opdCode';
import { rosterTemplate } from '../../../electron/core/staff/import/workbooks';
import { ui } from '../../../electron/shared/messages';
import { nipAt, writeMadeUpRecap } from '../../helpers/recapFiles';
import { makeTempDir } from '../../helpers/tempDir';
import type { SheetBack } from '../../helpers/workbookBack';
import { readBytesBack, sheetOf } from '../../helpers/workbookBack';

const c = ui.consolidation;
const PERIOD = { from: '2024-09-23', to: '2024-09-29' };
let dir: string;
let result: Consolidation;
let book: SheetBack[];

beforeAll(async () => {
  dir = makeTempDir('rekap');
  await writeMadeUpRecap(dir, { name: 'Dinas Pendidikan dan Kebudayaan', staff: 30, nipStart: 0, held: 3, signed: 6, openFindings: 1 }, 'disdikbud.xlsx');
  // shares NIP #29 with the first (a mutation not recorded)
  await writeMadeUpRecap(dir, { name: 'Dinas Kesehatan', staff: 20, nipStart: 29, held: 0, signed: 15, openFindings: 2, madeAt: '2024-09-30T05:00:00.000Z' }, 'dinkes baru.xlsx');
  await writeMadeUpRecap(dir, { name: 'DINAS KESEHATAN', staff: 18, nipStart: 29, madeAt: '2024-09-29T05:00:00.000Z' }, 'dinkes lama.xlsx');
  await writeMadeUpRecap(dir, { name: 'Dinas Sosial', staff: 10, nipStart: 500, from: '2024-09-16', to: '2024-09-22' }, 'dinsos.xlsx');
  const edited = await writeMadeUpRecap(dir, { name: 'Dinas Pekerjaan Umum', staff: 12, nipStart: 700 }, 'dpu.xlsx');
  // a figure changed by hand in the Ringkasan (PNS count), saved by another program
  execFileSync('/usr/bin/python3', ['-c', `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Ringkasan']
for row in ws.iter_rows():
    if row[0].value == 'PNS':
        row[2].value = row[2].value + 5
wb.save(sys.argv[1])`, edited]);
  fs.writeFileSync(path.join(dir, 'templat.xlsx'), (await rosterTemplate()).bytes);
  fs.writeFileSync(path.join(dir, 'catatan.xlsx'), 'ini bukan excel');
  fs.writeFileSync(path.join(dir, '~$disdikbud.xlsx'), 'lock file of Excel');
  fs.writeFileSync(path.join(dir, 'surat.pdf'), '%PDF-1.4');
  const sources = await recapSources([dir]);
  const opdList = ['Dinas Pendidikan dan Kebudayaan', 'Dinas Kesehatan', 'Dinas Sosial', 'Dinas Pekerjaan Umum', 'Dinas Pertanian'].map((name) => ({ name, code: opdCode(name) }));
  const seen: number[] = [];
  result = await consolidate({ period: PERIOD, sources, opdList, job: { signal: new AbortController().signal, progress: (_phase, done) => seen.push(done) } });
  expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  const file = await consolidationWorkbook(result, { paper: 'F4', haveOpdList: true });
  book = readBytesBack(file.bytes);
}, 120_000);

describe('consolidating recaps', () => {
  it('reads every .xlsx of the folder, keeps the usable ones and the newest of an OPD', () => {
    expect(result.files).toBe(7);
    expect(result.opds.map((o) => [o.opdName, o.file])).toEqual([['Dinas Pendidikan dan Kebudayaan', 'disdikbud.xlsx'], ['Dinas Kesehatan', 'dinkes baru.xlsx']]);
    expect(result.totals['staff.active']).toEqual({ period: null, cumulative: 50 });
    expect(result.totals['sessions.held']).toEqual({ period: 3, cumulative: 5 });
    expect(result.totals['pledges.signed']).toEqual({ period: 21, cumulative: 21 });
    expect(result.missing.map((o) => o.name)).toEqual(['Dinas Pekerjaan Umum', 'Dinas Pertanian', 'Dinas Sosial']);
  });

  it('lists every problem with its file and code', () => {
    expect(result.problems.map((p) => [p.file, p.code, p.nip ?? null]).sort()).toEqual([
      ['catatan.xlsx', 'not-a-recap', null],
      ['dinkes lama.xlsx', 'duplicate-opd', null],
      ['dinsos.xlsx', 'other-period', null],
      ['disdikbud.xlsx', 'nip-in-two-opds', nipAt(29)],
      ['dpu.xlsx', 'checksum-mismatch', null],
      ['templat.xlsx', 'not-a-recap', null],
    ]);
    const byFile = new Map(result.problems.map((p) => [p.file, p.message]));
    expect(byFile.get('dinkes lama.xlsx')).toContain('"dinkes baru.xlsx"');
    expect(byFile.get('dinsos.xlsx')).toContain('16 September 2024 s.d. 22 September 2024');
    expect(byFile.get('disdikbud.xlsx')).toContain(`NIP ${nipAt(29)} (Pegawai Dinas Pendidikan dan Kebudayaan 30) tercatat aktif di Dinas Kesehatan dan Dinas Pendidikan dan Kebudayaan`);
  });

  it('writes the kabupaten table furthest behind first, with totals as formulas holding their values', () => {
    const table = sheetOf(book, c.sheetTable);
    const header = table.cells[4]!;
    expect(header.slice(0, 2)).toEqual([c.colNo, c.colOpd]);
    const staffCol = header.indexOf(ui.recap.staffActive);
    expect(staffCol).toBeGreaterThan(1);
    // furthest behind first: 6 of 30 signed (20%) before 15 of 20 (75%)
    expect(header[2]).toBe(c.colCoverage);
    expect(table.values.slice(5, 7).map((r) => [r[1], r[staffCol], r[2]])).toEqual([['Dinas Pendidikan dan Kebudayaan', 30, 0.2], ['Dinas Kesehatan', 20, 0.75]]);
    expect(table.cells[5]![2]).toMatch(/^=IF\([A-Z]+6=0,0,[A-Z]+6\/[A-Z]+6\)$/);
    expect(table.values[7]![2]).toBeCloseTo(21 / 50, 10);
    const total = table.cells[7]!;
    expect(total[1]).toBe(c.total);
    expect(total[staffCol]).toMatch(/^=SUM\([A-Z]+6:[A-Z]+7\)$/);
    expect(table.values[7]![staffCol]).toBe(50);
    expect(table.paperSize).toBe(14);
    expect(table.printTitleRows).toBe('$5:$5');
    expect(sheetOf(book, c.sheetMissing).cells.slice(1).map((r) => r[1])).toEqual(['Dinas Pekerjaan Umum', 'Dinas Pertanian', 'Dinas Sosial']);
    const open = sheetOf(book, c.sheetOpenFindings);
    expect(open.cells.slice(1).map((r) => [r[1], r[4], r[6]])).toEqual([
      ['Dinas Kesehatan', ui.findings.stages.RECORDED, 4], ['Dinas Kesehatan', ui.findings.stages.RECORDED, 3], ['Dinas Pendidikan dan Kebudayaan', ui.findings.stages.RECORDED, 3],
    ]);
    expect(open.types[1]![5]).toBe('d');
    const problems = sheetOf(book, c.sheetProblems);
    const nipRow = problems.cells.findIndex((r) => r[3] === 'nip-in-two-opds');
    expect([problems.cells[nipRow]![5], problems.types[nipRow]![5]]).toEqual([nipAt(29), 's']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(consolidate({ period: PERIOD, sources: await recapSources([dir]), opdList: [], job: { signal: controller.signal, progress: () => {} } })).rejects.toThrow();
  });
});
