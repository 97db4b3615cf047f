// The bench's measurements beside the import: openpyxl's read-only pass (in Python, per run), exceljs's public
// load() of the same bytes (every cell value touched), and whole processes timed from outside (our command
// line's dry run; openpyxl's read, interpreter start-up included).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** openpyxl read-only, `runs` timed runs after one untimed warm-up, seconds each. */
export function openpyxlRuns(file: string, runs: number): number[] {
  const out = execFileSync('/usr/bin/python3', [path.join(import.meta.dirname, 'openpyxlRead.py'), file, String(runs + 1)], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => Number(line.split(' ')[0])).slice(1);
}

/** exceljs's public full reader, as our fallback uses it: load, then every cell value. */
export async function exceljsLoadRuns(file: string, runs: number): Promise<number[]> {
  const bytes = fs.readFileSync(file);
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const t = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
    let cells = 0;
    wb.worksheets[0]?.eachRow((row) => { row.eachCell(() => { cells++; }); });
    if (run >= 0) times.push((performance.now() - t) / 1000);
    if (cells === 0) throw new Error('exceljs read no cells');
  }
  return times;
}

/** Wall seconds of a whole process, median of `runs` after one warm-up. */
export function wholeProcess(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const t = performance.now();
    const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: status ${r.status}\n${r.stderr}`);
    if (run >= 0) times.push((performance.now() - t) / 1000);
  }
  return median(times);
}
