// The command line's esbuild bundle (dist-cli/satgas.cjs), shared by `npm run build` and by the `satgas` bin,
// which rebuilds it when a source file is newer than the bundle: a start never pays for compiling TypeScript,
// and never runs stale code. Runtime dependencies stay in node_modules, as for the Electron main bundle.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist-cli', 'satgas.cjs');
const SOURCES = ['electron/core', 'electron/cli', 'electron/shared'];

function options() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    entryPoints: [path.join(root, 'electron/cli/main.ts')],
    outfile: bundle,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, logLevel: 'warning',
    external: Object.keys(pkg.dependencies),
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: 'const __import_meta_url = require("url").pathToFileURL(__filename).href;' },
  };
}

/** The newest modification time of the command line's TypeScript sources (0 when there are none: a packaged copy). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCES) walk(path.join(root, dir));
  return newest;
}

function isStale() {
  let built;
  try { built = fs.statSync(bundle).mtimeMs; } catch { return true; }
  return newestSource() > built;
}

/** Written beside the bundle, then renamed over it: a process starting meanwhile never reads half a file. */
function install(result) {
  const [file] = result.outputFiles;
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  fs.writeFileSync(temp, file.contents);
  fs.renameSync(temp, bundle);
}

function buildSync() {
  install(require('esbuild').buildSync({ ...options(), write: false }));
}

async function build() {
  install(await require('esbuild').build({ ...options(), write: false }));
}

module.exports = { bundle, isStale, build, buildSync };
