// Reads a workbook the app wrote the way other programs will: openpyxl (each cell's value, type and number
// format), LibreOffice converting it to CSV (what a spreadsheet shows, formulas computed) and re-saving it as
// xlsx (LibreOffice's load and recalculation, read back with openpyxl). Any formula shows up as a type "f" cell
// or a computed value.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from '../../helpers/tempDir';

const PYTHON = '/usr/bin/python3';

const CELLS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]] if len(sys.argv) > 2 else wb.worksheets[0]
print(json.dumps([[{'v': c.value, 't': c.data_type, 'f': c.number_format} for c in row] for row in ws.iter_rows()], default=str))
`;

const CSV = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps(list(csv.reader(f))))
`;

export interface CellBack {
  /** the value as stored */
  v: unknown;
  /** openpyxl's data type: "s" string, "n" number, "f" formula, "d" date, "b" bool */
  t: string;
  /** the number format */
  f: string;
}

export function openpyxlCells(file: string, sheet?: string): CellBack[][] {
  const args = ['-c', CELLS, file, ...(sheet ? [sheet] : [])];
  return JSON.parse(execFileSync(PYTHON, args, { encoding: 'utf8' })) as CellBack[][];
}

function soffice(file: string, to: string, outDir: string): string {
  const profile = makeTempDir('lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  const made = path.join(outDir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
  if (!fs.existsSync(made)) throw new Error(`LibreOffice did not write ${made}`);
  return made;
}

export interface ReadBack {
  file: string;
  openpyxl: CellBack[][];
  /** the first sheet as LibreOffice exports it to CSV (UTF-8, comma, quoted): what its cells show */
  libreOfficeCsv: string[][];
  /** the first sheet after LibreOffice loaded, recalculated and saved it, read with openpyxl */
  libreOfficeXlsx: CellBack[][];
}

export function readBack(bytes: Buffer, name = 'book.xlsx'): ReadBack {
  const dir = makeTempDir('readback');
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const csvDir = path.join(dir, 'csv');
  const xlsxDir = path.join(dir, 'xlsx');
  fs.mkdirSync(csvDir);
  fs.mkdirSync(xlsxDir);
  // filter options: comma, double quote, UTF-8 (76), from line 1; the text as shown, every text quoted
  const csv = soffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true', csvDir);
  const resaved = soffice(file, 'xlsx', xlsxDir);
  return {
    file,
    openpyxl: openpyxlCells(file),
    libreOfficeCsv: JSON.parse(execFileSync(PYTHON, ['-c', CSV, csv], { encoding: 'utf8' })) as string[][],
    libreOfficeXlsx: openpyxlCells(resaved),
  };
}
