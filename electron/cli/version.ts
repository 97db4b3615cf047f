// The app's version for the command line: from the package.json above this file (the source tree or the bundle's
// dist-cli/ folder both sit under the project root).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function appVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'satgas-netralitas' && pkg.version) return pkg.version;
    } catch {
      // not here: one folder up
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
