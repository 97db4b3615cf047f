// The one policy for text the app stores (names, units, positions, the OPD profile — typed in a form or read
// from an imported cell): keep what the user wrote, neutralize what breaks things.
//
// - Control characters go: C0 (NUL…US), DEL, C1, the bidi embedding/override/isolate controls (they can make a
//   printed name read backwards), noncharacters and lone surrogates. A NUL would otherwise cut the text short
//   at the database (sql.js binds C strings), and the others break XML, printing and comparisons.
// - Whitespace of every kind (tab, line breaks, no-break and ideographic spaces, zero-width space) becomes one
//   space, and the text is trimmed; multi-line text keeps its line breaks (as \n) and trims each line's end.
// - Unicode is composed (NFC) and nothing else is folded: a full-width ＝ stays ＝.
// - Trimming never manufactures a formula: when what the user had did not start with = + - @ (or their full-width
//   forms) but the trimmed text would (" =1+1", "\t=1+1"), one leading space is kept, as the user had it.
//   A text that really starts with "=" is stored as typed; every workbook the app writes makes it inert
//   (see sheetText.ts).
//
// storedText() is idempotent: storedText(storedText(x)) === storedText(x).
import { z } from 'zod';
import type { RawCell } from '../spreadsheet/cells';
import { cellText } from '../spreadsheet/cells';

export interface TextOptions {
  /** keep line breaks (a chronology, a pledge text); single-line by default */
  multiline?: boolean;
}

/** Removed outright. (Tab, LF, CR, VT, FF, NEL are whitespace: mapped to a space or a line break first.) */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Any run of whitespace, as JavaScript knows it (includes NBSP, ideographic space, BOM), plus NEL and ZWSP. */
const SPACE_RUN = /[\s\u0085\u200b]+/g;
/** Whitespace that is not a line break, for multi-line text. */
const INLINE_SPACE = /[^\S\n]|[\u0085\u200b]/g;
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Printable ASCII with single inner spaces, not starting with a space: already stored text (the common case). */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
/** "-", "--", "...": placeholders, not formulas; trimmed as usual. */
const PLACEHOLDER = /^[-.]+$/;

function keepFormulaInert(raw: string, clean: string): string {
  if (clean === '' || !FORMULA_START.test(clean) || PLACEHOLDER.test(clean)) return clean;
  return raw.startsWith(clean[0]!) ? clean : ` ${clean}`;
}

/** Quick test for anything CONTROL could remove (surrogates included, paired or not). */
// eslint-disable-next-line no-control-regex
const MAYBE_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function storedText(raw: string, options: TextOptions = {}): string {
  if (PLAIN.test(raw)) return raw;
  if (!options.multiline) {
    // the next most common case: plain text with spaces around it (trim removes whitespace only)
    const trimmed = raw.trim();
    if (PLAIN.test(trimmed) && (raw[0] === trimmed[0] || !FORMULA_START.test(trimmed))) return trimmed;
  }
  const kept = MAYBE_CONTROL.test(raw) ? raw.replace(CONTROL, '') : raw;
  const composed = ASCII.test(kept) ? kept : kept.normalize('NFC');
  if (!options.multiline) return keepFormulaInert(raw, composed.replace(SPACE_RUN, ' ').trim());
  const lines = composed.replace(LINE_BREAK, '\n').replace(INLINE_SPACE, ' ').split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return '';
  lines[0] = lines[0]!.trimStart();
  return keepFormulaInert(raw, lines.join('\n'));
}

/** The text of an imported cell under the same policy: strings as above, numbers and dates as cellText gives them. */
export function storedCellText(cell: RawCell | undefined): string {
  return typeof cell === 'string' ? storedText(cell) : cellText(cell);
}

/** A zod string for a form field: cleaned by storedText(), then at most `max` characters. */
export function storedTextInput(max: number, options: TextOptions = {}) {
  return z.string().transform((s) => storedText(s, options)).pipe(z.string().max(max));
}
