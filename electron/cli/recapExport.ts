// `satgas recap export [--db PATH] [--from YYYY-MM-DD --to YYYY-MM-DD] [--paper A4|F4] [--with-identities]
// -o FILE.xlsx`: the weekly recap, the same core code and bytes as the Rekap screen. Refused (exit 2) without an
// OPD name in the profile. Exit status: 0 written, 1 usage, 2 refused, 3 the database cannot be opened.
import path from 'node:path';
import fs from 'node:fs';
import { writeFileAtomic } from '../core/db/atomicFile';
import { localToday } from '../core/elections/dates';
import { makeRecap } from '../core/recap/service';
import { weekOf } from '../core/recap/period';
import { formatDateLong } from '../shared/format';
import { fillTemplate, ui } from '../shared/messages';
import { withDatabase } from './database';
import { parseArgs } from './options';
import { appVersion } from './version';

const t = ui.cliRecap;

export function usage(): number {
  process.stderr.write(`${t.usage}\n`);
  return 1;
}

export async function recapExport(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['--with-identities'], ['--db', '--from', '--to', '--paper', '-o']);
  if ('error' in parsed || parsed.positional.length > 0) return usage();
  const v = parsed.values;
  const out = v.get('-o');
  const paper = (v.get('--paper') ?? 'A4').toUpperCase();
  if (!out || !['A4', 'F4'].includes(paper) || v.has('--from') !== v.has('--to')) return usage();
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    process.stderr.write(`${fillTemplate(t.badOutput, { file: out })}\n`);
    return 1;
  }
  const period = v.has('--from') ? { from: v.get('--from')!, to: v.get('--to')! } : weekOf(localToday());
  return withDatabase(v.get('--db'), { write: false }, async (db) => {
    const made = await makeRecap(db, { period, paper: paper as 'A4' | 'F4', includeIdentities: parsed.flags.has('--with-identities'), appVersion: appVersion() });
    const target = path.resolve(out);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, made.bytes, { keepPrevious: false });
    process.stdout.write(`${fillTemplate(t.recapWritten, { file: target, staff: made.figures.staff.active, from: formatDateLong(period.from), to: formatDateLong(period.to) })}\n`);
    return 0;
  });
}
