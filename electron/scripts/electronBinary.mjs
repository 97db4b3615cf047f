// Finds the Electron binary without triggering its download. The electron package (42 and later) fetches its
// binary on first use — requiring it here would start a download that cannot succeed on these machines.
import fs from 'node:fs';
import path from 'node:path';

export function electronBinaryPath(root) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkgDir, 'dist');
  const full = path.join(base, relative);
  return fs.existsSync(full) ? full : null;
}
