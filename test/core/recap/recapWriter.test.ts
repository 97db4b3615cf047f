// The recap's streaming writer (workbook/writer.ts), read back by openpyxl: what the ordinary writer gave that
// the streaming one must be told — every sheet centred on the page — and the Pegawai sheet's widths and row
// heights, measured from the values before the rows are written, equal to what fitColumns and wrapLongText
// measure from the cells (computed here from the values openpyxl reads).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherRecapFigures } from '../../../electron/core/recap/gather';
import { recapWorkbook } from '../../../electron/core/recap/workbook';
import { ui } from '../../../electron/shared/messages';
import { RECAP_PERIOD, seedRecapDb } from '../../helpers/recapDb';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';
import { makeTempDir } from '../../helpers/tempDir';

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
staff = wb[sys.argv[2]]
print(json.dumps({
    'centred': {ws.title: bool(ws.print_options.horizontalCentered) for ws in wb.worksheets if ws.sheet_state == 'visible'},
    'widths': {k: v.width for k, v in staff.column_dimensions.items()},
    'heights': {str(r): d.height for r, d in staff.row_dimensions.items() if d.height},
    'rows': [[c.value for c in row] for row in staff.iter_rows()],
}, default=str))
`;

interface Back {
  centred: Record<string, boolean>;
  widths: Record<string, number>;
  heights: Record<string, number>;
  rows: unknown[][];
}

let w: TestWorkspace;
let back: Back;

beforeAll(async () => {
  w = await openTestSession();
  const db = w.workspace.db();
  seedRecapDb(db, 60);
  // long unit names and jabatan, so that some rows wrap onto two or three lines
  db.write('test.long', (tx) => {
    tx.run("UPDATE staff SET position = 'Pengelola Layanan Operasional pada Subbagian Umum dan Kepegawaian Sekretariat Dinas' WHERE id % 7 = 0");
    tx.run("UPDATE unit SET name = name || ' pada Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal' WHERE id = 2");
  });
  const figures = db.read((q) => gatherRecapFigures(q, { period: RECAP_PERIOD, appVersion: '1.2.3', now: new Date('2024-09-30T02:00:00Z') }));
  const file = await recapWorkbook(figures, { paper: 'F4', includeIdentities: false });
  const at = path.join(makeTempDir(), 'rekap.xlsx');
  fs.writeFileSync(at, file.bytes);
  back = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, at, ui.recap.sheetStaff], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Back;
}, 60_000);
afterAll(() => w?.workspace.close());

const LETTERS = 'ABCDEFGHIJK';
const length = (v: unknown) => (typeof v === 'number' ? String(v).length + 2 : typeof v === 'string' ? (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(v) ? 18 : Math.max(...v.split('\n').map((l) => l.length))) : 0);

describe('the recap written by the streaming writer', () => {
  it('centres every visible sheet on the page', () => {
    expect(Object.keys(back.centred)).toHaveLength(5);
    expect(Object.values(back.centred).every(Boolean)).toBe(true);
  });

  it('gives the Pegawai columns the widths of their longest values, the wrapped ones at most their limit', () => {
    const fixed: Record<string, number> = { A: 7, D: 21, E: 19, K: 19 };
    const wrapMax: Record<string, number> = { B: 30, C: 34, H: 40 };
    for (const [i, letter] of [...LETTERS].entries()) {
      const longest = Math.max(...back.rows.map((r) => length(r[i])));
      const fitted = fixed[letter] ?? Math.min(48, Math.max(6, longest + 2));
      expect([letter, back.widths[letter] ?? back.widths[LETTERS[i - 1]!]]).toEqual([letter, Math.min(fitted, wrapMax[letter] ?? fitted)]);
    }
  });

  it('makes a row as tall as its longest wrapped text needs, the others the default height', () => {
    const wrapped: [number, string][] = [[1, 'B'], [2, 'C'], [7, 'H']];
    let tall = 0;
    back.rows.forEach((row, i) => {
      if (i === 0) return;
      const lines = Math.max(1, ...wrapped.map(([c, letter]) => {
        const text = typeof row[c] === 'string' ? (row[c] as string) : '';
        return text ? text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil((l.length * 0.85) / (back.widths[letter]! - 1))), 0) : 1;
      }));
      if (lines > 1) tall++;
      expect([i + 1, back.heights[String(i + 1)] ?? null]).toEqual([i + 1, lines > 1 ? 14.5 * lines : null]);
    });
    expect(tall).toBeGreaterThan(5);
  });
});
