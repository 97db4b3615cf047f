// Reads a workbook with an independent reader (Debian's python3-openpyxl): the first rows of every sheet, the
// number formats of row 2, the first data validations, the frozen panes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './tempDir';

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        'rows': [[c.value for c in row] for row in ws.iter_rows(max_row=min(ws.max_row, 6))],
        'formats': [c.number_format for c in ws[2]] if ws.max_row >= 2 else [],
        'validations': [ (dv.type, dv.formula1, str(dv.sqref)[:12]) for dv in ws.data_validations.dataValidation ][:2],
        'frozen': ws.freeze_panes,
    }
print(json.dumps(out, default=str))
`;

export interface SheetBack {
  rows: unknown[][];
  formats: string[];
  validations: unknown[][];
  frozen: string | null;
}

export function readWithOpenpyxl(bytes: Buffer): Record<string, SheetBack> {
  const file = path.join(makeTempDir(), 'book.xlsx');
  fs.writeFileSync(file, bytes);
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, file], { encoding: 'utf8' })) as Record<string, SheetBack>;
}

const READ_SETUP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        'rows': [[c.value for c in row] for row in ws.iter_rows()],
        'types': [[c.data_type for c in row] for row in ws.iter_rows()],
        'formats': [[c.number_format for c in row] for row in ws.iter_rows()],
        'frozen': ws.freeze_panes,
        'autoFilter': ws.auto_filter.ref,
        'paperSize': ws.page_setup.paperSize,
        'orientation': ws.page_setup.orientation,
        'fitToWidth': ws.page_setup.fitToWidth,
        'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        'printTitleRows': ws.print_title_rows,
        'header': ws.oddHeader.center.text,
    }
print(json.dumps(out, default=str))
`;

export interface SheetSetupBack {
  rows: unknown[][];
  /** openpyxl's data types: 's' text, 'n' number, 'd' date */
  types: string[][];
  formats: string[][];
  frozen: string | null;
  autoFilter: string | null;
  paperSize: string | number | null;
  orientation: string | null;
  fitToWidth: string | number | null;
  fitToPage: boolean | null;
  printTitleRows: string | null;
  header: string | null;
}

/** Every cell with its type and format, and the sheet's view, filter and print setup, as openpyxl reads them. */
export function readSetupWithOpenpyxl(bytes: Buffer): Record<string, SheetSetupBack> {
  const file = path.join(makeTempDir(), 'book.xlsx');
  fs.writeFileSync(file, bytes);
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ_SETUP, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, SheetSetupBack>;
}
