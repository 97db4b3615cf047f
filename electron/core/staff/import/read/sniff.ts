// What kind of file the user picked, from its bytes (the name only breaks ties). Anything that is not an xlsx
// workbook or delimited text is refused whole with a UserError that says what to do.
import { UserError } from '../../../errors';
import { isZip, ZipError } from '../../../spreadsheet/zip';
import { GuardedZip } from '../../../spreadsheet/zipGuard';

export type FileKind = { kind: 'xlsx'; zip: GuardedZip } | { kind: 'csv' };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected .xlsx keeps its content in (ECMA-376 encryption inside an OLE2 file). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Throws SpreadsheetLimitError when the zip's directory declares more than a spreadsheet may hold. */
function sniffZip(bytes: Uint8Array, file: string): FileKind {
  let zip: GuardedZip;
  try {
    zip = new GuardedZip(bytes);
  } catch (e) {
    if (e instanceof ZipError) throw new UserError('roster-damaged', { file });
    throw e;
  }
  if (zip.has('xl/workbook.xml')) return { kind: 'xlsx', zip };
  if (zip.has('mimetype')) {
    let type = '';
    try { type = zip.held('mimetype', 1024)?.toString('latin1') ?? ''; } catch { /* a damaged or odd mimetype says nothing */ }
    if (type.includes('opendocument.spreadsheet')) throw new UserError('roster-ods', { file });
  }
  throw new UserError('roster-not-spreadsheet', { file });
}

/** True when the head of the file looks like binary data rather than text. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > head.length / 100;
}

export function sniffRosterFile(bytes: Uint8Array, file: string): FileKind {
  if (bytes.length === 0) throw new UserError('roster-empty', { file });
  if (startsWith(bytes, OLE2)) {
    // An OLE2 file is an old .xls, or a workbook saved with a password: its directory names EncryptedPackage.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
    throw new UserError(encrypted ? 'roster-encrypted' : 'roster-xls-old', { file });
  }
  if (isZip(bytes)) return sniffZip(bytes, file);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { kind: 'csv' };
  const head = bytes.subarray(0, 4096);
  if (looksBinary(head)) throw new UserError('roster-not-spreadsheet', { file });
  const text = Buffer.from(head).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (text.startsWith('%pdf') || text.startsWith('{\\rtf')) throw new UserError('roster-not-spreadsheet', { file });
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) throw new UserError('roster-xls-old', { file });
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(text) || (text.startsWith('<') && text.includes('<table'))) {
    throw new UserError('roster-html', { file });
  }
  return { kind: 'csv' };
}
