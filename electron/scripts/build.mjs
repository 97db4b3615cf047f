// Builds what the app runs: the renderer (Vite) into dist-renderer/, the Electron main and preload (esbuild)
// into dist-electron/, with sql.js's wasm beside them, and the command line (esbuild) into dist-cli/.
// `--renderer-only` skips the Electron files and the command line.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const cliBundle = require('./cliBundle.cjs');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

export async function buildRenderer() {
  // Always a production build. Called from inside vitest (NODE_ENV=test), Vite and the React plugin would choose
  // development React and the development JSX transform, both read from process.env.NODE_ENV.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export async function buildElectron() {
  const out = path.join(root, 'dist-electron');
  fs.mkdirSync(out, { recursive: true });
  // Runtime dependencies stay in node_modules (electron-builder packs them), except ESM-only electron-store.
  const external = ['electron', ...Object.keys(pkg.dependencies).filter((d) => d !== 'electron-store')];
  const common = {
    bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: false, logLevel: 'warning',
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: 'const __import_meta_url = require("url").pathToFileURL(__filename).href;' },
  };
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(out, 'main.cjs'), external });
  // The sandboxed preload can require only 'electron': everything else is bundled in.
  await esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/preload.ts')], outfile: path.join(out, 'preload.cjs'), external: ['electron'] });
  fs.copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), path.join(out, 'sql-wasm.wasm'));
}

/** `npx satgas`: one CommonJS file; node_modules stay outside it. */
export async function buildCli() {
  await cliBundle.build();
}

if (process.argv[1] === import.meta.filename) {
  await buildRenderer();
  if (!process.argv.includes('--renderer-only')) {
    await buildElectron();
    await buildCli();
  }
}
