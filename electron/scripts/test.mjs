// `npm test`: typecheck, lint, build the renderer, then every test layer (core, renderer, e2e) with vitest.
// Ends with one closing line `Tests: N passed, M failed` counted from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const report = path.join(root, 'test/.tmp/vitest-report.json');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const extra = process.argv.slice(2);

function step(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', TZ: 'UTC' } });
  console.log(`  ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

const checks = [
  step('typecheck', process.execPath, [path.join(root, 'electron/scripts/typecheck.mjs')]),
  step('lint', bin('eslint'), ['.', '--max-warnings=0']),
  step('build renderer', process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--renderer-only']),
];
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

// A test file that fails to load has no assertion results: count it as a failure too. No report at all = failed.
const json = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null;
const passed = json ? json.numPassedTests : 0;
const failed = json ? json.numFailedTests + (json.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length : 1;
const skipped = json ? json.numPendingTests + json.numTodoTests : 0;
const failedChecks = checks.filter((ok) => !ok).length;
console.log('');
if (failedChecks) console.log(`${failedChecks} check(s) before the tests failed (see above).`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && failedChecks === 0 && passed > 0 ? 0 : 1);
