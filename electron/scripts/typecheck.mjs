// `npm run typecheck`: each environment with its own config — core (Node, no DOM), main (Electron), renderer
// (DOM, no Node) — then the tests with everything. A `Buffer` in the renderer or a `document` in the core fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsc = path.join(root, 'node_modules/.bin/tsc');
let failed = 0;
for (const config of ['tsconfig.core.json', 'tsconfig.main.json', 'tsconfig.renderer.json', 'tsconfig.json']) {
  const r = spawnSync(tsc, ['-p', config, '--noEmit'], { cwd: root, stdio: 'inherit' });
  console.log(`  ${config}: ${r.status === 0 ? 'ok' : 'FAILED'}`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
