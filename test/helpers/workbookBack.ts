// A whole workbook as openpyxl (Debian's python3-openpyxl, not exceljs) reads it, twice: the cells as stored
// (a formula as its text "=SUM(…)") and as cached values (data_only: what a reader that does not calculate
// sees), with each cell's type and number format, and each sheet's state, protection, view, filter, print setup
// and data validations. The one read-back every workbook test uses.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './tempDir';

const READ = `
import json, sys, openpyxl
stored = openpyxl.load_workbook(sys.argv[1])
cached = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = []
for ws in stored.worksheets:
    wc = cached[ws.title]
    out.append({
        'title': ws.title,
        'state': ws.sheet_state,
        'protected': bool(ws.protection.sheet),
        'cells': [[c.value for c in row] for row in ws.iter_rows()],
        'values': [[c.value for c in row] for row in wc.iter_rows()],
        'types': [[c.data_type for c in row] for row in ws.iter_rows()],
        'formats': [[c.number_format for c in row] for row in ws.iter_rows()],
        'widths': {k: v.width for k, v in ws.column_dimensions.items()},
        'frozen': ws.freeze_panes,
        'autoFilter': ws.auto_filter.ref,
        'paperSize': ws.page_setup.paperSize,
        'orientation': ws.page_setup.orientation,
        'fitToWidth': ws.page_setup.fitToWidth,
        'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        'printTitleRows': ws.print_title_rows,
        'header': ws.oddHeader.center.text,
        'footerRight': ws.oddFooter.right.text,
        'validations': [[dv.type, dv.formula1, str(dv.sqref)] for dv in ws.data_validations.dataValidation],
    })
print(json.dumps(out, default=str))
`;

export interface SheetBack {
  title: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  protected: boolean;
  /** as stored: a formula is its text */
  cells: unknown[][];
  /** cached values: a formula is the value it was saved with */
  values: unknown[][];
  /** "s" text, "n" number, "f" formula, "d" date */
  types: string[][];
  formats: string[][];
  widths: Record<string, number>;
  frozen: string | null;
  autoFilter: string | null;
  paperSize: string | number | null;
  orientation: string | null;
  fitToWidth: string | number | null;
  fitToPage: boolean | null;
  printTitleRows: string | null;
  header: string | null;
  footerRight: string | null;
  /** each data validation: its type ("list"), its first formula, the cells it covers */
  validations: [string | null, string | null, string][];
}

export function readWorkbookBack(file: string): SheetBack[] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as SheetBack[];
}

export function readBytesBack(bytes: Buffer, name = 'book.xlsx'): SheetBack[] {
  const file = path.join(makeTempDir(), name);
  fs.writeFileSync(file, bytes);
  return readWorkbookBack(file);
}

export function sheetOf(book: SheetBack[], title: string): SheetBack {
  const ws = book.find((s) => s.title === title);
  if (!ws) throw new Error(`no sheet "${title}" (have ${book.map((s) => s.title).join(', ')})`);
  return ws;
}
