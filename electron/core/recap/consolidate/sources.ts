// The files a consolidation reads: the chosen files, and in a chosen folder every .xlsx it holds (not its
// subfolders; Excel's "~$" lock files left out), each once, by name.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RecapSource } from './types';

async function sourceOf(file: string): Promise<RecapSource> {
  const stat = await fs.stat(file).catch(() => null);
  return { file: path.basename(file), path: file, modifiedMs: stat?.mtimeMs ?? 0 };
}

export async function recapSources(paths: readonly string[]): Promise<RecapSource[]> {
  const out: RecapSource[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    out.push(await sourceOf(resolved));
  };
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b));
      for (const name of names) await add(path.join(p, name));
    } else {
      await add(p);
    }
  }
  return out;
}
