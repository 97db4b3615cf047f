#!/usr/bin/env node
// `npx satgas …`: the command line runs the same core code as the app, straight from the TypeScript sources.
require('tsx/cjs/api').register();
require('./main.ts');
