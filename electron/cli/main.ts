// The command line, for scripting and for checking the importer without a window:
//   satgas roster import FILE [--db PATH] [--dry-run] [--json]
//   satgas attendance-sheet --db PATH (--session ID | --all-staff | --units "A;B") [--paper A4|F4] … -o FILE
//   satgas profile set [--db PATH] --opd-name "…" --regency "…"
//   satgas recap export [--db PATH] --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.xlsx
//   satgas consolidate FILES_OR_FOLDERS… --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.xlsx [--json]
import { fillTemplate, ui } from '../shared/messages';
import { attendanceSheet } from './attendanceSheet';
import { cliLog } from './cliLog';
import { consolidateCommand } from './consolidate';
import { profileSet } from './profileSet';
import { recapExport } from './recapExport';
import { rosterImport } from './rosterImport';

const t = ui.cli;

async function main(argv: string[]): Promise<number> {
  const [area, command, ...rest] = argv;
  if (area === 'roster' && command === 'import') return rosterImport(rest);
  if (area === 'attendance-sheet') return attendanceSheet(argv.slice(1));
  if (area === 'profile' && command === 'set') return profileSet(rest);
  if (area === 'recap' && command === 'export') return recapExport(rest);
  if (area === 'consolidate') return consolidateCommand(argv.slice(1));
  process.stderr.write(`${t.usage}\n${ui.cliDocuments.usage}\n${ui.cliRecap.usage}\n`);
  return area === undefined || area === '--help' || area === '-h' ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    cliLog().error(e, 'cli');
    process.stderr.write(`${fillTemplate(t.crashed, { detail: e instanceof Error ? e.message : String(e) })}\n`);
    process.exitCode = 1;
  },
);
