// The log's second line of defence: whatever a log line carries by mistake, identities are masked before it is
// written. The first line is that no call site logs user data (docs/architecture.md "App log").
import os from 'node:os';

export const MASK = '[disamarkan]';

// 15 or more digits in a row, optionally split by single spaces: a NIP (18, also as "19850714 201001 2 003"), a
// NIK (16), a phone or account number. Dates and times (split by "-" and ":") and pids stay readable.
const LONG_NUMBER = /(?<!\d)\d(?: ?\d){14,}(?!\d)/g;
// A quoted value in an error message ('near "Siti": syntax error', a JSON snippet, a cell's text).
const DOUBLE_QUOTED = /"[^"\n]{1,200}"/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The line with long digit runs, double-quoted values, e-mail addresses and the home folder (the OS user's
 * name) masked. */
export function redact(line: string, home: string = os.homedir()): string {
  let out = line;
  if (home.length > 1) out = out.split(home).join('~');
  return out.replace(EMAIL, MASK).replace(DOUBLE_QUOTED, `"${MASK}"`).replace(LONG_NUMBER, MASK);
}
