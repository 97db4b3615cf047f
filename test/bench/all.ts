// `npm run bench`: every test/bench/*.bench.ts in turn, each in its own process (a fresh, cold start, as the app
// has), all of them run even when one misses its target; exits 1 when any did.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const benches = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
const failed: string[] = [];
for (const file of benches) {
  console.log(`\n== ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(file);
}
console.log(failed.length ? `\nTARGET MISSED in: ${failed.join(', ')}` : '\nall benches met their targets');
process.exitCode = failed.length ? 1 : 0;
