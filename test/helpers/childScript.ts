// Bundles a TypeScript entry into one CommonJS file under test/.tmp so that child processes start fast
// under plain node (no loader), the way the app's own bundles run.
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleForChild(entry: string, name: string): Promise<string> {
  const outfile = path.resolve('test/.tmp', `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    external: ['sql.js'],
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: 'const __import_meta_url = require("url").pathToFileURL(__filename).href;' },
  });
  return outfile;
}
