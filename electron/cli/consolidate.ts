// `satgas consolidate FILES_OR_FOLDERS… --from YYYY-MM-DD --to YYYY-MM-DD [--opds LIST.xlsx] [--paper A4|F4]
// -o FILE.xlsx [--json]`: the Sekda's consolidation, the same core code as the Konsolidasi screen. With --json it
// prints exactly {"opds","staff","signed","problems":[{"file","code","message"(,"nip")}]}; "signed" is null while
// the recaps carry no pledge figures. Exit status: 0 written (problems or not), 1 usage, 2 refused.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/db/atomicFile';
import { isIsoDate } from '../core/elections/dates';
import { consolidate } from '../core/recap/consolidate/consolidate';
import { recapSources } from '../core/recap/consolidate/sources';
import type { Consolidation, SekdaOpd } from '../core/recap/consolidate/types';
import { consolidationWorkbook } from '../core/recap/consolidate/workbook';
import { opdCode } from '../core/recap/opdCode';
import { checkPeriod } from '../core/recap/period';
import { readOpdList } from '../core/recap/sekdaOpds';
import { STAFF_KEY } from '../core/recap/summary';
import { fillTemplate, ui } from '../shared/messages';
import { refused } from './database';
import { parseArgs } from './options';
import { usage } from './recapExport';

const t = ui.cliRecap;

/** What --json prints: the figures a script checks, the problems as found. */
export function consolidationJson(k: Consolidation): { opds: number; staff: number; signed: number | null; problems: { file: string; code: string; message: string; nip?: string }[] } {
  const signed = k.totals['pledges.signed'];
  return {
    opds: k.opds.length,
    staff: k.totals[STAFF_KEY]?.cumulative ?? 0,
    signed: signed ? signed.cumulative : null,
    problems: k.problems.map((p) => ({ file: p.file, code: p.code, message: p.message, ...(p.nip ? { nip: p.nip } : {}) })),
  };
}

export async function consolidateCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['--json'], ['--from', '--to', '--opds', '--paper', '-o']);
  if ('error' in parsed || parsed.positional.length === 0) return usage();
  const v = parsed.values;
  const out = v.get('-o');
  const paper = (v.get('--paper') ?? 'A4').toUpperCase();
  const from = v.get('--from') ?? '';
  const to = v.get('--to') ?? '';
  if (!out || !['A4', 'F4'].includes(paper)) return usage();
  for (const date of [from, to]) {
    if (!isIsoDate(date)) {
      process.stderr.write(`${fillTemplate(t.badDate, { value: date })}\n`);
      return 1;
    }
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    process.stderr.write(`${fillTemplate(t.badOutput, { file: out })}\n`);
    return 1;
  }
  try {
    checkPeriod({ from, to });
    let opdList: SekdaOpd[] = [];
    const listFile = v.get('--opds');
    if (listFile) opdList = (await readOpdList(fs.readFileSync(listFile), path.basename(listFile))).map((name) => ({ name, code: opdCode(name) }));
    const result = await consolidate({ period: { from, to }, sources: await recapSources(parsed.positional), opdList });
    const file = await consolidationWorkbook(result, { paper: paper as 'A4' | 'F4', haveOpdList: opdList.length > 0 });
    const target = path.resolve(out);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, file.bytes, { keepPrevious: false });
    const json = consolidationJson(result);
    if (parsed.flags.has('--json')) {
      process.stdout.write(`${JSON.stringify(json)}\n`);
    } else {
      const lines = [
        fillTemplate(t.consolidated, { file: target, opds: json.opds, staff: json.staff, missing: result.missing.length, problems: json.problems.length }),
        ...result.problems.map((p) => fillTemplate(t.problemLine, { file: p.file, code: p.code, message: p.message })),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  } catch (e) {
    return refused(e);
  }
}
