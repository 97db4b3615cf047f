// Every workbook the app writes on this branch, with user text that starts like a formula, read back by openpyxl
// (every sheet, every cell) and by LibreOffice (its recalculation and re-save): the text comes back as the same
// text, typed as a string, formatted as Text so that editing it keeps it text; the only formulas in the files
// are the app's own totals (SUM). Writers: the roster template, the refused rows, the roster export, the recap,
// the consolidation.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../../electron/core/recap/consolidate/consolidate';
import { consolidationWorkbook } from '../../../electron/core/recap/consolidate/workbook';
import { gatherRecapFigures } from '../../../electron/core/recap/gather';
import { recapWorkbook } from '../../../electron/core/recap/workbook';
import { rosterWorkbook } from '../../../electron/core/staff/export/rosterWorkbook';
import { refusedRowsWorkbook, rosterTemplate } from '../../../electron/core/staff/import/workbooks';
import type { Staff } from '../../../electron/core/staff/types';
import { FORMULA_NAMES, RECAP_PERIOD, seedRecapDb } from '../../helpers/recapDb';
import { openTestSession } from '../../helpers/session';
import { makeTempDir } from '../../helpers/tempDir';
import type { SheetBack } from '../../helpers/workbookBack';
import { readBytesBack } from '../../helpers/workbookBack';
import { readBack } from './readBack';

/** What the app itself writes as formulas: totals and shares of two cells (0 when the second is 0). */
const APP_FORMULA = /^=(SUM\([A-Z]+\d+:[A-Z]+\d+\)|IF\(([A-Z]+\d+)=0,0,[A-Z]+\d+\/\2\))$/;

const HOSTILE = [...FORMULA_NAMES, '\t=1+1', '＝1+1', "=cmd|' /C calc'!A0"];

const person = (name: string, i: number): Staff => ({
  id: i + 1, name, nip: `19850714201001200${i % 10}`, nik: null, employment: 'PNS', rank: 'III/c', rankName: null, position: name,
  positionType: 'PELAKSANA', positionTypeManual: false, unitId: 1, unitName: name, gender: null, birthDate: null, birthPlace: name,
  status: 'ACTIVE', leftReason: null, leftDate: null, updatedAt: '',
});

const books = new Map<string, Buffer>();

beforeAll(async () => {
  books.set('roster template', (await rosterTemplate()).bytes);
  books.set('refused rows', (await refusedRowsWorkbook(HOSTILE.map((text, i) => ({
    sheet: i % 2 ? text : 'PNS', row: i + 2, code: 'missing-name' as const, message: 'Nama kosong', raw: { [text]: text, Nama: text },
  })), '=berkas.xlsx')).bytes);
  books.set('roster export', (await rosterWorkbook({
    staff: HOSTILE.map(person), columns: ['name', 'identifier', 'rank', 'position', 'positionType', 'unit', 'employment', 'status', 'birthPlace'],
    paper: 'A4', opdName: '=OPD', filterNote: '=catatan',
  })).bytes);
  const w = await openTestSession();
  seedRecapDb(w.workspace.db(), 40);
  w.workspace.db().write('test.hostile', (tx) => HOSTILE.forEach((text, i) => {
    tx.run('UPDATE staff SET name = ?, position = ? WHERE id = ?', [text, text, i + 20]);
  }));
  const figures = w.workspace.db().read((q) => gatherRecapFigures(q, { period: RECAP_PERIOD, appVersion: '0.1.0' }));
  w.workspace.close();
  const recap = await recapWorkbook({ ...figures, opd: { ...figures.opd, name: '=OPD Rumus' } }, { paper: 'F4', includeIdentities: false });
  books.set('recap', recap.bytes);
  const dir = makeTempDir();
  fs.writeFileSync(path.join(dir, '=rekap.xlsx'), recap.bytes);
  const k = await consolidate({ period: RECAP_PERIOD, sources: [{ file: '=rekap.xlsx', path: path.join(dir, '=rekap.xlsx'), modifiedMs: 0 }], opdList: [{ name: '+Dinas', code: 'dinas' }] });
  books.set('consolidation', (await consolidationWorkbook(k, { paper: 'A4', haveOpdList: true })).bytes);
}, 120_000);

function hostileCells(book: SheetBack[]): { sheet: string; value: unknown; type: string; format: string }[] {
  return book.flatMap((ws) => ws.cells.flatMap((row, r) => row.map((value, c) => ({ sheet: ws.title, value, type: ws.types[r]![c]!, format: ws.formats[r]![c]! }))))
    .filter((cell) => typeof cell.value === 'string' && /^[=+\-@\t\uff1d]/.test(cell.value));
}

describe('every workbook the app writes', () => {
  it.each(['roster template', 'refused rows', 'roster export', 'recap', 'consolidation'])('%s: user text that looks like a formula is inert text', (name) => {
    const book = readBytesBack(books.get(name)!);
    const cells = hostileCells(book);
    const formulas = cells.filter((c) => c.type === 'f').map((c) => c.value);
    // the app's own totals and coverages are the only formulas
    expect(formulas.every((f) => APP_FORMULA.test(String(f))), formulas.join(' ')).toBe(true);
    const texts = cells.filter((c) => c.type !== 'f');
    if (name !== 'roster template') expect(texts.length).toBeGreaterThan(0);
    for (const c of texts) expect([c.sheet, c.value, c.type, c.format]).toEqual([c.sheet, c.value, 's', '@']);
    const values = new Set(texts.map((c) => c.value));
    const expected = name === 'roster template' ? [] : name === 'consolidation' ? ['=rekap.xlsx', '=OPD Rumus', '+Dinas'] : HOSTILE.filter((h) => !h.startsWith('\t'));
    for (const text of expected) expect(values.has(text), `${name}: ${text}`).toBe(true);
  });

  it.each(['refused rows', 'roster export', 'recap'])('%s: LibreOffice computes nothing from that text', (name) => {
    const back = readBack(books.get(name)!);
    const shown = back.libreOfficeCsv.flat();
    const resaved = back.libreOfficeXlsx.flat();
    for (const text of HOSTILE.filter((h) => !h.startsWith('\t') && !h.startsWith('＝'))) {
      if (!back.openpyxl.flat().some((c) => c.v === text)) continue;
      expect(shown, `${name}: ${text}`).toContain(text);
      expect(resaved.find((c) => c.v === text)?.t, `${name}: ${text}`).toBe('s');
    }
    expect(resaved.filter((c) => c.t === 'f').every((c) => APP_FORMULA.test(String(c.v)))).toBe(true);
  }, 120_000);
});
