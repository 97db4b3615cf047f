// `npm start` without the Electron binary: serves the app through the web harness and prints the address.
import os from 'node:os';
import path from 'node:path';
import { fillTemplate, ui } from '../shared/messages';
import { startHarness } from './server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = option('--data-dir') ?? path.join(os.homedir(), '.satgas-netralitas');
  const harness = await startHarness({
    rendererRoot: path.resolve(option('--renderer') ?? 'dist-renderer'),
    dataDir,
    port: Number(option('--port') ?? 0),
    log: (line) => console.error(line),
  });
  if (args.includes('--no-electron')) console.log(ui.harness.noElectron);
  console.log(fillTemplate(ui.harness.opened, { url: harness.url }));
  console.log(fillTemplate(ui.harness.dataAt, { dir: dataDir }));
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
