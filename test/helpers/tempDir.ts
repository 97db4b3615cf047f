import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder per test; the name has a space and a non-ASCII letter, like many Windows user folders. */
export function makeTempDir(prefix = 'satgas'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix} ü-`));
}
