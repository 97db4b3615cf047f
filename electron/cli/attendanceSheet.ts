// `satgas attendance-sheet --db PATH (--session ID | --all-staff | --units "A;B") [--paper A4|F4]
// [--order unit|name] [--blank N] [--per-unit] -o FILE.pdf|FILE.docx`: the daftar hadir made by the same core
// code as the app's print panel. Exit status: 0 written, 1 usage, 2 refused (unknown session or unit, nobody to
// print), 3 the database cannot be opened.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenResult } from '../core/db/open';
import { openForCli } from './openForCli';
import { makeDocument, pdfPageCount } from '../core/documents/service';
import type { DocumentFormat, PaperSize, SheetOrder, SheetSource } from '../core/documents/types';
import { isUserError } from '../core/errors';
import { getSession, unitIdsByName } from '../core/sessions/service';
import { writeFileAtomic } from '../core/db/atomicFile';
import { fillTemplate, ui } from '../shared/messages';
import { argsProblem, parseArgs } from './options';
import { appDatabasePath } from './rosterImport';

const t = ui.cliDocuments;

function usage(): number {
  process.stderr.write(`${t.usage}\n`);
  return 1;
}

export async function attendanceSheet(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['--all-staff', '--per-unit'], ['--db', '--session', '--units', '--paper', '--order', '--blank', '-o']);
  if ('error' in parsed || parsed.positional.length > 0) {
    process.stderr.write(argsProblem(parsed));
    return usage();
  }
  const v = parsed.values;
  const chosen = [v.has('--session'), parsed.flags.has('--all-staff'), v.has('--units')].filter(Boolean).length;
  const out = v.get('-o');
  const paper = (v.get('--paper') ?? 'A4').toUpperCase();
  const order = v.get('--order') ?? 'unit';
  const blank = Number(v.get('--blank') ?? '0');
  const sessionId = Number(v.get('--session'));
  if (chosen !== 1 || !out || !['A4', 'F4'].includes(paper) || !['unit', 'name'].includes(order) || !Number.isInteger(blank) || blank < 0 || blank > 500) return usage();
  if (v.has('--session') && !(Number.isInteger(sessionId) && sessionId > 0)) return usage();
  const ext = path.extname(out).toLowerCase();
  if (ext !== '.pdf' && ext !== '.docx') {
    process.stderr.write(`${fillTemplate(t.badOutput, { file: out })}\n`);
    return 1;
  }
  const format: DocumentFormat = ext === '.pdf' ? 'pdf' : 'docx';

  const dbFile = path.resolve(v.get('--db') ?? appDatabasePath());
  if (!fs.existsSync(dbFile)) {
    process.stderr.write(`${fillTemplate(t.dbUnusable, { state: 'missing', detail: dbFile })}\n`);
    return 3;
  }
  let opened: OpenResult;
  try {
    opened = await openForCli({ file: dbFile });
  } catch (e) {
    if (!isUserError(e)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (opened.state === 'corrupt' || opened.state === 'newer-version' || opened.state === 'locked') {
    process.stderr.write(`${fillTemplate(t.dbUnusable, { state: opened.state, detail: dbFile })}\n`);
    return 3;
  }
  // printing only reads: a database another PC holds (read-only here) prints as well
  const db = opened.db;
  try {
    let source: SheetSource;
    if (v.has('--session')) {
      db.read((q) => getSession(q, sessionId));
      source = { kind: 'session', sessionId };
    } else if (parsed.flags.has('--all-staff')) {
      source = { kind: 'allStaff' };
    } else {
      const { ids, unknown } = db.read((q) => unitIdsByName(q, v.get('--units')!.split(';')));
      if (unknown.length > 0 || ids.length === 0) {
        process.stderr.write(`${fillTemplate(t.unknownUnits, { names: unknown.join('; ') || '-' })}\n`);
        return 2;
      }
      source = { kind: 'units', unitIds: ids };
    }
    const made = await makeDocument(db, {
      document: 'attendance', source, paper: paper as PaperSize, order: order as SheetOrder, sectionsPerUnit: parsed.flags.has('--per-unit'), blankRows: blank,
    }, format);
    const target = path.resolve(out);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, made.bytes, { keepPrevious: false });
    process.stdout.write(`${format === 'pdf'
      ? fillTemplate(t.written, { file: target, rows: made.rows, pages: pdfPageCount(made.bytes) })
      : fillTemplate(t.writtenDocx, { file: target, rows: made.rows })}\n`);
    return 0;
  } catch (e) {
    if (!isUserError(e)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  } finally {
    db.close();
  }
}
