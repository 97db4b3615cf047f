// The writer-side helper: hostile texts put into a workbook come back from openpyxl and LibreOffice as the same
// text, as strings, never as formulas or computed values; text XML cannot hold never breaks the file.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addSheetRow, MAX_CELL_CHARS, putText, sheetText, startsLikeFormula } from '../../../electron/core/text/sheetText';
import { makeTempDir } from '../../helpers/tempDir';
import { openpyxlCells, readBack } from './readBack';

/** [what is written, what must come back] */
const HOSTILE: [string, string][] = [
  ['=HYPERLINK("http://x","klik")', '=HYPERLINK("http://x","klik")'],
  ['+1+1', '+1+1'],
  ['-2+3', '-2+3'],
  ['@SUM(A1)', '@SUM(A1)'],
  ['\t=1+1', '\t=1+1'],
  ['\r=1+1', '\n=1+1'],
  ['＝1+1', '＝1+1'],
  ['＋1+1', '＋1+1'],
  [' =1+1', ' =1+1'],
  ["=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"],
  ['=1+1', '=1+1'],
  ['Budi Santoso', 'Budi Santoso'],
];

describe('text in a workbook the app writes', () => {
  it('comes back unchanged and inert from openpyxl, LibreOffice CSV and a LibreOffice recalculation', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uji');
    for (const [text] of HOSTILE) addSheetRow(ws, [text, 7]);
    const back = readBack(Buffer.from(await wb.xlsx.writeBuffer()));
    const expected = HOSTILE.map(([, out]) => out);
    // openpyxl: every cell a string holding the text; a formula-like one formatted as Text, so editing keeps text
    expect(back.openpyxl.map((row) => row[0]!.v)).toEqual(expected);
    expect(back.openpyxl.map((row) => row[0]!.t)).toEqual(expected.map(() => 's'));
    expect(back.openpyxl.map((row) => row[0]!.f)).toEqual(expected.map((text) => (startsLikeFormula(text) ? '@' : 'General')));
    // LibreOffice shows the same text and computes nothing; after its recalculation and save, still strings
    expect(back.libreOfficeCsv).toEqual(expected.map((text) => [text, '7']));
    expect(back.libreOfficeXlsx.map((row) => [row[0]!.v, row[0]!.t])).toEqual(expected.map((text) => [text, 's']));
    expect(back.libreOfficeXlsx.map((row) => row[1]!.v)).toEqual(expected.map(() => 7));
  }, 120_000);

  it('drops what XML cannot hold, so the file always opens', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uji');
    putText(ws.getCell(1, 1), 'Rina\ufffe Wati\uffff');
    putText(ws.getCell(2, 1), 'Budi\ud800 Santoso');
    putText(ws.getCell(3, 1), 'Ani\u0001\u0000 \u{1F600}');
    const file = path.join(makeTempDir(), 'uji.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(openpyxlCells(file).map((row) => row[0]!.v)).toEqual(['Rina Wati', 'Budi Santoso', 'Ani \u{1F600}']);
  });

  it('cuts text to the 32,767 characters a cell holds, never through a surrogate pair', () => {
    expect(sheetText('x'.repeat(40_000))).toHaveLength(MAX_CELL_CHARS);
    const pairAtTheEdge = sheetText(`${'x'.repeat(MAX_CELL_CHARS - 1)}\u{1F600}`);
    expect(pairAtTheEdge).toBe('x'.repeat(MAX_CELL_CHARS - 1));
    expect(sheetText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('knows what a spreadsheet would take for a formula', () => {
    for (const text of ['=1', '+1', '-1', '@A1', '\t=1', '\r=1', '\n=1', '＝1', '＋1', '－1', '＠A1']) expect(startsLikeFormula(text)).toBe(true);
    for (const text of ['Budi', ' =1', "'=1", '1+1', '']) expect(startsLikeFormula(text)).toBe(false);
  });
});
