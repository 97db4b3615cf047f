// The small parts of an xlsx that say where the cells are and how to read them: the workbook (sheet names,
// states and relationship ids; the 1904 date system), its relationships (which part each sheet is, where the
// shared strings and styles are) and the styles (which cell styles are dates). Read here with plain scans
// (ECMA-376 §18.2, §18.8), as exceljs reads them — a number format with date letters, built-in formats 14–22 and
// 45–47 (the built-ins exceljs knows without a locale) — so that the fast path does not load exceljs at all.
import { posix } from 'node:path';
import { isHiddenSheet } from './cells';
import { decodeXml } from './sheetScan';

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** the sheet's part in the zip, e.g. "xl/worksheets/sheet1.xml" */
  path: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

const RELS = 'xl/_rels/workbook.xml.rels';

/** The attributes of a start tag's text, by their local name ("r:id" → "id"), values decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[2] ?? '', decodeXml(m[4] ?? m[5] ?? ''));
  }
  return out;
}

/** Every start tag `<name …>` (any prefix) in xml, as its attributes. */
function elements(xml: string, name: string): Map<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1] ?? ''));
}

/** A workbook relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") as a zip path. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

/** `text(path)`: a small part's text, or null when the zip has no such part. */
export function workbookInfo(text: (path: string) => string | null): WorkbookInfo {
  const relations = elements(text(RELS) ?? '', 'Relationship').filter((r) => r.get('TargetMode') !== 'External');
  const targets = new Map(relations.map((r) => [r.get('Id') ?? '', partPath(r.get('Target') ?? '')]));
  const ofType = (type: string): string | null => {
    const found = relations.find((r) => r.get('Type')?.endsWith(`/${type}`));
    return found ? partPath(found.get('Target') ?? '') : null;
  };
  const workbook = text('xl/workbook.xml') ?? '';
  const sheets = elements(workbook, 'sheet').flatMap((s) => {
    const path = targets.get(s.get('id') ?? '');
    return path ? [{ name: s.get('name') ?? path, hidden: isHiddenSheet(s.get('state')), path }] : [];
  });
  const flag = elements(workbook, 'workbookPr')[0]?.get('date1904');
  return { sheets, date1904: flag === '1' || flag === 'true', sharedStringsPath: ofType('sharedStrings'), stylesPath: ofType('styles') };
}

/** As exceljs decides it: a number format with date or time letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell style ids (indexes into <cellXfs>) format numbers as dates. */
export function dateStyleIds(styles: string): Set<number> {
  const formats = new Map(elements(styles, 'numFmt').map((f) => [Number(f.get('numFmtId')), f.get('formatCode')]));
  const open = /<(?:[\w.-]+:)?cellXfs(?=[\s/>])/.exec(styles);
  const close = open ? styles.indexOf('cellXfs>', open.index + 8) : -1;
  const xfs = open ? elements(styles.slice(open.index + 8, close < 0 ? undefined : close), 'xf') : [];
  const dates = new Set<number>();
  xfs.forEach((xf, id) => {
    const formatId = Number(xf.get('numFmtId') ?? 0);
    if (formatId === 0) return;
    const custom = formats.get(formatId);
    if (custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATES.has(formatId)) dates.add(id);
  });
  return dates;
}
