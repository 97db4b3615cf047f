// `npm start`: builds, then runs Electron; where the Electron binary is not installed, says so in one line and
// serves the app through the web harness instead, printing the address.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildElectron, buildRenderer } from './build.mjs';
import { electronBinaryPath } from './electronBinary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
await buildRenderer();
const binary = electronBinaryPath(root);
const args = binary
  ? { cmd: binary, argv: [root] }
  : { cmd: process.execPath, argv: ['--import', 'tsx', path.join(root, 'electron/harness/cli.ts'), '--no-electron', ...process.argv.slice(2)] };
if (binary) await buildElectron();
const child = spawn(args.cmd, args.argv, { stdio: 'inherit', cwd: root });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
