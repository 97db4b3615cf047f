#!/usr/bin/env node
// `npx satgas …`: runs the command line's bundle (dist-cli/satgas.cjs, esbuild, like the app's main and preload),
// rebuilt first when a source is newer than it, so a start costs no TypeScript compile (electron/scripts/cliBundle.cjs).
const cli = require('../scripts/cliBundle.cjs');
if (cli.isStale()) cli.buildSync();
require(cli.bundle);
