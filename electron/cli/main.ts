// The command line, for scripting and for checking the importer without a window:
//   satgas roster import FILE [--db PATH] [--dry-run] [--json]
import { fillTemplate, ui } from '../shared/messages';
import { rosterImport } from './rosterImport';

const t = ui.cli;

async function main(argv: string[]): Promise<number> {
  const [area, command, ...rest] = argv;
  if (area === 'roster' && command === 'import') return rosterImport(rest);
  process.stderr.write(`${t.usage}\n`);
  return area === undefined || area === '--help' || area === '-h' ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${fillTemplate(t.crashed, { detail: e instanceof Error ? e.message : String(e) })}\n`);
    process.exitCode = 1;
  },
);
